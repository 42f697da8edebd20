import type { CallInit, CallOptions, RawClient } from "@crm-sdk/core";
import { RpcError, UnknownMethodError } from "./errors.js";
import { type RpcBareMethods, type RpcMethods, rpcMethodNames, rpcModulePaths } from "./generated/methods.js";
import type { paths } from "./generated/schema.js";

/** Every name `call()` accepts: qualified (`Contacts.GetInputs`) or, where unique, bare (`GetCompanies`). */
export type MethodName = keyof RpcMethods | keyof RpcBareMethods;
type Entry<M extends MethodName> = M extends keyof RpcMethods ? RpcMethods[M] : M extends keyof RpcBareMethods ? RpcBareMethods[M] : never;
export type ParamsOf<M extends MethodName> = Entry<M>["params"];
export type ResultOf<M extends MethodName> = Entry<M>["result"];
/** `params` is required exactly when the method has a required parameter. */
export type CallArgs<M extends MethodName> = Entry<M>["paramsRequired"] extends true
  ? [params: ParamsOf<M>, options?: CallOptions]
  : [params?: ParamsOf<M>, options?: CallOptions];

const qualifiedNames: ReadonlySet<string> = new Set(rpcMethodNames);
/** Bare method name -> its qualified names (more than one where the name repeats across modules). */
const byBareName = new Map<string, string[]>();
for (const qualified of rpcMethodNames) {
  const bare = qualified.slice(qualified.indexOf(".") + 1);
  byBareName.set(bare, [...(byBareName.get(bare) ?? []), qualified]);
}

/** Resolves a bare or qualified method name to its module path and method, or throws `UnknownMethodError`. */
export function resolveMethod(name: string): { path: string; method: string; qualified: string } {
  const candidates = name.includes(".") ? (qualifiedNames.has(name) ? [name] : []) : (byBareName.get(name) ?? []);
  const [qualified] = candidates;
  if (candidates.length !== 1 || !qualified) {
    throw new UnknownMethodError(
      name,
      candidates.length > 1 ? `it exists in several modules; call one of ${candidates.join(", ")}` : "see the Centia method list in the docs",
    );
  }
  const [module, method] = qualified.split(".") as [keyof typeof rpcModulePaths, string];
  return { path: rpcModulePaths[module], method, qualified };
}

interface Envelope {
  success?: boolean;
  response?: unknown;
  error?: string;
}

/**
 * Sends one RPC call: POST `{ method, parameters }` to the module's path, then unwraps the
 * `{ success, response, error }` envelope. `success: false` throws `RpcError` whatever the
 * HTTP status.
 */
export async function sendRpc(
  raw: RawClient<paths>,
  init: (o?: CallOptions) => CallInit,
  name: string,
  params: unknown,
  options?: CallOptions,
): Promise<unknown> {
  const { path, method, qualified } = resolveMethod(name);
  const body = params === undefined ? { method } : { method, parameters: params };
  // Centia's Get* methods only read, so they may be retried like a GET; creates and edits may not.
  const { data, response } = await raw.POST(path as "/companies", {
    body: body as never,
    ...init({ ...options, idempotent: options?.idempotent ?? method.startsWith("Get") }),
  });
  const envelope = (data ?? {}) as Envelope;
  if (envelope.success !== true) {
    throw new RpcError({
      status: response.status,
      statusText: response.statusText,
      body: envelope,
      rawBody: JSON.stringify(envelope),
      method: "POST",
      url: response.url || path,
      headers: response.headers,
      rpcMethod: qualified,
      error: typeof envelope.error === "string" ? envelope.error : "success was not true",
    });
  }
  return envelope.response;
}
