import { resolveRef } from "./internals/json-pointer.js";
import type { OpenApiDocument } from "./types.js";

/** One method of an RPC module (Centia's `Companies.GetCompanies`). */
export interface RpcMethod {
  /** `Companies.GetCompanies`: reported as the finding's operationId. */
  readonly qualified: string;
  /** `GetCompanies`: what the request body's `method` says. */
  readonly name: string;
  /** `#/components/schemas/CompaniesGetCompaniesRequest`. */
  readonly requestRef: string;
  /** `#/components/schemas/CompaniesGetCompaniesResult`, when the spec has it. */
  readonly resultRef: string | undefined;
}

/** An operation that is an RPC module: one POST path whose JSON body's `method` selects the call. */
export interface RpcModule {
  readonly module: string;
  readonly methods: ReadonlyMap<string, RpcMethod>;
}

/**
 * Reads an RPC module from an operation, the way Centia's spec models one: `x-rpc-module` names
 * the module and the JSON request body is a `oneOf` of `<Module><Method>Request` schemas, each
 * pinning `method` with `const`; the result is the schema named `<Module><Method>Result`
 * (the convention `scripts/lib/method-map.mjs` generates the client's method map from).
 */
export function rpcModule(spec: OpenApiDocument, operation: OpenApiDocument): RpcModule | undefined {
  const module = operation["x-rpc-module"];
  const requestBody = operation.requestBody?.$ref ? (resolveRef(spec, operation.requestBody.$ref) as OpenApiDocument) : operation.requestBody;
  const branches = requestBody?.content?.["application/json"]?.schema?.oneOf;
  if (typeof module !== "string" || !Array.isArray(branches)) return undefined;
  const methods = new Map<string, RpcMethod>();
  for (const branch of branches) {
    const ref = branch?.$ref;
    if (typeof ref !== "string") continue;
    const name = (resolveRef(spec, ref) as OpenApiDocument | undefined)?.properties?.method?.const;
    if (typeof name !== "string") continue;
    const resultRef = ref.replace(/Request$/, "Result");
    methods.set(name, {
      qualified: `${module}.${name}`,
      name,
      requestRef: ref,
      resultRef: resultRef !== ref && resolveRef(spec, resultRef) ? resultRef : undefined,
    });
  }
  return { module, methods };
}

/** The method a request body names, bare (`GetCompanies`) or qualified with this module (`Companies.GetCompanies`). */
export function rpcMethodOf(rpc: RpcModule, body: unknown): { name: string; method: RpcMethod | undefined } | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const raw = (body as Record<string, unknown>).method;
  if (typeof raw !== "string" || raw === "") return undefined;
  const name = raw.startsWith(`${rpc.module}.`) ? raw.slice(rpc.module.length + 1) : raw;
  return { name, method: rpc.methods.get(name) };
}
