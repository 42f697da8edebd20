import {
  ApiError,
  type ApiPromise,
  type CallOptions,
  type ClientOptions,
  createClient,
  InvalidOptionsError,
  type Page,
  Paginator,
  type PagingOptions,
  type RawClient,
} from "@crm-sdk/core";
import { LoginError, RpcError } from "./errors.js";
import type { paths } from "./generated/schema.js";
import { DEFAULT_BASE_URL, type ServerOptions } from "./generated/server.js";
import { rpcListings, rpcMethodSugar } from "./operations.js";
import type { CentiaResources } from "./resources.js";
import { type CallArgs, type MethodName, type ResultOf, sendRpc } from "./rpc.js";

export type { ApiPromise, CallOptions, LogFields, Logger, Page, PageQuery, Paginator, PagingOptions, RetryOptions, WithResponse } from "@crm-sdk/core";
export { LoginError, RpcError, UnknownMethodError } from "./errors.js";
export * from "./generated/errors.js";
export type { RpcMethods } from "./generated/methods.js";
export type * from "./generated/schema.js";
export type * from "./resources.js";
export type { CallArgs, MethodName, ParamsOf, ResultOf } from "./rpc.js";

/** Sign in with a token you already have, or with the e-mail and password `Auth.Login` takes. */
export type CentiaCredentials = { token: string; email?: never; password?: never } | { email: string; password: string; token?: never };
export type CentiaClientOptions = Omit<ClientOptions, "baseUrl" | "token" | "onAuthError"> & ServerOptions & CentiaCredentials;

/** A client for Centia CRM's RPC API: `call(method, params)` typed by method name, plus one resource per module. */
export interface CentiaClient extends CentiaResources {
  /** Calls any method by its qualified name: `call("Companies.GetCompanies", { profile_id })`. */
  call<M extends MethodName>(method: M, ...args: CallArgs<M>): ApiPromise<ResultOf<M>>;
  /** Logs in (again) with the configured e-mail and password; calls do this by themselves when needed. */
  login(): Promise<void>;
  /** The typed openapi-fetch client underneath. */
  readonly raw: RawClient<paths>;
}

/**
 * Centia may also report an expired token as `success: false` on HTTP 200 (an assumption, see
 * specs/centia/NOTES.md): these messages count as a refused token, like a 401.
 */
const AUTH_FAILURE = /token|unauthori[sz]ed|unauthenticated|not authenticated|sesi[oó]n|session expired/i;

/** Creates a Centia client: `createCentiaClient({ baseUrl, email, password })` or `({ baseUrl, token })`. */
export function createCentiaClient(options: CentiaClientOptions): CentiaClient {
  const { email, password, token: given, ...rest } = options as CentiaClientOptions & { email?: string; password?: string; token?: string };
  const canLogin = typeof email === "string" && typeof password === "string";
  if (!canLogin && !given) throw new InvalidOptionsError("createCentiaClient needs { token } or { email, password }");
  const setup = { vendor: "centia", isAuthError: (e: { status: number }) => e.status === 401 || (e instanceof RpcError && AUTH_FAILURE.test(e.error)) };
  const base = { ...rest, baseUrl: rest.baseUrl ?? DEFAULT_BASE_URL };

  // Auth.Login goes through a client without a token. One login at a time: calls that need a
  // token meanwhile wait for it, and a request refused with a token older than the current one is
  // simply sent again with the current one (no second login).
  const anonymous = createClient<paths>(base, setup);
  let token = given;
  let pending: Promise<string> | undefined;
  const login = (): Promise<string> => {
    if (!canLogin) return Promise.reject(new LoginError("this client was given a token, not an email and password: it cannot log in"));
    pending ??= sendRpc<ResultOf<"Auth.Login">>(anonymous, "Auth.Login", { email, password }, undefined)
      .then(
        (result) => {
          token = result.token;
          return result.token;
        },
        (error: unknown) => {
          // Refused credentials, however Centia says it (success: false, a 400, a 401), are a LoginError.
          if (error instanceof RpcError) throw new LoginError(`Auth.Login failed: ${error.error}`, { cause: error });
          if (error instanceof ApiError && error.status < 500) throw new LoginError(`Auth.Login failed: ${error.message}`, { cause: error });
          throw error;
        },
      )
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  const onAuthError = async (refused: { token: string | undefined }) => {
    if (!canLogin) return false;
    if (refused.token === token) await login(); // else a newer token exists already: just resend
    return true;
  };
  const client = createClient<paths>({ ...base, token: () => token ?? login(), onAuthError }, setup);

  const resources: Record<string, Record<string, unknown>> = {};
  for (const [qualified, sugar] of Object.entries(rpcMethodSugar)) {
    const [resource = "", name] = sugar.split(".");
    if (!name) continue;
    resources[resource] ??= {};
    const target = resources[resource];
    const listing = rpcListings[qualified];
    if (!listing) {
      target[name] = (params: unknown, o?: CallOptions) => sendRpc(client, qualified, params, o);
      continue;
    }
    const [key, paged] = listing;
    const list = (params: Record<string, unknown> = {}, o?: CallOptions) => {
      const { page = 1, pageSize = 100, ...filters } = params as { page?: number; pageSize?: number };
      return sendRpc(client, qualified, paged ? { ...filters, page, pagination: pageSize } : params, o, (r: Record<string, unknown>) => {
        const items = r[key] as unknown[];
        return { page, lastPage: paged ? r.last_page : 1, total: paged ? r.total : items.length, items, data: r } as Page<unknown, unknown>;
      });
    };
    target.list = list;
    target.listAll = (params: Record<string, unknown>, o: CallOptions & PagingOptions = {}) =>
      new Paginator(({ page, size }) => list(paged ? { ...params, page, pageSize: size } : params, o), o);
  }
  return {
    ...(resources as unknown as CentiaResources),
    raw: client.raw,
    // Auth.Login needs no token: it goes through the client without one.
    call: (method, ...[params, o]) => sendRpc(method === "Auth.Login" ? anonymous : client, method, params, o),
    login: () => login().then(() => undefined),
  };
}

// Each resource method must take and resolve exactly what `call` does for its RPC method.
type Sugar = typeof rpcMethodSugar;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MethodOf<S extends string> = S extends `${infer R extends keyof CentiaResources}.${infer M}` ? CentiaResources[R][M & keyof CentiaResources[R]] : never;
type Mismatch = {
  [Q in keyof Sugar]: Sugar[Q] extends `${string}.list` | "login"
    ? never
    : MethodOf<Sugar[Q]> extends (...args: infer A) => infer R
      ? Same<A, CallArgs<Q>> extends true
        ? Same<R, ApiPromise<ResultOf<Q>>> extends true
          ? never
          : Q
        : Q
      : Q;
}[keyof Sugar];
/** Compile-time check: names a method of `resources.ts` whose type disagrees with the spec. */
type ResourceCheck = [Mismatch] extends [never] ? true : { mismatch: Mismatch };
const resourceCheck: ResourceCheck = true;
void resourceCheck;
