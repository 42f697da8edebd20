import { type ApiPromise, type CallOptions, type ClientOptions, createClient, type Page, Paginator, type PagingOptions, type RawClient } from "@crm-sdk/core";
import type { CreateProspectRequest, Prospect, Prospection, ProspectListResponse, paths, UpdateProspectRequest } from "./generated/schema.js";
import { DEFAULT_BASE_URL, type ServerOptions } from "./generated/server.js";

export type { ApiPromise, CallOptions, LogFields, Logger, Page, Paginator, PagingOptions, RetryOptions, TokenSource, WithResponse } from "@crm-sdk/core";
export * from "./generated/errors.js";
export type * from "./generated/schema.js";

export interface SyscapClientOptions extends Omit<ClientOptions, "baseUrl">, ServerOptions {}

/** One page of prospects: `items`, `page`, `lastPage`, `total` (Syscap's `meta.count`) and Syscap's own page in `data`. */
export type ProspectPage = Page<ProspectListResponse, Prospect>;

/** Which page of prospects to fetch. */
export interface ProspectPageQuery {
  /** 1-based page number. @default 1 */
  page?: number;
  /** Prospects per page (Syscap's `per`). @default 100 */
  pageSize?: number;
}

export interface SyscapProspects {
  /** One page of prospects. */
  list(query?: ProspectPageQuery, options?: CallOptions): ApiPromise<ProspectPage>;
  /** Every prospect, fetched page by page as you iterate (`for await`), or page by page with `.pages()`. */
  listAll(options?: CallOptions & PagingOptions): Paginator<ProspectListResponse, Prospect>;
  get(id: string, options?: CallOptions): ApiPromise<Prospect>;
  /** The prospections (promissory notes) of a prospect. */
  listProspections(id: string, options?: CallOptions): ApiPromise<Prospection[]>;
  /** Creates a prospect (201); never sent twice unless `idempotent: true`. */
  create(body: CreateProspectRequest, options?: CallOptions): ApiPromise<Prospect>;
  update(id: string, body: UpdateProspectRequest, options?: CallOptions): ApiPromise<Prospect>;
  delete(id: string, options?: CallOptions): ApiPromise<void>;
}

/** A client for the Syscap v2 API. */
export interface SyscapClient {
  readonly prospects: SyscapProspects;
  /** The typed openapi-fetch client underneath, for what the methods above do not cover. */
  readonly raw: RawClient<paths>;
}

/** Creates a Syscap client: `createSyscapClient({ baseUrl, token })`. */
export function createSyscapClient(options: SyscapClientOptions): SyscapClient {
  const { raw, call, callVoid } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? DEFAULT_BASE_URL }, { vendor: "syscap" });
  const byId = (id: string) => ({ path: { id } });
  const list = ({ page = 1, pageSize = 100 }: ProspectPageQuery = {}, o?: CallOptions) =>
    call(
      (init) => raw.GET("/prospects", { params: { query: { page, per: pageSize } }, ...init }),
      o,
      (r) => ({ page, lastPage: Math.max(1, Math.ceil(r.meta.count / pageSize)), total: r.meta.count, items: r.data, data: r }),
    );
  return {
    raw,
    prospects: {
      list,
      listAll: (o = {}) => new Paginator(({ page, size }) => list({ page, pageSize: size }, o), o),
      get: (id, o) =>
        call(
          (init) => raw.GET("/prospects/{id}", { params: byId(id), ...init }),
          o,
          (r) => r.data,
        ),
      listProspections: (id, o) =>
        call(
          (init) => raw.GET("/prospects/{id}/prospections", { params: byId(id), ...init }),
          o,
          (r) => r.data,
        ),
      create: (body, o) =>
        call(
          (init) => raw.POST("/prospects", { body, ...init }),
          o,
          (r) => r.data,
        ),
      update: (id, body, o) =>
        call(
          (init) => raw.PUT("/prospects/{id}", { params: byId(id), body, ...init }),
          o,
          (r) => r.data,
        ),
      delete: (id, o) => callVoid((init) => raw.DELETE("/prospects/{id}", { params: byId(id), ...init }), o),
    },
  };
}
