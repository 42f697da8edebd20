import { type BodyOf, type CallOptions, type ClientOptions, createClient, paginatePagePer, type QueryOf, unwrap } from "@crm-sdk/core";
import type { components, operations, paths } from "./generated/schema.js";

// What users catch and configure (typed from the spec); core's runtime helpers stay internal.
export * from "./generated/errors.js";
export type { components, operations, paths };
export type Prospect = components["schemas"]["Prospect"];
export type Prospection = components["schemas"]["Prospection"];

/** Placeholder server from the spec (the docs name none): pass `baseUrl`. */
export const SYSCAP_BASE_URL = "https://api.syscap.example";
/** Page size `listAll` asks for when the caller gives none. */
export const SYSCAP_DEFAULT_PER = 100;

export type SyscapClientOptions = ClientOptions;
type ListQuery = QueryOf<operations["listProspects"]>;

/** A typed client for the Syscap v2 API. */
export function createSyscapClient(options: SyscapClientOptions = {}) {
  const { raw, init } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? SYSCAP_BASE_URL });
  const byId = (id: string) => ({ path: { id } });
  const list = (query?: ListQuery, o?: CallOptions) => unwrap(raw.GET("/prospects", { params: { query }, ...init(o) }));
  return {
    raw,
    prospects: {
      /** One page of prospects: `{ data, meta: { count } }`. */
      list,
      /** Every prospect, fetched page by page (`per`, default 100) as you iterate. */
      listAll: (query?: Omit<ListQuery, "page">, o?: CallOptions) =>
        paginatePagePer({
          per: query?.per ?? SYSCAP_DEFAULT_PER,
          fetchPage: (page, per) => list({ ...query, page, per }, o),
          items: (r) => r.data,
          total: (r) => r.meta.count,
        }),
      get: (id: string, o?: CallOptions) => unwrap(raw.GET("/prospects/{id}", { params: byId(id), ...init(o) })),
      /** The prospections (promissory notes) of a prospect. */
      listProspections: (id: string, o?: CallOptions) => unwrap(raw.GET("/prospects/{id}/prospections", { params: byId(id), ...init(o) })),
      /** Creates a prospect (201); never retried unless `idempotent: true`. */
      create: (body: BodyOf<operations["createProspect"]>, o?: CallOptions) => unwrap(raw.POST("/prospects", { body, ...init(o) })),
      update: (id: string, body: BodyOf<operations["updateProspect"]>, o?: CallOptions) =>
        unwrap(raw.PUT("/prospects/{id}", { params: byId(id), body, ...init(o) })),
      /** Deletes a prospect (204, resolves to `undefined`). */
      delete: async (id: string, o?: CallOptions): Promise<void> => {
        await raw.DELETE("/prospects/{id}", { params: byId(id), ...init(o) });
      },
    },
  };
}

export type SyscapClient = ReturnType<typeof createSyscapClient>;
export { operationMethods } from "./operations.js";
