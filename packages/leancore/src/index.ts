import { type CallOptions, type ClientOptions, createClient, type QueryOf, unwrap } from "@crm-sdk/core";
import type { components, operations, paths } from "./generated/schema.js";

// What users catch and configure (typed from the spec); core's runtime helpers stay internal.
export * from "./generated/errors.js";
export type { components, operations, paths };
export type Lead = components["schemas"]["Lead"];

/** LeanCore's production server, from the spec. */
export const LEANCORE_BASE_URL = "https://api.leancore.co";

export type LeancoreClientOptions = ClientOptions;

/** A typed client for the LeanCore API. `token` is your bearer token. */
export function createLeancoreClient(options: LeancoreClientOptions = {}) {
  const { raw, init } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? LEANCORE_BASE_URL });
  return {
    raw,
    leads: {
      /** Every lead of an ecosystem (`GET /lead`). The API does not page this list. */
      list: (query: QueryOf<operations["listLeads"]>, o?: CallOptions) => unwrap(raw.GET("/lead", { params: { query }, ...init(o) })),
    },
  };
}

export type LeancoreClient = ReturnType<typeof createLeancoreClient>;
export { operationMethods } from "./operations.js";
