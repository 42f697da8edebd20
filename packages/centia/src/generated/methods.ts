/**
 * Generated from specs/centia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import type { AuthLoginParams, AuthLoginResult, CompaniesCreateCompanyParams, CompaniesCreateCompanyResult, CompaniesGetCompaniesParams, CompaniesGetCompaniesResult, CompaniesGetCompanyParams, CompaniesGetCompanyResult, CompaniesGetIndustriesParams, CompaniesGetIndustriesResult, CompaniesGetInputsParams, CompaniesGetInputsResult, CompaniesGetTypesParams, CompaniesGetTypesResult, ContactsCreateContactParams, ContactsCreateContactResult, ContactsGetContactParams, ContactsGetContactResult, ContactsGetContactsParams, ContactsGetContactsResult, ContactsGetDepartmentsParams, ContactsGetDepartmentsResult, ContactsGetInputsParams, ContactsGetInputsResult, ContactsGetOriginsParams, ContactsGetOriginsResult, ContactsGetPositionsParams, ContactsGetPositionsResult, ContactsGetTitlesParams, ContactsGetTitlesResult, OpportunitiesCreateOpportunityParams, OpportunitiesCreateOpportunityResult, OpportunitiesGetInputsParams, OpportunitiesGetInputsResult, OpportunitiesGetOpportunitiesParams, OpportunitiesGetOpportunitiesResult, OpportunitiesGetOpportunityParams, OpportunitiesGetOpportunityResult, ProductsCreateProductParams, ProductsCreateProductResult, ProductsEditProductParams, ProductsEditProductResult, ProductsGetCategoriesParams, ProductsGetCategoriesResult, ProductsGetDiscountsParams, ProductsGetDiscountsResult, ProductsGetInputsParams, ProductsGetInputsResult, ProductsGetMeasuresParams, ProductsGetMeasuresResult, ProductsGetProductsParams, ProductsGetProductsResult, ProductsGetTaxesParams, ProductsGetTaxesResult, ProductsGetValiditiesParams, ProductsGetValiditiesResult, ProfilesGetCountriesParams, ProfilesGetCountriesResult, ProfilesGetProfilesParams, ProfilesGetProfilesResult, ProfilesGetStagesParams, ProfilesGetStagesResult, ProfilesGetStatesParams, ProfilesGetStatesResult, ProfilesGetUsersParams, ProfilesGetUsersResult, TicketsCreateTicketParams, TicketsCreateTicketResult, TicketsGetCasesParams, TicketsGetCasesResult, TicketsGetOriginsParams, TicketsGetOriginsResult, TicketsGetPrioritiesParams, TicketsGetPrioritiesResult, TicketsGetTicketsParams, TicketsGetTicketsResult } from "./schema.js";

/** Every RPC method, keyed by its qualified name as the vendor's docs write it (`Companies.GetCompanies`). */
export interface RpcMethods {
  "Auth.Login": { paramsRequired: true; params: AuthLoginParams; result: AuthLoginResult };
  "Profiles.GetProfiles": { paramsRequired: false; params: ProfilesGetProfilesParams; result: ProfilesGetProfilesResult };
  "Profiles.GetStages": { paramsRequired: true; params: ProfilesGetStagesParams; result: ProfilesGetStagesResult };
  "Profiles.GetCountries": { paramsRequired: false; params: ProfilesGetCountriesParams; result: ProfilesGetCountriesResult };
  "Profiles.GetStates": { paramsRequired: true; params: ProfilesGetStatesParams; result: ProfilesGetStatesResult };
  "Profiles.GetUsers": { paramsRequired: true; params: ProfilesGetUsersParams; result: ProfilesGetUsersResult };
  "Companies.GetCompanies": { paramsRequired: true; params: CompaniesGetCompaniesParams; result: CompaniesGetCompaniesResult };
  "Companies.GetTypes": { paramsRequired: true; params: CompaniesGetTypesParams; result: CompaniesGetTypesResult };
  "Companies.GetIndustries": { paramsRequired: true; params: CompaniesGetIndustriesParams; result: CompaniesGetIndustriesResult };
  "Companies.GetInputs": { paramsRequired: true; params: CompaniesGetInputsParams; result: CompaniesGetInputsResult };
  "Companies.CreateCompany": { paramsRequired: true; params: CompaniesCreateCompanyParams; result: CompaniesCreateCompanyResult };
  "Companies.GetCompany": { paramsRequired: true; params: CompaniesGetCompanyParams; result: CompaniesGetCompanyResult };
  "Contacts.GetContacts": { paramsRequired: true; params: ContactsGetContactsParams; result: ContactsGetContactsResult };
  "Contacts.GetOrigins": { paramsRequired: true; params: ContactsGetOriginsParams; result: ContactsGetOriginsResult };
  "Contacts.GetTitles": { paramsRequired: true; params: ContactsGetTitlesParams; result: ContactsGetTitlesResult };
  "Contacts.GetDepartments": { paramsRequired: true; params: ContactsGetDepartmentsParams; result: ContactsGetDepartmentsResult };
  "Contacts.GetPositions": { paramsRequired: true; params: ContactsGetPositionsParams; result: ContactsGetPositionsResult };
  "Contacts.GetInputs": { paramsRequired: true; params: ContactsGetInputsParams; result: ContactsGetInputsResult };
  "Contacts.CreateContact": { paramsRequired: true; params: ContactsCreateContactParams; result: ContactsCreateContactResult };
  "Contacts.GetContact": { paramsRequired: true; params: ContactsGetContactParams; result: ContactsGetContactResult };
  "Products.GetProducts": { paramsRequired: true; params: ProductsGetProductsParams; result: ProductsGetProductsResult };
  "Products.GetCategories": { paramsRequired: true; params: ProductsGetCategoriesParams; result: ProductsGetCategoriesResult };
  "Products.GetValidities": { paramsRequired: true; params: ProductsGetValiditiesParams; result: ProductsGetValiditiesResult };
  "Products.GetDiscounts": { paramsRequired: true; params: ProductsGetDiscountsParams; result: ProductsGetDiscountsResult };
  "Products.GetMeasures": { paramsRequired: true; params: ProductsGetMeasuresParams; result: ProductsGetMeasuresResult };
  "Products.GetTaxes": { paramsRequired: true; params: ProductsGetTaxesParams; result: ProductsGetTaxesResult };
  "Products.GetInputs": { paramsRequired: true; params: ProductsGetInputsParams; result: ProductsGetInputsResult };
  "Products.CreateProduct": { paramsRequired: true; params: ProductsCreateProductParams; result: ProductsCreateProductResult };
  "Products.EditProduct": { paramsRequired: true; params: ProductsEditProductParams; result: ProductsEditProductResult };
  "Opportunities.GetInputs": { paramsRequired: true; params: OpportunitiesGetInputsParams; result: OpportunitiesGetInputsResult };
  "Opportunities.GetOpportunities": { paramsRequired: true; params: OpportunitiesGetOpportunitiesParams; result: OpportunitiesGetOpportunitiesResult };
  "Opportunities.CreateOpportunity": { paramsRequired: true; params: OpportunitiesCreateOpportunityParams; result: OpportunitiesCreateOpportunityResult };
  "Opportunities.GetOpportunity": { paramsRequired: true; params: OpportunitiesGetOpportunityParams; result: OpportunitiesGetOpportunityResult };
  "Tickets.GetTickets": { paramsRequired: true; params: TicketsGetTicketsParams; result: TicketsGetTicketsResult };
  "Tickets.GetOrigins": { paramsRequired: true; params: TicketsGetOriginsParams; result: TicketsGetOriginsResult };
  "Tickets.GetCases": { paramsRequired: true; params: TicketsGetCasesParams; result: TicketsGetCasesResult };
  "Tickets.GetPriorities": { paramsRequired: true; params: TicketsGetPrioritiesParams; result: TicketsGetPrioritiesResult };
  "Tickets.CreateTicket": { paramsRequired: true; params: TicketsCreateTicketParams; result: TicketsCreateTicketResult };
}

/** Each module's path (runtime table). */
export const rpcModulePaths: Record<string, string> = {
  Auth: "/auth",
  Profiles: "/profiles",
  Companies: "/companies",
  Contacts: "/contacts",
  Products: "/products",
  Opportunities: "/opportunities",
  Tickets: "/tickets",
};

/** Every qualified method name (runtime table). */
export const rpcMethodNames: ReadonlySet<string> = new Set(["Auth.Login", "Profiles.GetProfiles", "Profiles.GetStages", "Profiles.GetCountries", "Profiles.GetStates", "Profiles.GetUsers", "Companies.GetCompanies", "Companies.GetTypes", "Companies.GetIndustries", "Companies.GetInputs", "Companies.CreateCompany", "Companies.GetCompany", "Contacts.GetContacts", "Contacts.GetOrigins", "Contacts.GetTitles", "Contacts.GetDepartments", "Contacts.GetPositions", "Contacts.GetInputs", "Contacts.CreateContact", "Contacts.GetContact", "Products.GetProducts", "Products.GetCategories", "Products.GetValidities", "Products.GetDiscounts", "Products.GetMeasures", "Products.GetTaxes", "Products.GetInputs", "Products.CreateProduct", "Products.EditProduct", "Opportunities.GetInputs", "Opportunities.GetOpportunities", "Opportunities.CreateOpportunity", "Opportunities.GetOpportunity", "Tickets.GetTickets", "Tickets.GetOrigins", "Tickets.GetCases", "Tickets.GetPriorities", "Tickets.CreateTicket"]);
