import {
  type ApiPromise,
  type CallOptions,
  type ClientOptions,
  createClient,
  type Page,
  Paginator,
  type PagingOptions,
  type QueryOf,
  type RawClient,
} from "@crm-sdk/core";
import type { Lead, operations, paths } from "./generated/schema.js";
import { DEFAULT_BASE_URL, type ServerOptions } from "./generated/server.js";

export type { ApiPromise, CallOptions, LogFields, Logger, Page, Paginator, PagingOptions, RetryOptions, TokenSource, WithResponse } from "@crm-sdk/core";
export * from "./generated/errors.js";
export type * from "./generated/schema.js";

export interface LeancoreClientOptions extends Omit<ClientOptions, "baseUrl">, ServerOptions {}

/** Every lead of an ecosystem as one page (LeanCore does not page its list): `items`, `total`, and the array in `data`. */
export type LeadPage = Page<Lead[], Lead>;

/** Which leads to list: `{ ecosystem }`, the ecosystem's id. */
export type LeadQuery = QueryOf<operations["listLeads"]>;

export interface LeancoreLeads {
  /** Every lead of an ecosystem (`GET /lead`), as one page (the API does not page it). */
  list(query: LeadQuery, options?: CallOptions): ApiPromise<LeadPage>;
  /** The same leads, for `for await` like every other vendor's listing (one page: `pageSize` and `concurrency` change nothing). */
  listAll(query: LeadQuery, options?: CallOptions & PagingOptions): Paginator<Lead[], Lead>;
}

/** A client for the LeanCore API. */
export interface LeancoreClient {
  readonly leads: LeancoreLeads;
  /** The typed openapi-fetch client underneath, for what the methods above do not cover. */
  readonly raw: RawClient<paths>;
}

/** Creates a LeanCore client: `createLeancoreClient({ token })` (the server defaults to LeanCore's production API). */
export function createLeancoreClient(options: LeancoreClientOptions): LeancoreClient {
  const { raw, call } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? DEFAULT_BASE_URL }, { vendor: "leancore" });
  const list = (query: LeadQuery, o?: CallOptions) =>
    call(
      (init) => raw.GET("/lead", { params: { query }, ...init }),
      o,
      (items) => ({ page: 1, lastPage: 1, total: items.length, items, data: items }),
    );
  return {
    raw,
    leads: { list, listAll: (query, o) => new Paginator(() => list(query, o), o) },
  };
}
