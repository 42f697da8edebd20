import { describe, expectTypeOf, it } from "vitest";
import {
  ApiError,
  type ApiPromise,
  type Boom,
  type ClientDetail,
  createEnviaClient,
  type EnviaClient,
  NotFoundError,
  type Paginator,
  type ProspectList,
  type ProspectListRow,
  type ProspectPage,
} from "../src/index.js";

const envia = createEnviaClient({ baseUrl: "https://envia.test", token: "t" });

describe("Envia types", () => {
  it("names every result; writes Envia answers without a documented body resolve void", () => {
    expectTypeOf(envia).toEqualTypeOf<EnviaClient>();
    expectTypeOf(envia.prospects.list()).toEqualTypeOf<ApiPromise<ProspectPage>>();
    expectTypeOf(envia.prospects.listAll()).toEqualTypeOf<Paginator<ProspectList, ProspectListRow>>();
    expectTypeOf(envia.clients.get(1)).toEqualTypeOf<ApiPromise<ClientDetail>>();
    expectTypeOf(envia.prospects.createNote(1, { comment: "x" } as never)).toEqualTypeOf<ApiPromise<void>>();
    expectTypeOf(envia.prospects.deleteContact(5)).toEqualTypeOf<ApiPromise<void>>();
  });

  it("prospects and clients share the note, contact and location shapes", () => {
    expectTypeOf<Parameters<typeof envia.prospects.createNote>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.createNote>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.createContact>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.createContact>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.createLocation>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.createLocation>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.updateLocation>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.updateLocation>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.updateData>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.updateData>[1]>();
  });

  it("pages by page and pageSize, not start and length", () => {
    envia.prospects.list({ page: 2, pageSize: 25, search: "acme" });
    // @ts-expect-error Envia's `start` is expressed as `page`
    envia.prospects.list({ start: 25 });
  });

  it("baseUrl is required: Envia documents no server", () => {
    // @ts-expect-error baseUrl is missing
    createEnviaClient({ token: "t" });
  });

  it("rejects wrong parameters and bodies", () => {
    // @ts-expect-error ids are numbers
    envia.prospects.get("12");
    // @ts-expect-error rating is a number (1-5), not a string
    envia.prospects.updatePartnerData(1, { rating: "5" });
    // @ts-expect-error location type is an enum
    envia.clients.createLocation(1, { name: "Bodega", type: "castle" });
  });

  it("error bodies are Boom, statuses literal", () => {
    const error: unknown = new Error("x");
    if (error instanceof NotFoundError) {
      expectTypeOf(error.body).toEqualTypeOf<Boom | undefined>();
      expectTypeOf(error.status).toEqualTypeOf<404>();
    }
    if (error instanceof ApiError) expectTypeOf(error.body).toEqualTypeOf<Boom | undefined>();
  });
});
