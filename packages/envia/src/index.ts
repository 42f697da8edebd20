import { type BodyOf, type CallOptions, type ClientOptions, createClient, paginateOffset, type QueryOf, unwrap } from "@crm-sdk/core";
import type { components, operations, paths } from "./generated/schema.js";

// What users catch and configure (typed from the spec); core's runtime helpers stay internal.
export * from "./generated/errors.js";
export type { components, operations, paths };
export type Boom = components["schemas"]["Boom"];
export type ProspectList = components["schemas"]["ProspectList"];

/** Placeholder server from the spec (the docs name none): pass `baseUrl`. */
export const ENVIA_BASE_URL = "https://api.envia.com";
/** Page size `listAll` asks for when the caller gives none (the API's own default is 25). */
export const ENVIA_DEFAULT_LENGTH = 100;

export type EnviaClientOptions = ClientOptions;
type Id = number;
type Ops = operations;

/** A typed client for Envia's CRM module (admin JWT in `token`). Errors carry the Boom body. */
export function createEnviaClient(options: EnviaClientOptions = {}) {
  const { raw, init } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? ENVIA_BASE_URL });
  const id = (value: Id) => ({ path: { id: value } });
  const list = (query?: QueryOf<Ops["listProspects"]>, o?: CallOptions) => unwrap(raw.GET("/prospects/list", { params: { query }, ...init(o) }));

  // Prospects and clients share the note, contact, data and location shapes (one schema each in
  // the spec), so their methods below take and return the very same types.
  return {
    raw,
    prospects: {
      /** Prospects grouped by follow-up category (Kanban). */
      listGrouped: (query?: QueryOf<Ops["listProspectsGrouped"]>, o?: CallOptions) => unwrap(raw.GET("/prospects/grouped", { params: { query }, ...init(o) })),
      /** One page (`start`/`length`) of the sorted, filtered list: `{ data, recordsFiltered, recordsTotal }`. */
      list,
      /** Every prospect matching the filters, fetched page by page as you iterate. */
      listAll: (query?: Omit<QueryOf<Ops["listProspects"]>, "start">, o?: CallOptions) =>
        paginateOffset({
          length: query?.length ?? ENVIA_DEFAULT_LENGTH,
          fetchPage: (start, length) => list({ ...query, start, length }, o),
          items: (r) => r.data,
          total: (r) => r.recordsFiltered,
        }),
      /** Follow-up activities in a date range (Calendar). */
      listActivities: (query: QueryOf<Ops["listProspectActivities"]>, o?: CallOptions) =>
        unwrap(raw.GET("/prospects/activities", { params: { query }, ...init(o) })),
      /** KPI aggregates per follow-up category. */
      getKpis: (query?: QueryOf<Ops["getProspectKpis"]>, o?: CallOptions) => unwrap(raw.GET("/prospects/kpis", { params: { query }, ...init(o) })),
      get: (prospectId: Id, query?: QueryOf<Ops["getProspect"]>, o?: CallOptions) =>
        unwrap(raw.GET("/prospects/{id}", { params: { ...id(prospectId), query }, ...init(o) })),
      /** Validates and deduplicates prospects without writing them. */
      process: (body: BodyOf<Ops["processProspects"]>, o?: CallOptions) => unwrap(raw.POST("/prospects/process", { body, ...init(o) })),
      /** Creates prospects in a batch; never retried unless `idempotent: true`. */
      create: (body: BodyOf<Ops["createProspects"]>, o?: CallOptions) => unwrap(raw.POST("/prospects", { body, ...init(o) })),
      update: (prospectId: Id, body: BodyOf<Ops["updateProspect"]>, o?: CallOptions) =>
        unwrap(raw.PATCH("/prospects/{id}", { params: id(prospectId), body, ...init(o) })),
      updateData: (prospectId: Id, body: BodyOf<Ops["updateProspectData"]>, o?: CallOptions) =>
        unwrap(raw.PATCH("/prospects/{id}/data", { params: id(prospectId), body, ...init(o) })),
      updatePartnerData: (prospectId: Id, body: BodyOf<Ops["updateProspectPartnerData"]>, o?: CallOptions) =>
        unwrap(raw.PATCH("/prospects/{id}/partner-data", { params: id(prospectId), body, ...init(o) })),
      createContact: (prospectId: Id, body: BodyOf<Ops["createProspectContact"]>, o?: CallOptions) =>
        unwrap(raw.POST("/prospects/{id}/contacts", { params: id(prospectId), body, ...init(o) })),
      /** Updates a contact; `contactId` is the contact's id (or the prospect's, with `isDefault`). */
      updateContact: (contactId: Id, body: BodyOf<Ops["updateProspectContact"]>, o?: CallOptions) =>
        unwrap(raw.PUT("/prospects/{id}/contacts", { params: id(contactId), body, ...init(o) })),
      /** Deletes a contact by the contact's own id. */
      deleteContact: (contactId: Id, o?: CallOptions) => unwrap(raw.DELETE("/prospects/{id}/contacts", { params: id(contactId), ...init(o) })),
      createNote: (prospectId: Id, body: BodyOf<Ops["createProspectNote"]>, o?: CallOptions) =>
        unwrap(raw.POST("/prospects/{id}/notes", { params: id(prospectId), body, ...init(o) })),
      updateNote: (prospectId: Id, noteId: Id, body: BodyOf<Ops["updateProspectNote"]>, o?: CallOptions) =>
        unwrap(raw.PATCH("/prospects/{id}/notes/{noteId}", { params: { path: { id: prospectId, noteId } }, body, ...init(o) })),
      createLocation: (prospectId: Id, body: BodyOf<Ops["createProspectLocation"]>, o?: CallOptions) =>
        unwrap(raw.POST("/prospects/{id}/locations", { params: id(prospectId), body, ...init(o) })),
      updateLocation: (locationId: Id, body: BodyOf<Ops["updateProspectLocation"]>, o?: CallOptions) =>
        unwrap(raw.PUT("/prospects/locations/{id}", { params: id(locationId), body, ...init(o) })),
      deleteLocation: (locationId: Id, o?: CallOptions) => unwrap(raw.DELETE("/prospects/locations/{id}", { params: id(locationId), ...init(o) })),
    },
    clients: {
      /** Client details with contacts, notes, integrations and locations. */
      get: (clientId: Id, o?: CallOptions) => unwrap(raw.GET("/clients/{id}", { params: id(clientId), ...init(o) })),
      getOnboarding: (clientId: Id, query?: QueryOf<Ops["getClientOnboarding"]>, o?: CallOptions) =>
        unwrap(raw.GET("/clients/{id}/onboarding", { params: { ...id(clientId), query }, ...init(o) })),
      createContact: (clientId: Id, body: BodyOf<Ops["createClientContact"]>, o?: CallOptions) =>
        unwrap(raw.POST("/clients/{id}/contacts", { params: id(clientId), body, ...init(o) })),
      createNote: (clientId: Id, body: BodyOf<Ops["createClientNote"]>, o?: CallOptions) =>
        unwrap(raw.POST("/clients/{id}/notes", { params: id(clientId), body, ...init(o) })),
      updateData: (clientId: Id, body: BodyOf<Ops["updateClientData"]>, o?: CallOptions) =>
        unwrap(raw.PATCH("/clients/{id}/data", { params: id(clientId), body, ...init(o) })),
      createLocation: (clientId: Id, body: BodyOf<Ops["createClientLocation"]>, o?: CallOptions) =>
        unwrap(raw.POST("/clients/{id}/locations", { params: id(clientId), body, ...init(o) })),
      updateLocation: (locationId: Id, body: BodyOf<Ops["updateClientLocation"]>, o?: CallOptions) =>
        unwrap(raw.PUT("/clients/locations/{id}", { params: id(locationId), body, ...init(o) })),
      deleteLocation: (locationId: Id, o?: CallOptions) => unwrap(raw.DELETE("/clients/locations/{id}", { params: id(locationId), ...init(o) })),
    },
  };
}

export type EnviaClient = ReturnType<typeof createEnviaClient>;
export { operationMethods } from "./operations.js";
