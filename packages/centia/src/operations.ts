import type { RpcMethods } from "./generated/methods.js";
import type { operations } from "./generated/schema.js";

/** The client method behind each operation of the spec: Centia's are one RPC endpoint per module, reached through `call`. */
export const operationMethods = {
  callAuth: "login",
  callProfiles: "call",
  callCompanies: "call",
  callContacts: "call",
  callProducts: "call",
  callOpportunities: "call",
  callTickets: "call",
} as const satisfies Record<keyof operations, string>;

/** The module resource method (`centia.companies.list`) for each RPC method of the spec (`resources.ts` types them). */
export const rpcMethodSugar = {
  "Auth.Login": "login",
  "Profiles.GetProfiles": "profiles.list",
  "Profiles.GetStages": "profiles.getStages",
  "Profiles.GetCountries": "profiles.getCountries",
  "Profiles.GetStates": "profiles.getStates",
  "Profiles.GetUsers": "profiles.getUsers",
  "Companies.GetCompanies": "companies.list",
  "Companies.GetTypes": "companies.getTypes",
  "Companies.GetIndustries": "companies.getIndustries",
  "Companies.GetInputs": "companies.getInputs",
  "Companies.CreateCompany": "companies.create",
  "Companies.GetCompany": "companies.get",
  "Contacts.GetContacts": "contacts.list",
  "Contacts.GetOrigins": "contacts.getOrigins",
  "Contacts.GetTitles": "contacts.getTitles",
  "Contacts.GetDepartments": "contacts.getDepartments",
  "Contacts.GetPositions": "contacts.getPositions",
  "Contacts.GetInputs": "contacts.getInputs",
  "Contacts.CreateContact": "contacts.create",
  "Contacts.GetContact": "contacts.get",
  "Products.GetProducts": "products.list",
  "Products.GetCategories": "products.getCategories",
  "Products.GetValidities": "products.getValidities",
  "Products.GetDiscounts": "products.getDiscounts",
  "Products.GetMeasures": "products.getMeasures",
  "Products.GetTaxes": "products.getTaxes",
  "Products.GetInputs": "products.getInputs",
  "Products.CreateProduct": "products.create",
  "Products.EditProduct": "products.edit",
  "Opportunities.GetInputs": "opportunities.getInputs",
  "Opportunities.GetOpportunities": "opportunities.list",
  "Opportunities.CreateOpportunity": "opportunities.create",
  "Opportunities.GetOpportunity": "opportunities.get",
  "Tickets.GetTickets": "tickets.list",
  "Tickets.GetOrigins": "tickets.getOrigins",
  "Tickets.GetCases": "tickets.getCases",
  "Tickets.GetPriorities": "tickets.getPriorities",
  "Tickets.CreateTicket": "tickets.create",
} as const satisfies Record<keyof RpcMethods, string>;

/** The RPC methods behind `list`: the result's key that holds the items, and whether Centia pages it. */
export const rpcListings: Record<string, readonly [key: string, paged: boolean]> = {
  "Profiles.GetProfiles": ["profiles", false],
  "Companies.GetCompanies": ["companies", true],
  "Contacts.GetContacts": ["contacts", true],
  "Products.GetProducts": ["products", false],
  "Opportunities.GetOpportunities": ["opportunities", true],
  "Tickets.GetTickets": ["tickets", false],
};
