/**
 * Generated from specs/centia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import type { components } from "./schema";

type Schemas = components["schemas"];

/** Every RPC method, keyed by its qualified name as the vendor's docs write it. */
export interface RpcMethods {
  "Auth.Login": { module: "Auth"; method: "Login"; path: "/auth"; paramsRequired: true; params: Schemas["AuthLoginParams"]; result: Schemas["AuthLoginResult"] };
  "Profiles.GetProfiles": { module: "Profiles"; method: "GetProfiles"; path: "/profiles"; paramsRequired: false; params: Schemas["ProfilesGetProfilesParams"]; result: Schemas["ProfilesGetProfilesResult"] };
  "Profiles.GetStages": { module: "Profiles"; method: "GetStages"; path: "/profiles"; paramsRequired: true; params: Schemas["ProfilesGetStagesParams"]; result: Schemas["ProfilesGetStagesResult"] };
  "Profiles.GetCountries": { module: "Profiles"; method: "GetCountries"; path: "/profiles"; paramsRequired: false; params: Schemas["ProfilesGetCountriesParams"]; result: Schemas["ProfilesGetCountriesResult"] };
  "Profiles.GetStates": { module: "Profiles"; method: "GetStates"; path: "/profiles"; paramsRequired: true; params: Schemas["ProfilesGetStatesParams"]; result: Schemas["ProfilesGetStatesResult"] };
  "Profiles.GetUsers": { module: "Profiles"; method: "GetUsers"; path: "/profiles"; paramsRequired: true; params: Schemas["ProfilesGetUsersParams"]; result: Schemas["ProfilesGetUsersResult"] };
  "Companies.GetCompanies": { module: "Companies"; method: "GetCompanies"; path: "/companies"; paramsRequired: true; params: Schemas["CompaniesGetCompaniesParams"]; result: Schemas["CompaniesGetCompaniesResult"] };
  "Companies.GetTypes": { module: "Companies"; method: "GetTypes"; path: "/companies"; paramsRequired: true; params: Schemas["CompaniesGetTypesParams"]; result: Schemas["CompaniesGetTypesResult"] };
  "Companies.GetIndustries": { module: "Companies"; method: "GetIndustries"; path: "/companies"; paramsRequired: true; params: Schemas["CompaniesGetIndustriesParams"]; result: Schemas["CompaniesGetIndustriesResult"] };
  "Companies.GetInputs": { module: "Companies"; method: "GetInputs"; path: "/companies"; paramsRequired: true; params: Schemas["CompaniesGetInputsParams"]; result: Schemas["CompaniesGetInputsResult"] };
  "Companies.CreateCompany": { module: "Companies"; method: "CreateCompany"; path: "/companies"; paramsRequired: true; params: Schemas["CompaniesCreateCompanyParams"]; result: Schemas["CompaniesCreateCompanyResult"] };
  "Companies.GetCompany": { module: "Companies"; method: "GetCompany"; path: "/companies"; paramsRequired: true; params: Schemas["CompaniesGetCompanyParams"]; result: Schemas["CompaniesGetCompanyResult"] };
  "Contacts.GetContacts": { module: "Contacts"; method: "GetContacts"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsGetContactsParams"]; result: Schemas["ContactsGetContactsResult"] };
  "Contacts.GetOrigins": { module: "Contacts"; method: "GetOrigins"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsGetOriginsParams"]; result: Schemas["ContactsGetOriginsResult"] };
  "Contacts.GetTitles": { module: "Contacts"; method: "GetTitles"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsGetTitlesParams"]; result: Schemas["ContactsGetTitlesResult"] };
  "Contacts.GetDepartments": { module: "Contacts"; method: "GetDepartments"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsGetDepartmentsParams"]; result: Schemas["ContactsGetDepartmentsResult"] };
  "Contacts.GetPositions": { module: "Contacts"; method: "GetPositions"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsGetPositionsParams"]; result: Schemas["ContactsGetPositionsResult"] };
  "Contacts.GetInputs": { module: "Contacts"; method: "GetInputs"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsGetInputsParams"]; result: Schemas["ContactsGetInputsResult"] };
  "Contacts.CreateContact": { module: "Contacts"; method: "CreateContact"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsCreateContactParams"]; result: Schemas["ContactsCreateContactResult"] };
  "Contacts.GetContact": { module: "Contacts"; method: "GetContact"; path: "/contacts"; paramsRequired: true; params: Schemas["ContactsGetContactParams"]; result: Schemas["ContactsGetContactResult"] };
  "Products.GetProducts": { module: "Products"; method: "GetProducts"; path: "/products"; paramsRequired: true; params: Schemas["ProductsGetProductsParams"]; result: Schemas["ProductsGetProductsResult"] };
  "Products.GetCategories": { module: "Products"; method: "GetCategories"; path: "/products"; paramsRequired: true; params: Schemas["ProductsGetCategoriesParams"]; result: Schemas["ProductsGetCategoriesResult"] };
  "Products.GetValidities": { module: "Products"; method: "GetValidities"; path: "/products"; paramsRequired: true; params: Schemas["ProductsGetValiditiesParams"]; result: Schemas["ProductsGetValiditiesResult"] };
  "Products.GetDiscounts": { module: "Products"; method: "GetDiscounts"; path: "/products"; paramsRequired: true; params: Schemas["ProductsGetDiscountsParams"]; result: Schemas["ProductsGetDiscountsResult"] };
  "Products.GetMeasures": { module: "Products"; method: "GetMeasures"; path: "/products"; paramsRequired: true; params: Schemas["ProductsGetMeasuresParams"]; result: Schemas["ProductsGetMeasuresResult"] };
  "Products.GetTaxes": { module: "Products"; method: "GetTaxes"; path: "/products"; paramsRequired: true; params: Schemas["ProductsGetTaxesParams"]; result: Schemas["ProductsGetTaxesResult"] };
  "Products.GetInputs": { module: "Products"; method: "GetInputs"; path: "/products"; paramsRequired: true; params: Schemas["ProductsGetInputsParams"]; result: Schemas["ProductsGetInputsResult"] };
  "Products.CreateProduct": { module: "Products"; method: "CreateProduct"; path: "/products"; paramsRequired: true; params: Schemas["ProductsCreateProductParams"]; result: Schemas["ProductsCreateProductResult"] };
  "Products.EditProduct": { module: "Products"; method: "EditProduct"; path: "/products"; paramsRequired: true; params: Schemas["ProductsEditProductParams"]; result: Schemas["ProductsEditProductResult"] };
  "Opportunities.GetInputs": { module: "Opportunities"; method: "GetInputs"; path: "/opportunities"; paramsRequired: true; params: Schemas["OpportunitiesGetInputsParams"]; result: Schemas["OpportunitiesGetInputsResult"] };
  "Opportunities.GetOpportunities": { module: "Opportunities"; method: "GetOpportunities"; path: "/opportunities"; paramsRequired: true; params: Schemas["OpportunitiesGetOpportunitiesParams"]; result: Schemas["OpportunitiesGetOpportunitiesResult"] };
  "Opportunities.CreateOpportunity": { module: "Opportunities"; method: "CreateOpportunity"; path: "/opportunities"; paramsRequired: true; params: Schemas["OpportunitiesCreateOpportunityParams"]; result: Schemas["OpportunitiesCreateOpportunityResult"] };
  "Opportunities.GetOpportunity": { module: "Opportunities"; method: "GetOpportunity"; path: "/opportunities"; paramsRequired: true; params: Schemas["OpportunitiesGetOpportunityParams"]; result: Schemas["OpportunitiesGetOpportunityResult"] };
  "Tickets.GetTickets": { module: "Tickets"; method: "GetTickets"; path: "/tickets"; paramsRequired: true; params: Schemas["TicketsGetTicketsParams"]; result: Schemas["TicketsGetTicketsResult"] };
  "Tickets.GetOrigins": { module: "Tickets"; method: "GetOrigins"; path: "/tickets"; paramsRequired: true; params: Schemas["TicketsGetOriginsParams"]; result: Schemas["TicketsGetOriginsResult"] };
  "Tickets.GetCases": { module: "Tickets"; method: "GetCases"; path: "/tickets"; paramsRequired: true; params: Schemas["TicketsGetCasesParams"]; result: Schemas["TicketsGetCasesResult"] };
  "Tickets.GetPriorities": { module: "Tickets"; method: "GetPriorities"; path: "/tickets"; paramsRequired: true; params: Schemas["TicketsGetPrioritiesParams"]; result: Schemas["TicketsGetPrioritiesResult"] };
  "Tickets.CreateTicket": { module: "Tickets"; method: "CreateTicket"; path: "/tickets"; paramsRequired: true; params: Schemas["TicketsCreateTicketParams"]; result: Schemas["TicketsCreateTicketResult"] };
}

/** Method names unique across modules, which may also be called without their module. */
export interface RpcBareMethods {
  "Login": RpcMethods["Auth.Login"];
  "GetProfiles": RpcMethods["Profiles.GetProfiles"];
  "GetStages": RpcMethods["Profiles.GetStages"];
  "GetCountries": RpcMethods["Profiles.GetCountries"];
  "GetStates": RpcMethods["Profiles.GetStates"];
  "GetUsers": RpcMethods["Profiles.GetUsers"];
  "GetCompanies": RpcMethods["Companies.GetCompanies"];
  "GetTypes": RpcMethods["Companies.GetTypes"];
  "GetIndustries": RpcMethods["Companies.GetIndustries"];
  "CreateCompany": RpcMethods["Companies.CreateCompany"];
  "GetCompany": RpcMethods["Companies.GetCompany"];
  "GetContacts": RpcMethods["Contacts.GetContacts"];
  "GetTitles": RpcMethods["Contacts.GetTitles"];
  "GetDepartments": RpcMethods["Contacts.GetDepartments"];
  "GetPositions": RpcMethods["Contacts.GetPositions"];
  "CreateContact": RpcMethods["Contacts.CreateContact"];
  "GetContact": RpcMethods["Contacts.GetContact"];
  "GetProducts": RpcMethods["Products.GetProducts"];
  "GetCategories": RpcMethods["Products.GetCategories"];
  "GetValidities": RpcMethods["Products.GetValidities"];
  "GetDiscounts": RpcMethods["Products.GetDiscounts"];
  "GetMeasures": RpcMethods["Products.GetMeasures"];
  "GetTaxes": RpcMethods["Products.GetTaxes"];
  "CreateProduct": RpcMethods["Products.CreateProduct"];
  "EditProduct": RpcMethods["Products.EditProduct"];
  "GetOpportunities": RpcMethods["Opportunities.GetOpportunities"];
  "CreateOpportunity": RpcMethods["Opportunities.CreateOpportunity"];
  "GetOpportunity": RpcMethods["Opportunities.GetOpportunity"];
  "GetTickets": RpcMethods["Tickets.GetTickets"];
  "GetCases": RpcMethods["Tickets.GetCases"];
  "GetPriorities": RpcMethods["Tickets.GetPriorities"];
  "CreateTicket": RpcMethods["Tickets.CreateTicket"];
}

/** Runtime table: each module's path. */
export const rpcModulePaths = {
  Auth: "/auth",
  Profiles: "/profiles",
  Companies: "/companies",
  Contacts: "/contacts",
  Products: "/products",
  Opportunities: "/opportunities",
  Tickets: "/tickets",
} as const;

/** Runtime table: every qualified method name (bare names are derived where unique). */
export const rpcMethodNames = ["Auth.Login", "Profiles.GetProfiles", "Profiles.GetStages", "Profiles.GetCountries", "Profiles.GetStates", "Profiles.GetUsers", "Companies.GetCompanies", "Companies.GetTypes", "Companies.GetIndustries", "Companies.GetInputs", "Companies.CreateCompany", "Companies.GetCompany", "Contacts.GetContacts", "Contacts.GetOrigins", "Contacts.GetTitles", "Contacts.GetDepartments", "Contacts.GetPositions", "Contacts.GetInputs", "Contacts.CreateContact", "Contacts.GetContact", "Products.GetProducts", "Products.GetCategories", "Products.GetValidities", "Products.GetDiscounts", "Products.GetMeasures", "Products.GetTaxes", "Products.GetInputs", "Products.CreateProduct", "Products.EditProduct", "Opportunities.GetInputs", "Opportunities.GetOpportunities", "Opportunities.CreateOpportunity", "Opportunities.GetOpportunity", "Tickets.GetTickets", "Tickets.GetOrigins", "Tickets.GetCases", "Tickets.GetPriorities", "Tickets.CreateTicket"] as const;
