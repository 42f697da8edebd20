import { type BodyOf, type CallOptions, type ClientOptions, createClient, unwrap } from "@crm-sdk/core";
import type { components, operations, paths } from "./generated/schema.js";

// What users catch and configure (typed from the spec); core's runtime helpers stay internal.
export * from "./generated/errors.js";
export type { components, operations, paths };
export type Prospect = components["schemas"]["Prospect"];

/** Placeholder server from the spec (the captured docs lost the real URL): pass `baseUrl`. */
export const ALGEBRAIX_BASE_URL = "https://api.algebraix.com";

export type AlgebraixClientOptions = ClientOptions;

/** A typed client for the Algebraix admissions CRM. */
export function createAlgebraixClient(options: AlgebraixClientOptions = {}) {
  const { raw, init } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? ALGEBRAIX_BASE_URL });
  const path = (prospect_id: string) => ({ path: { prospect_id } });
  return {
    raw,
    prospects: {
      /** Every prospect of the CRM (a bare array; the API does not page it). */
      list: (o?: CallOptions) => unwrap(raw.GET("/prospects", { ...init(o) })),
      /** Creates a prospect; never retried unless `idempotent: true`. */
      create: (body: BodyOf<operations["createProspect"]>, o?: CallOptions) => unwrap(raw.POST("/prospects", { body, ...init(o) })),
      get: (prospectId: string, o?: CallOptions) => unwrap(raw.GET("/prospects/{prospect_id}", { params: path(prospectId), ...init(o) })),
      /** Partial update: only the fields given change. */
      update: (prospectId: string, body: BodyOf<operations["updateProspect"]>, o?: CallOptions) =>
        unwrap(raw.PATCH("/prospects/{prospect_id}", { params: path(prospectId), body, ...init(o) })),
    },
  };
}

export type AlgebraixClient = ReturnType<typeof createAlgebraixClient>;
export { operationMethods } from "./operations.js";
