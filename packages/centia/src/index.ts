import { type CallOptions, type ClientOptions, createClient, paginateLastPage } from "@crm-sdk/core";
import { LoginError, RpcError } from "./errors.js";
import type { components, operations, paths } from "./generated/schema.js";
import { rpcMethodSugar } from "./operations.js";
import { type CallArgs, type MethodName, type ParamsOf, type ResultOf, sendRpc } from "./rpc.js";

export { LoginError, RpcError, UnknownMethodError } from "./errors.js";
// What users catch and configure (typed from the spec); core's runtime helpers stay internal.
export * from "./generated/errors.js";
export { type RpcBareMethods, type RpcMethods, rpcMethodNames, rpcModulePaths } from "./generated/methods.js";
export type { CallArgs, MethodName, ParamsOf, ResultOf } from "./rpc.js";
export type { components, operations, paths };

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

  type O = CallOptions;
  const pages =
    <M extends "Companies.GetCompanies" | "Contacts.GetContacts" | "Opportunities.GetOpportunities", K extends keyof ResultOf<M>>(method: M, key: K) =>
    (params: Omit<ParamsOf<M>, "page">, o?: O) =>
      paginateLastPage({
        fetchPage: (page) => call(method, ...([{ ...params, page }, o] as CallArgs<M>)),
        items: (r) => r[key] as unknown as readonly (ResultOf<M>[K] extends readonly (infer I)[] | null | undefined ? I : never)[],
        lastPage: (r) => r.last_page,
      });

  // One resource per module (`centia.companies.list(...)`), each method one `call` of the
  // qualified name `rpcMethodSugar` gives it; typed by `ModuleResources`.
  const resources: Record<string, Record<string, unknown>> = {};
  for (const [qualified, sugar] of Object.entries(rpcMethodSugar)) {
    const [resource, name] = sugar.split(".");
    if (!resource || !name) continue;
    resources[resource] ??= {};
    resources[resource][name] = (params: never, o?: O) => call(qualified as MethodName, ...([params, o] as CallArgs<MethodName>));
  }
  const modules = resources as unknown as ModuleResources;

  return {
    raw,
    call,
    /** Logs in (again) with the configured e-mail and password; `call` does this by itself when needed. */
    login: () => login(),
    ...modules,
    companies: {
      ...modules.companies,
      /** Every company, page by page (`last_page`), as you iterate. */ listAll: pages("Companies.GetCompanies", "companies"),
    },
    contacts: { ...modules.contacts, listAll: pages("Contacts.GetContacts", "contacts") },
    opportunities: { ...modules.opportunities, listAll: pages("Opportunities.GetOpportunities", "opportunities") },
  };
}

type Sugar = typeof rpcMethodSugar;
type SugarEntry = { [Q in keyof Sugar]: Sugar[Q] extends `${infer R}.${infer M}` ? { qualified: Q; resource: R; method: M } : never }[keyof Sugar];
/** `centia.<resource>.<method>(params, options)`, one per RPC method, typed like `call`. */
export type ModuleResources = {
  [R in SugarEntry["resource"]]: {
    [E in Extract<SugarEntry, { resource: R }> as E["method"]]: (...args: CallArgs<E["qualified"]>) => Promise<ResultOf<E["qualified"]>>;
  };
};

export type CentiaClient = ReturnType<typeof createCentiaClient>;
export { operationMethods, rpcMethodSugar } from "./operations.js";
