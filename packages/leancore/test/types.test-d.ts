import { describe, expectTypeOf, it } from "vitest";
import { createLeancoreClient, type Lead } from "../src/index.js";

const leancore = createLeancoreClient({ token: "t" });

describe("LeanCore types", () => {
  it("types list() from the spec", () => {
    expectTypeOf(leancore.leads.list).parameter(0).toEqualTypeOf<{ ecosystem: string }>();
    expectTypeOf(leancore.leads.list({ ecosystem: "x" })).resolves.toExtend<Lead[]>();
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
