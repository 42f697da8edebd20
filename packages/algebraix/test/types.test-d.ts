import { describe, expectTypeOf, it } from "vitest";
import {
  type AlgebraixClient,
  type ApiPromise,
  type BadRequestError,
  createAlgebraixClient,
  type Paginator,
  type Prospect,
  type ProspectCreateResult,
  type ProspectPage,
} from "../src/index.js";

const algebraix = createAlgebraixClient({ baseUrl: "https://algebraix.test", token: "t" });

describe("Algebraix types", () => {
  it("names every result", () => {
    expectTypeOf(algebraix).toEqualTypeOf<AlgebraixClient>();
    expectTypeOf(algebraix.prospects.list()).toEqualTypeOf<ApiPromise<ProspectPage>>();
    expectTypeOf(algebraix.prospects.listAll()).toEqualTypeOf<Paginator<Prospect[], Prospect>>();
    expectTypeOf(algebraix.prospects.get("WADFERF3")).toEqualTypeOf<ApiPromise<Prospect>>();
    expectTypeOf(algebraix.prospects.create({ name: "Juan" })).toEqualTypeOf<ApiPromise<ProspectCreateResult>>();
  });

  it("ids Algebraix always sends are required, so get(created.id) needs no `!`", async () => {
    expectTypeOf<Prospect["id"]>().toEqualTypeOf<string>();
    expectTypeOf<ProspectCreateResult["id"]>().toEqualTypeOf<string>();
    const created = await algebraix.prospects.create({ name: "Juan" });
    algebraix.prospects.get(created.id);
  });

  it("baseUrl is required: Algebraix documents no server", () => {
    // @ts-expect-error baseUrl is missing
    createAlgebraixClient({ token: "t" });
  });

  it("rejects wrong bodies", () => {
    // @ts-expect-error gender is "m" | "f"
    algebraix.prospects.create({ name: "Juan", gender: "x" });
    // @ts-expect-error responses say `sex`, requests do not accept it
    algebraix.prospects.update("WADFERF3", { sex: "m" });
    // @ts-expect-error the id is a string
    algebraix.prospects.get(123);
  });

  it("a 400's status is the literal 400", () => {
    expectTypeOf<BadRequestError["status"]>().toEqualTypeOf<400>();
  });
});
