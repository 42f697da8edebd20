import { ApiPromise, type CallOptions, type CrmClient } from "@crm-sdk/core";
import { RpcError, UnknownMethodError } from "./errors.js";
import { type RpcMethods, rpcMethodNames, rpcModulePaths } from "./generated/methods.js";
import type { paths } from "./generated/schema.js";

/** Every name `call()` accepts: a qualified method name as Centia's docs write it (`Companies.GetCompanies`). */
export type MethodName = keyof RpcMethods;
/** The parameters of a method (`ParamsOf<"Companies.GetCompanies">` is `CompaniesGetCompaniesParams`). */
export type ParamsOf<M extends MethodName> = RpcMethods[M]["params"];
/** What a method resolves to (`ResultOf<"Companies.GetCompanies">` is `CompaniesGetCompaniesResult`). */
export type ResultOf<M extends MethodName> = RpcMethods[M]["result"];
/** `params` is required exactly when the method has a required parameter. */
export type CallArgs<M extends MethodName> = RpcMethods[M]["paramsRequired"] extends true
  ? [params: ParamsOf<M>, options?: CallOptions]
  : [params?: ParamsOf<M>, options?: CallOptions];

const READ: CallOptions = { idempotent: true };

/**
 * One RPC call: POST `{ method, parameters }` to the module's path, and the `{ success, response,
 * error }` envelope unwrapped; `success: false` rejects with `RpcError` whatever the HTTP status.
 * Centia's `Get*` methods only read, so they are retried like a GET; creates and edits are not.
 */
export function sendRpc<T, U = T>(client: CrmClient<paths>, name: string, params: unknown, o: CallOptions | undefined, map?: (result: T) => U): ApiPromise<U> {
  const [module = "", method = ""] = name.split(".");
  const path = rpcMethodNames.has(name) ? rpcModulePaths[module] : undefined;
  if (!path) return new ApiPromise(Promise.reject(new UnknownMethodError(name)));
  const body = params === undefined ? { method } : { method, parameters: params };
  const read = method.startsWith("Get");
  return client.call(
    (init) => client.raw.POST(path as "/companies", { body: body as never, ...init }),
    o ? { ...o, idempotent: o.idempotent ?? read } : read ? READ : undefined,
    (envelope: { success?: unknown; response?: unknown; error?: unknown }, response: Response) => {
      if (envelope.success === true) return map ? map(envelope.response as T) : (envelope.response as U);
      const error = typeof envelope.error === "string" ? envelope.error : "success was not true";
      throw new RpcError({
        status: response.status,
        body: envelope as never,
        rawBody: JSON.stringify(envelope),
        method: "POST",
        url: response.url || path,
        headers: response.headers,
        rpcMethod: name,
        error,
      });
    },
  );
}
