import { describe, expectTypeOf, it } from "vitest";
import { ApiError, type components, createEnviaClient, NotFoundError } from "../src/index.js";

const envia = createEnviaClient({ token: "t" });
type Schemas = components["schemas"];

describe("Envia types", () => {
  it("prospects and clients share the note, contact and location shapes", () => {
    expectTypeOf<Parameters<typeof envia.prospects.createNote>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.createNote>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.createContact>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.createContact>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.createLocation>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.createLocation>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.updateLocation>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.updateLocation>[1]>();
    expectTypeOf<Parameters<typeof envia.prospects.updateData>[1]>().toEqualTypeOf<Parameters<typeof envia.clients.updateData>[1]>();
  });

  it("types the offset-paged list from the spec", () => {
    expectTypeOf(envia.prospects.list()).resolves.toExtend<Schemas["ProspectList"]>();
  });

  it("rejects wrong parameters and bodies", () => {
    // @ts-expect-error ids are numbers
    envia.prospects.get("12");
    // @ts-expect-error rating is a number (1-5), not a string
    envia.prospects.updatePartnerData(1, { rating: "5" });
    // @ts-expect-error location type is an enum
    envia.clients.createLocation(1, { name: "Bodega", type: "castle" });
  });

  it("error bodies are typed from the spec: Boom", () => {
    const error: unknown = new Error("x");
    if (error instanceof NotFoundError) expectTypeOf(error.body).toExtend<Schemas["Boom"] | undefined>();
    if (error instanceof ApiError) expectTypeOf(error.body).toExtend<Schemas["Boom"] | undefined>();
  });
});
