import { type CallOptions, type ClientOptions, createClient, paginateLastPage } from "@crm-sdk/core";
import { LoginError, RpcError } from "./errors.js";
import type { RpcMethods } from "./generated/methods.js";
import type { components, paths } from "./generated/schema.js";
import { type CallArgs, type MethodName, type ParamsOf, type ResultOf, sendRpc } from "./rpc.js";

export * from "@crm-sdk/core";
export { LoginError, RpcError, UnknownMethodError } from "./errors.js";
export { type RpcBareMethods, type RpcMethods, rpcBareMethods, rpcMethods } from "./generated/methods.js";
export type { CallArgs, MethodName, ParamsOf, ResultOf } from "./rpc.js";
export type { components, paths };

/** Placeholder server from the spec (the captured docs lost the endpoint URL): pass `baseUrl`. */
export const CENTIA_BASE_URL = "https://centiacrm.desarrollo.in/api/v1";

/** Sign in with a token you already have, or with the e-mail and password `Auth.Login` takes. */
export type CentiaCredentials = { token: string; email?: never; password?: never } | { email: string; password: string; token?: never };
export type CentiaClientOptions = Omit<ClientOptions, "token" | "onAuthError"> & CentiaCredentials;

/**
 * Assumption (specs/centia/NOTES.md): an expired token may also come back as `success: false`
 * on HTTP 200; these messages are treated as an authentication failure and trigger one login.
 */
const AUTH_FAILURE = /token|unauthori[sz]ed|unauthenticated|not authenticated|sesi[oó]n|session expired/i;

/** A typed client for Centia CRM's RPC API: `call(method, params)` plus one resource per module. */
export function createCentiaClient(options: CentiaClientOptions) {
  const { email, password, token: initialToken, ...rest } = options as CentiaClientOptions & { email?: string; password?: string; token?: string };
  const baseUrl = options.baseUrl ?? CENTIA_BASE_URL;
  const canLogin = typeof email === "string" && typeof password === "string";
  if (!canLogin && !initialToken) throw new LoginError("createCentiaClient needs { token } or { email, password }");

  // Login goes through a client without a token (Auth.Login needs none).
  const { raw: loginRaw, init: loginInit } = createClient<paths>({ ...rest, baseUrl });
  let token: string | undefined = initialToken;
  let pending: Promise<string> | undefined;
  const login = (): Promise<string> => {
    pending ??= sendRpc(loginRaw, loginInit, "Auth.Login", { email, password })
      .then((result) => {
        token = (result as ResultOf<"Auth.Login">).token;
        return token;
      })
      .catch((error: unknown) => {
        throw error instanceof RpcError ? new LoginError(`Auth.Login failed: ${error.error}`) : error;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  const relogin = async () => {
    if (!canLogin) return false;
    token = undefined;
    await login();
    return true;
  };

  const { raw, init } = createClient<paths>({
    ...rest,
    baseUrl,
    token: async () => token ?? (await login()),
    onAuthError: relogin,
  });

  async function call<M extends MethodName>(method: M, ...[params, o]: CallArgs<M>): Promise<ResultOf<M>> {
    try {
      return (await sendRpc(raw, init, method, params, o)) as ResultOf<M>;
    } catch (error) {
      // Centia may report an expired token as success: false on HTTP 200: log in again once.
      if (error instanceof RpcError && AUTH_FAILURE.test(error.error) && (await relogin())) {
        return (await sendRpc(raw, init, method, params, o)) as ResultOf<M>;
      }
      throw error;
    }
  }

  type P<M extends keyof RpcMethods> = ParamsOf<M>;
  type O = CallOptions;
  const pages =
    <M extends "Companies.GetCompanies" | "Contacts.GetContacts" | "Opportunities.GetOpportunities", K extends keyof ResultOf<M>>(method: M, key: K) =>
    (params: Omit<P<M>, "page">, o?: O) =>
      paginateLastPage({
        fetchPage: (page) => call(method, ...([{ ...params, page }, o] as CallArgs<M>)),
        items: (r) => r[key] as unknown as readonly (ResultOf<M>[K] extends readonly (infer I)[] | null | undefined ? I : never)[],
        lastPage: (r) => r.last_page,
      });

  return {
    raw,
    call,
    /** Logs in (again) with the configured e-mail and password; `call` does this by itself when needed. */
    login: () => login(),
    profiles: {
      list: (params?: P<"Profiles.GetProfiles">, o?: O) => call("Profiles.GetProfiles", params, o),
      getStages: (params: P<"Profiles.GetStages">, o?: O) => call("Profiles.GetStages", params, o),
      getCountries: (params?: P<"Profiles.GetCountries">, o?: O) => call("Profiles.GetCountries", params, o),
      getStates: (params: P<"Profiles.GetStates">, o?: O) => call("Profiles.GetStates", params, o),
      getUsers: (params: P<"Profiles.GetUsers">, o?: O) => call("Profiles.GetUsers", params, o),
    },
    companies: {
      list: (params: P<"Companies.GetCompanies">, o?: O) => call("Companies.GetCompanies", params, o),
      /** Every company, page by page (`last_page`), as you iterate. */
      listAll: pages("Companies.GetCompanies", "companies"),
      getTypes: (params: P<"Companies.GetTypes">, o?: O) => call("Companies.GetTypes", params, o),
      getIndustries: (params: P<"Companies.GetIndustries">, o?: O) => call("Companies.GetIndustries", params, o),
      getInputs: (params: P<"Companies.GetInputs">, o?: O) => call("Companies.GetInputs", params, o),
      create: (params: P<"Companies.CreateCompany">, o?: O) => call("Companies.CreateCompany", params, o),
      get: (params: P<"Companies.GetCompany">, o?: O) => call("Companies.GetCompany", params, o),
    },
    contacts: {
      list: (params: P<"Contacts.GetContacts">, o?: O) => call("Contacts.GetContacts", params, o),
      listAll: pages("Contacts.GetContacts", "contacts"),
      getOrigins: (params: P<"Contacts.GetOrigins">, o?: O) => call("Contacts.GetOrigins", params, o),
      getTitles: (params: P<"Contacts.GetTitles">, o?: O) => call("Contacts.GetTitles", params, o),
      getDepartments: (params: P<"Contacts.GetDepartments">, o?: O) => call("Contacts.GetDepartments", params, o),
      getPositions: (params: P<"Contacts.GetPositions">, o?: O) => call("Contacts.GetPositions", params, o),
      getInputs: (params: P<"Contacts.GetInputs">, o?: O) => call("Contacts.GetInputs", params, o),
      create: (params: P<"Contacts.CreateContact">, o?: O) => call("Contacts.CreateContact", params, o),
      get: (params: P<"Contacts.GetContact">, o?: O) => call("Contacts.GetContact", params, o),
    },
    products: {
      list: (params: P<"Products.GetProducts">, o?: O) => call("Products.GetProducts", params, o),
      getCategories: (params: P<"Products.GetCategories">, o?: O) => call("Products.GetCategories", params, o),
      getValidities: (params: P<"Products.GetValidities">, o?: O) => call("Products.GetValidities", params, o),
      getDiscounts: (params: P<"Products.GetDiscounts">, o?: O) => call("Products.GetDiscounts", params, o),
      getMeasures: (params: P<"Products.GetMeasures">, o?: O) => call("Products.GetMeasures", params, o),
      getTaxes: (params: P<"Products.GetTaxes">, o?: O) => call("Products.GetTaxes", params, o),
      getInputs: (params: P<"Products.GetInputs">, o?: O) => call("Products.GetInputs", params, o),
      create: (params: P<"Products.CreateProduct">, o?: O) => call("Products.CreateProduct", params, o),
      edit: (params: P<"Products.EditProduct">, o?: O) => call("Products.EditProduct", params, o),
    },
    opportunities: {
      getInputs: (params: P<"Opportunities.GetInputs">, o?: O) => call("Opportunities.GetInputs", params, o),
      list: (params: P<"Opportunities.GetOpportunities">, o?: O) => call("Opportunities.GetOpportunities", params, o),
      listAll: pages("Opportunities.GetOpportunities", "opportunities"),
      create: (params: P<"Opportunities.CreateOpportunity">, o?: O) => call("Opportunities.CreateOpportunity", params, o),
      get: (params: P<"Opportunities.GetOpportunity">, o?: O) => call("Opportunities.GetOpportunity", params, o),
    },
    tickets: {
      list: (params: P<"Tickets.GetTickets">, o?: O) => call("Tickets.GetTickets", params, o),
      getOrigins: (params: P<"Tickets.GetOrigins">, o?: O) => call("Tickets.GetOrigins", params, o),
      getCases: (params: P<"Tickets.GetCases">, o?: O) => call("Tickets.GetCases", params, o),
      getPriorities: (params: P<"Tickets.GetPriorities">, o?: O) => call("Tickets.GetPriorities", params, o),
      create: (params: P<"Tickets.CreateTicket">, o?: O) => call("Tickets.CreateTicket", params, o),
    },
  };
}

export type CentiaClient = ReturnType<typeof createCentiaClient>;
export { operationMethods, rpcMethodSugar } from "./operations.js";
