import { type ApiPromise, type CallOptions, type ClientOptions, createClient, type Page, Paginator, type PagingOptions, type RawClient } from "@crm-sdk/core";
import type { Prospect, ProspectCreate, ProspectCreateResult, ProspectUpdate, ProspectWriteResult, paths } from "./generated/schema.js";
import { DEFAULT_BASE_URL, type ServerOptions } from "./generated/server.js";

export type { ApiPromise, CallOptions, LogFields, Logger, Page, Paginator, PagingOptions, RetryOptions, TokenSource, WithResponse } from "@crm-sdk/core";
export * from "./generated/errors.js";
export type * from "./generated/schema.js";

export interface AlgebraixClientOptions extends Omit<ClientOptions, "baseUrl">, ServerOptions {}

/** Every prospect of the CRM as one page (Algebraix does not page its list): `items`, `total`, and the array in `data`. */
export type ProspectPage = Page<Prospect[], Prospect>;

export interface AlgebraixProspects {
  /** Every prospect of the CRM, as one page (the API does not page it). */
  list(options?: CallOptions): ApiPromise<ProspectPage>;
  /** The same prospects, for `for await` like every other vendor's listing (one page: `pageSize` and `concurrency` change nothing). */
  listAll(options?: CallOptions & PagingOptions): Paginator<Prospect[], Prospect>;
  get(prospectId: string, options?: CallOptions): ApiPromise<Prospect>;
  /** Creates a prospect; resolves Algebraix's answer (the new `id` and a message). Never sent twice unless `idempotent: true`. */
  create(body: ProspectCreate, options?: CallOptions): ApiPromise<ProspectCreateResult>;
  /** Partial update: only the fields given change. Resolves Algebraix's answer (a message). */
  update(prospectId: string, body: ProspectUpdate, options?: CallOptions): ApiPromise<ProspectWriteResult>;
}

/** A client for the Algebraix admissions CRM. */
export interface AlgebraixClient {
  readonly prospects: AlgebraixProspects;
  /** The typed openapi-fetch client underneath, for what the methods above do not cover. */
  readonly raw: RawClient<paths>;
}

/** Creates an Algebraix client: `createAlgebraixClient({ baseUrl, token })`. */
export function createAlgebraixClient(options: AlgebraixClientOptions): AlgebraixClient {
  const { raw, call } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? DEFAULT_BASE_URL }, { vendor: "algebraix" });
  const path = (prospect_id: string) => ({ path: { prospect_id } });
  const list = (o?: CallOptions) =>
    call(
      (init) => raw.GET("/prospects", init),
      o,
      (items) => ({ page: 1, lastPage: 1, total: items.length, items, data: items }),
    );
  return {
    raw,
    prospects: {
      list,
      listAll: (o) => new Paginator(() => list(o), o),
      get: (id, o) => call((init) => raw.GET("/prospects/{prospect_id}", { params: path(id), ...init }), o),
      create: (body, o) => call((init) => raw.POST("/prospects", { body, ...init }), o),
      update: (id, body, o) => call((init) => raw.PATCH("/prospects/{prospect_id}", { params: path(id), body, ...init }), o),
    },
  };
}
