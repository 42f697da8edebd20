import { describe, expectTypeOf, it } from "vitest";
import { type ApiPromise, createLeancoreClient, type Lead, type LeadPage, type LeancoreClient, type Paginator } from "../src/index.js";

const leancore = createLeancoreClient({ token: "t" });

describe("LeanCore types", () => {
  it("baseUrl may be left out: LeanCore documents its production server", () => {
    expectTypeOf(leancore).toEqualTypeOf<LeancoreClient>();
  });

  it("names every result", () => {
    expectTypeOf(leancore.leads.list).parameter(0).toEqualTypeOf<{ ecosystem: string }>();
    expectTypeOf(leancore.leads.list({ ecosystem: "x" })).toEqualTypeOf<ApiPromise<LeadPage>>();
    expectTypeOf(leancore.leads.listAll({ ecosystem: "x" })).toEqualTypeOf<Paginator<Lead[], Lead>>();
    expectTypeOf<Lead["image"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Lead["quota"]>().toEqualTypeOf<number>();
  });

  it("rejects wrong parameters", () => {
    // @ts-expect-error ecosystem is required
    leancore.leads.list({});
    // @ts-expect-error unknown parameter
    leancore.leads.list({ ecosystem: "x", page: 2 });
    // @ts-expect-error ecosystem is a string
    leancore.leads.list({ ecosystem: 42 });
  });
});
