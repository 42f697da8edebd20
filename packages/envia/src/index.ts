import {
  type ApiPromise,
  type CallOptions,
  type ClientOptions,
  createClient,
  type Page,
  type PageQuery,
  Paginator,
  type PagingOptions,
  type QueryOf,
  type RawClient,
} from "@crm-sdk/core";
import type {
  Activity,
  CategoryKpi,
  ClientDetail,
  ClientOnboarding,
  ContactCreate,
  ContactUpdate,
  FollowDataUpdate,
  LocationCreate,
  LocationUpdate,
  NoteCreate,
  NoteUpdate,
  operations,
  PartnerDataUpdate,
  ProspectBatch,
  ProspectCreateResult,
  ProspectDetail,
  ProspectList,
  ProspectListRow,
  ProspectProcessResult,
  ProspectsGrouped,
  ProspectUpdate,
  paths,
} from "./generated/schema.js";
import { DEFAULT_BASE_URL, type ServerOptions } from "./generated/server.js";

export type {
  ApiPromise,
  CallOptions,
  LogFields,
  Logger,
  Page,
  PageQuery,
  Paginator,
  PagingOptions,
  RetryOptions,
  TokenSource,
  WithResponse,
} from "@crm-sdk/core";
export * from "./generated/errors.js";
export type * from "./generated/schema.js";

export interface EnviaClientOptions extends Omit<ClientOptions, "baseUrl">, ServerOptions {}

type Ops = operations;
/** Filters and sort of `prospects.list`, with `page`/`pageSize` in place of Envia's `start`/`length`. */
export type ProspectListQuery = Omit<NonNullable<QueryOf<Ops["listProspects"]>>, "start" | "length"> & PageQuery;
/** One page of prospects: `items`, `page`, `lastPage`, `total` (Envia's `recordsFiltered`) and Envia's own page in `data`. */
export type ProspectPage = Page<ProspectList, ProspectListRow>;
export type ProspectGroupedQuery = QueryOf<Ops["listProspectsGrouped"]>;
export type ProspectActivityQuery = QueryOf<Ops["listProspectActivities"]>;
export type ProspectKpiQuery = QueryOf<Ops["getProspectKpis"]>;
export type ProspectQuery = QueryOf<Ops["getProspect"]>;
export type ClientOnboardingQuery = QueryOf<Ops["getClientOnboarding"]>;

/**
 * Prospects and their contacts, notes and locations. Writes whose answer Envia does not document
 * resolve `undefined` (the response is still at `.withResponse()`).
 */
export interface EnviaProspects {
  /** Prospects grouped by follow-up category (the Kanban board). */
  listGrouped(query?: ProspectGroupedQuery, options?: CallOptions): ApiPromise<ProspectsGrouped>;
  /** One page of the sorted, filtered list. */
  list(query?: ProspectListQuery, options?: CallOptions): ApiPromise<ProspectPage>;
  /** Every prospect matching the filters, fetched page by page as you iterate. */
  listAll(query?: Omit<ProspectListQuery, "page" | "pageSize">, options?: CallOptions & PagingOptions): Paginator<ProspectList, ProspectListRow>;
  /** Follow-up activities in a date range (the calendar). */
  listActivities(query: ProspectActivityQuery, options?: CallOptions): ApiPromise<Activity[]>;
  /** KPI aggregates per follow-up category. */
  getKpis(query?: ProspectKpiQuery, options?: CallOptions): ApiPromise<CategoryKpi[]>;
  get(prospectId: number, query?: ProspectQuery, options?: CallOptions): ApiPromise<ProspectDetail>;
  /** Validates and deduplicates prospects without writing them. */
  process(body: ProspectBatch, options?: CallOptions): ApiPromise<ProspectProcessResult>;
  /** Creates prospects in a batch; never sent twice unless `idempotent: true`. */
  create(body: ProspectBatch, options?: CallOptions): ApiPromise<ProspectCreateResult>;
  update(prospectId: number, body: ProspectUpdate, options?: CallOptions): ApiPromise<void>;
  updateData(prospectId: number, body: FollowDataUpdate, options?: CallOptions): ApiPromise<void>;
  updatePartnerData(prospectId: number, body: PartnerDataUpdate, options?: CallOptions): ApiPromise<void>;
  createContact(prospectId: number, body: ContactCreate, options?: CallOptions): ApiPromise<void>;
  /** Updates a contact; `contactId` is the contact's id (or the prospect's, with `isDefault`). */
  updateContact(contactId: number, body: ContactUpdate, options?: CallOptions): ApiPromise<void>;
  /** Deletes a contact by the contact's own id. */
  deleteContact(contactId: number, options?: CallOptions): ApiPromise<void>;
  createNote(prospectId: number, body: NoteCreate, options?: CallOptions): ApiPromise<void>;
  updateNote(prospectId: number, noteId: number, body: NoteUpdate, options?: CallOptions): ApiPromise<void>;
  createLocation(prospectId: number, body: LocationCreate, options?: CallOptions): ApiPromise<void>;
  updateLocation(locationId: number, body: LocationUpdate, options?: CallOptions): ApiPromise<void>;
  deleteLocation(locationId: number, options?: CallOptions): ApiPromise<void>;
}

/** Clients (companies that became customers) and their contacts, notes and locations. */
export interface EnviaClients {
  /** Client details with contacts, notes, integrations and locations. */
  get(clientId: number, options?: CallOptions): ApiPromise<ClientDetail>;
  getOnboarding(clientId: number, query?: ClientOnboardingQuery, options?: CallOptions): ApiPromise<ClientOnboarding>;
  createContact(clientId: number, body: ContactCreate, options?: CallOptions): ApiPromise<void>;
  createNote(clientId: number, body: NoteCreate, options?: CallOptions): ApiPromise<void>;
  updateData(clientId: number, body: FollowDataUpdate, options?: CallOptions): ApiPromise<void>;
  createLocation(clientId: number, body: LocationCreate, options?: CallOptions): ApiPromise<void>;
  updateLocation(locationId: number, body: LocationUpdate, options?: CallOptions): ApiPromise<void>;
  deleteLocation(locationId: number, options?: CallOptions): ApiPromise<void>;
}

/** A client for Envia's CRM module (an admin JWT in `token`). Errors carry Envia's Boom body. */
export interface EnviaClient {
  readonly prospects: EnviaProspects;
  readonly clients: EnviaClients;
  /** The typed openapi-fetch client underneath, for what the methods above do not cover. */
  readonly raw: RawClient<paths>;
}

/** Creates an Envia client: `createEnviaClient({ baseUrl, token })`. */
export function createEnviaClient(options: EnviaClientOptions): EnviaClient {
  const { raw, call, callVoid } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? DEFAULT_BASE_URL }, { vendor: "envia" });
  const id = (value: number) => ({ path: { id: value } });
  const list = ({ page = 1, pageSize = 100, ...filters }: ProspectListQuery = {}, o?: CallOptions) =>
    call(
      (init) => raw.GET("/prospects/list", { params: { query: { ...filters, start: (page - 1) * pageSize, length: pageSize } }, ...init }),
      o,
      (r) => ({ page, lastPage: Math.max(1, Math.ceil(r.recordsFiltered / pageSize)), total: r.recordsFiltered, items: r.data, data: r }),
    );
  return {
    raw,
    prospects: {
      listGrouped: (query, o) => call((init) => raw.GET("/prospects/grouped", { params: { query }, ...init }), o),
      list,
      listAll: (query = {}, o = {}) => new Paginator(({ page, size }) => list({ ...query, page, pageSize: size }, o), o),
      listActivities: (query, o) => call((init) => raw.GET("/prospects/activities", { params: { query }, ...init }), o),
      getKpis: (query, o) => call((init) => raw.GET("/prospects/kpis", { params: { query }, ...init }), o),
      get: (prospectId, query, o) => call((init) => raw.GET("/prospects/{id}", { params: { ...id(prospectId), query }, ...init }), o),
      process: (body, o) => call((init) => raw.POST("/prospects/process", { body, ...init }), o),
      create: (body, o) => call((init) => raw.POST("/prospects", { body, ...init }), o),
      update: (prospectId, body, o) => callVoid((init) => raw.PATCH("/prospects/{id}", { params: id(prospectId), body, ...init }), o),
      updateData: (prospectId, body, o) => callVoid((init) => raw.PATCH("/prospects/{id}/data", { params: id(prospectId), body, ...init }), o),
      updatePartnerData: (prospectId, body, o) => callVoid((init) => raw.PATCH("/prospects/{id}/partner-data", { params: id(prospectId), body, ...init }), o),
      createContact: (prospectId, body, o) => callVoid((init) => raw.POST("/prospects/{id}/contacts", { params: id(prospectId), body, ...init }), o),
      updateContact: (contactId, body, o) => callVoid((init) => raw.PUT("/prospects/{id}/contacts", { params: id(contactId), body, ...init }), o),
      deleteContact: (contactId, o) => callVoid((init) => raw.DELETE("/prospects/{id}/contacts", { params: id(contactId), ...init }), o),
      createNote: (prospectId, body, o) => callVoid((init) => raw.POST("/prospects/{id}/notes", { params: id(prospectId), body, ...init }), o),
      updateNote: (prospectId, noteId, body, o) =>
        callVoid((init) => raw.PATCH("/prospects/{id}/notes/{noteId}", { params: { path: { id: prospectId, noteId } }, body, ...init }), o),
      createLocation: (prospectId, body, o) => callVoid((init) => raw.POST("/prospects/{id}/locations", { params: id(prospectId), body, ...init }), o),
      updateLocation: (locationId, body, o) => callVoid((init) => raw.PUT("/prospects/locations/{id}", { params: id(locationId), body, ...init }), o),
      deleteLocation: (locationId, o) => callVoid((init) => raw.DELETE("/prospects/locations/{id}", { params: id(locationId), ...init }), o),
    },
    clients: {
      get: (clientId, o) => call((init) => raw.GET("/clients/{id}", { params: id(clientId), ...init }), o),
      getOnboarding: (clientId, query, o) => call((init) => raw.GET("/clients/{id}/onboarding", { params: { ...id(clientId), query }, ...init }), o),
      createContact: (clientId, body, o) => callVoid((init) => raw.POST("/clients/{id}/contacts", { params: id(clientId), body, ...init }), o),
      createNote: (clientId, body, o) => callVoid((init) => raw.POST("/clients/{id}/notes", { params: id(clientId), body, ...init }), o),
      updateData: (clientId, body, o) => callVoid((init) => raw.PATCH("/clients/{id}/data", { params: id(clientId), body, ...init }), o),
      createLocation: (clientId, body, o) => callVoid((init) => raw.POST("/clients/{id}/locations", { params: id(clientId), body, ...init }), o),
      updateLocation: (locationId, body, o) => callVoid((init) => raw.PUT("/clients/locations/{id}", { params: id(locationId), body, ...init }), o),
      deleteLocation: (locationId, o) => callVoid((init) => raw.DELETE("/clients/locations/{id}", { params: id(locationId), ...init }), o),
    },
  };
}
