import { describe, expectTypeOf, it } from "vitest";
import { createAlgebraixClient, type Prospect } from "../src/index.js";

const algebraix = createAlgebraixClient({ token: "t" });

describe("Algebraix types", () => {
  it("types results from the spec", () => {
    expectTypeOf(algebraix.prospects.list()).resolves.toExtend<Prospect[]>();
    expectTypeOf(algebraix.prospects.get("WADFERF3")).resolves.toExtend<Prospect>();
  });

  it("rejects wrong bodies", () => {
    // @ts-expect-error gender is "m" | "f"
    algebraix.prospects.create({ name: "Juan", gender: "x" });
    // @ts-expect-error responses say `sex`, requests do not accept it
    algebraix.prospects.update("WADFERF3", { sex: "m" });
    // @ts-expect-error the id is a string
    algebraix.prospects.get(123);
  });
});
