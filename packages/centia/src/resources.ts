import type { ApiPromise, CallOptions, Page, PageQuery, Paginator, PagingOptions } from "@crm-sdk/core";
import type {
  CompaniesCreateCompanyParams,
  CompaniesCreateCompanyResult,
  CompaniesGetCompaniesParams,
  CompaniesGetCompaniesResult,
  CompaniesGetCompanyParams,
  CompaniesGetCompanyResult,
  CompaniesGetIndustriesParams,
  CompaniesGetIndustriesResult,
  CompaniesGetInputsParams,
  CompaniesGetInputsResult,
  CompaniesGetTypesParams,
  CompaniesGetTypesResult,
  Company,
  Contact,
  ContactsCreateContactParams,
  ContactsCreateContactResult,
  ContactsGetContactParams,
  ContactsGetContactResult,
  ContactsGetContactsParams,
  ContactsGetContactsResult,
  ContactsGetDepartmentsParams,
  ContactsGetDepartmentsResult,
  ContactsGetInputsParams,
  ContactsGetInputsResult,
  ContactsGetOriginsParams,
  ContactsGetOriginsResult,
  ContactsGetPositionsParams,
  ContactsGetPositionsResult,
  ContactsGetTitlesParams,
  ContactsGetTitlesResult,
  OpportunitiesCreateOpportunityParams,
  OpportunitiesCreateOpportunityResult,
  OpportunitiesGetInputsParams,
  OpportunitiesGetInputsResult,
  OpportunitiesGetOpportunitiesParams,
  OpportunitiesGetOpportunitiesResult,
  OpportunitiesGetOpportunityParams,
  OpportunitiesGetOpportunityResult,
  Opportunity,
  Product,
  ProductsCreateProductParams,
  ProductsCreateProductResult,
  ProductsEditProductParams,
  ProductsEditProductResult,
  ProductsGetCategoriesParams,
  ProductsGetCategoriesResult,
  ProductsGetDiscountsParams,
  ProductsGetDiscountsResult,
  ProductsGetInputsParams,
  ProductsGetInputsResult,
  ProductsGetMeasuresParams,
  ProductsGetMeasuresResult,
  ProductsGetProductsParams,
  ProductsGetProductsResult,
  ProductsGetTaxesParams,
  ProductsGetTaxesResult,
  ProductsGetValiditiesParams,
  ProductsGetValiditiesResult,
  Profile,
  ProfilesGetCountriesParams,
  ProfilesGetCountriesResult,
  ProfilesGetProfilesParams,
  ProfilesGetProfilesResult,
  ProfilesGetStagesParams,
  ProfilesGetStagesResult,
  ProfilesGetStatesParams,
  ProfilesGetStatesResult,
  ProfilesGetUsersParams,
  ProfilesGetUsersResult,
  Ticket,
  TicketsCreateTicketParams,
  TicketsCreateTicketResult,
  TicketsGetCasesParams,
  TicketsGetCasesResult,
  TicketsGetOriginsParams,
  TicketsGetOriginsResult,
  TicketsGetPrioritiesParams,
  TicketsGetPrioritiesResult,
  TicketsGetTicketsParams,
  TicketsGetTicketsResult,
} from "./generated/schema.js";

/** One page of `Profiles.GetProfiles`: `items`, `page`, `lastPage`, `total`, and Centia's result in `data`. */
export type ProfilePage = Page<ProfilesGetProfilesResult, Profile>;
/** One page of `Companies.GetCompanies`: `items`, `page`, `lastPage`, `total`, and Centia's result in `data`. */
export type CompanyPage = Page<CompaniesGetCompaniesResult, Company>;
/** `Companies.GetCompanies`'s parameters, with `page`/`pageSize` in place of Centia's `page`/`pagination`. */
export type CompanyListParams = Omit<CompaniesGetCompaniesParams, "page" | "pagination"> & PageQuery;
/** One page of `Contacts.GetContacts`: `items`, `page`, `lastPage`, `total`, and Centia's result in `data`. */
export type ContactPage = Page<ContactsGetContactsResult, Contact>;
/** `Contacts.GetContacts`'s parameters, with `page`/`pageSize` in place of Centia's `page`/`pagination`. */
export type ContactListParams = Omit<ContactsGetContactsParams, "page" | "pagination"> & PageQuery;
/** One page of `Products.GetProducts`: `items`, `page`, `lastPage`, `total`, and Centia's result in `data`. */
export type ProductPage = Page<ProductsGetProductsResult, Product>;
/** One page of `Opportunities.GetOpportunities`: `items`, `page`, `lastPage`, `total`, and Centia's result in `data`. */
export type OpportunityPage = Page<OpportunitiesGetOpportunitiesResult, Opportunity>;
/** `Opportunities.GetOpportunities`'s parameters, with `page`/`pageSize` in place of Centia's `page`/`pagination`. */
export type OpportunityListParams = Omit<OpportunitiesGetOpportunitiesParams, "page" | "pagination"> & PageQuery;
/** One page of `Tickets.GetTickets`: `items`, `page`, `lastPage`, `total`, and Centia's result in `data`. */
export type TicketPage = Page<TicketsGetTicketsResult, Ticket>;

/** Centia's Profiles module: one method per RPC method (`Profiles.*`). */
export interface CentiaProfiles {
  /** `Profiles.GetProfiles`: all of them, as one page (Centia does not page this list). */
  list(params?: ProfilesGetProfilesParams, options?: CallOptions): ApiPromise<ProfilePage>;
  /** `Profiles.GetProfiles`: the same items, for `for await` like every other listing (one page: `pageSize` and `concurrency` change nothing). */
  listAll(params?: ProfilesGetProfilesParams, options?: CallOptions & PagingOptions): Paginator<ProfilesGetProfilesResult, Profile>;
  /** `Profiles.GetStages` */
  getStages(params: ProfilesGetStagesParams, options?: CallOptions): ApiPromise<ProfilesGetStagesResult>;
  /** `Profiles.GetCountries` */
  getCountries(params?: ProfilesGetCountriesParams, options?: CallOptions): ApiPromise<ProfilesGetCountriesResult>;
  /** `Profiles.GetStates` */
  getStates(params: ProfilesGetStatesParams, options?: CallOptions): ApiPromise<ProfilesGetStatesResult>;
  /** `Profiles.GetUsers` */
  getUsers(params: ProfilesGetUsersParams, options?: CallOptions): ApiPromise<ProfilesGetUsersResult>;
}

/** Centia's Companies module: one method per RPC method (`Companies.*`). */
export interface CentiaCompanies {
  /** `Companies.GetCompanies`: one page. */
  list(params: CompanyListParams, options?: CallOptions): ApiPromise<CompanyPage>;
  /** `Companies.GetCompanies`: every item, page by page as you iterate. */
  listAll(params: Omit<CompanyListParams, "page" | "pageSize">, options?: CallOptions & PagingOptions): Paginator<CompaniesGetCompaniesResult, Company>;
  /** `Companies.GetTypes` */
  getTypes(params: CompaniesGetTypesParams, options?: CallOptions): ApiPromise<CompaniesGetTypesResult>;
  /** `Companies.GetIndustries` */
  getIndustries(params: CompaniesGetIndustriesParams, options?: CallOptions): ApiPromise<CompaniesGetIndustriesResult>;
  /** `Companies.GetInputs` */
  getInputs(params: CompaniesGetInputsParams, options?: CallOptions): ApiPromise<CompaniesGetInputsResult>;
  /** `Companies.CreateCompany` */
  create(params: CompaniesCreateCompanyParams, options?: CallOptions): ApiPromise<CompaniesCreateCompanyResult>;
  /** `Companies.GetCompany` */
  get(params: CompaniesGetCompanyParams, options?: CallOptions): ApiPromise<CompaniesGetCompanyResult>;
}

/** Centia's Contacts module: one method per RPC method (`Contacts.*`). */
export interface CentiaContacts {
  /** `Contacts.GetContacts`: one page. */
  list(params: ContactListParams, options?: CallOptions): ApiPromise<ContactPage>;
  /** `Contacts.GetContacts`: every item, page by page as you iterate. */
  listAll(params: Omit<ContactListParams, "page" | "pageSize">, options?: CallOptions & PagingOptions): Paginator<ContactsGetContactsResult, Contact>;
  /** `Contacts.GetOrigins` */
  getOrigins(params: ContactsGetOriginsParams, options?: CallOptions): ApiPromise<ContactsGetOriginsResult>;
  /** `Contacts.GetTitles` */
  getTitles(params: ContactsGetTitlesParams, options?: CallOptions): ApiPromise<ContactsGetTitlesResult>;
  /** `Contacts.GetDepartments` */
  getDepartments(params: ContactsGetDepartmentsParams, options?: CallOptions): ApiPromise<ContactsGetDepartmentsResult>;
  /** `Contacts.GetPositions` */
  getPositions(params: ContactsGetPositionsParams, options?: CallOptions): ApiPromise<ContactsGetPositionsResult>;
  /** `Contacts.GetInputs` */
  getInputs(params: ContactsGetInputsParams, options?: CallOptions): ApiPromise<ContactsGetInputsResult>;
  /** `Contacts.CreateContact` */
  create(params: ContactsCreateContactParams, options?: CallOptions): ApiPromise<ContactsCreateContactResult>;
  /** `Contacts.GetContact` */
  get(params: ContactsGetContactParams, options?: CallOptions): ApiPromise<ContactsGetContactResult>;
}

/** Centia's Products module: one method per RPC method (`Products.*`). */
export interface CentiaProducts {
  /** `Products.GetProducts`: all of them, as one page (Centia does not page this list). */
  list(params: ProductsGetProductsParams, options?: CallOptions): ApiPromise<ProductPage>;
  /** `Products.GetProducts`: the same items, for `for await` like every other listing (one page: `pageSize` and `concurrency` change nothing). */
  listAll(params: ProductsGetProductsParams, options?: CallOptions & PagingOptions): Paginator<ProductsGetProductsResult, Product>;
  /** `Products.GetCategories` */
  getCategories(params: ProductsGetCategoriesParams, options?: CallOptions): ApiPromise<ProductsGetCategoriesResult>;
  /** `Products.GetValidities` */
  getValidities(params: ProductsGetValiditiesParams, options?: CallOptions): ApiPromise<ProductsGetValiditiesResult>;
  /** `Products.GetDiscounts` */
  getDiscounts(params: ProductsGetDiscountsParams, options?: CallOptions): ApiPromise<ProductsGetDiscountsResult>;
  /** `Products.GetMeasures` */
  getMeasures(params: ProductsGetMeasuresParams, options?: CallOptions): ApiPromise<ProductsGetMeasuresResult>;
  /** `Products.GetTaxes` */
  getTaxes(params: ProductsGetTaxesParams, options?: CallOptions): ApiPromise<ProductsGetTaxesResult>;
  /** `Products.GetInputs` */
  getInputs(params: ProductsGetInputsParams, options?: CallOptions): ApiPromise<ProductsGetInputsResult>;
  /** `Products.CreateProduct` */
  create(params: ProductsCreateProductParams, options?: CallOptions): ApiPromise<ProductsCreateProductResult>;
  /** `Products.EditProduct` */
  edit(params: ProductsEditProductParams, options?: CallOptions): ApiPromise<ProductsEditProductResult>;
}

/** Centia's Opportunities module: one method per RPC method (`Opportunities.*`). */
export interface CentiaOpportunities {
  /** `Opportunities.GetInputs` */
  getInputs(params: OpportunitiesGetInputsParams, options?: CallOptions): ApiPromise<OpportunitiesGetInputsResult>;
  /** `Opportunities.GetOpportunities`: one page. */
  list(params: OpportunityListParams, options?: CallOptions): ApiPromise<OpportunityPage>;
  /** `Opportunities.GetOpportunities`: every item, page by page as you iterate. */
  listAll(
    params: Omit<OpportunityListParams, "page" | "pageSize">,
    options?: CallOptions & PagingOptions,
  ): Paginator<OpportunitiesGetOpportunitiesResult, Opportunity>;
  /** `Opportunities.CreateOpportunity` */
  create(params: OpportunitiesCreateOpportunityParams, options?: CallOptions): ApiPromise<OpportunitiesCreateOpportunityResult>;
  /** `Opportunities.GetOpportunity` */
  get(params: OpportunitiesGetOpportunityParams, options?: CallOptions): ApiPromise<OpportunitiesGetOpportunityResult>;
}

/** Centia's Tickets module: one method per RPC method (`Tickets.*`). */
export interface CentiaTickets {
  /** `Tickets.GetTickets`: all of them, as one page (Centia does not page this list). */
  list(params: TicketsGetTicketsParams, options?: CallOptions): ApiPromise<TicketPage>;
  /** `Tickets.GetTickets`: the same items, for `for await` like every other listing (one page: `pageSize` and `concurrency` change nothing). */
  listAll(params: TicketsGetTicketsParams, options?: CallOptions & PagingOptions): Paginator<TicketsGetTicketsResult, Ticket>;
  /** `Tickets.GetOrigins` */
  getOrigins(params: TicketsGetOriginsParams, options?: CallOptions): ApiPromise<TicketsGetOriginsResult>;
  /** `Tickets.GetCases` */
  getCases(params: TicketsGetCasesParams, options?: CallOptions): ApiPromise<TicketsGetCasesResult>;
  /** `Tickets.GetPriorities` */
  getPriorities(params: TicketsGetPrioritiesParams, options?: CallOptions): ApiPromise<TicketsGetPrioritiesResult>;
  /** `Tickets.CreateTicket` */
  create(params: TicketsCreateTicketParams, options?: CallOptions): ApiPromise<TicketsCreateTicketResult>;
}
/** The module resources: `centia.companies.list(…)` and so on. */
export interface CentiaResources {
  readonly profiles: CentiaProfiles;
  readonly companies: CentiaCompanies;
  readonly contacts: CentiaContacts;
  readonly products: CentiaProducts;
  readonly opportunities: CentiaOpportunities;
  readonly tickets: CentiaTickets;
}
