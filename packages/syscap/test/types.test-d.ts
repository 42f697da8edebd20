import { describe, expectTypeOf, it } from "vitest";
import { type components, createSyscapClient, type InternalServerError, type Prospect } from "../src/index.js";

const syscap = createSyscapClient({ token: "t" });

describe("Syscap types", () => {
  it("types pages, items and iterators from the spec", () => {
    expectTypeOf(syscap.prospects.list).parameter(0).toEqualTypeOf<{ page?: number; per?: number } | undefined>();
    expectTypeOf(syscap.prospects.list()).resolves.toHaveProperty("meta").toHaveProperty("count").toEqualTypeOf<number>();
    expectTypeOf(syscap.prospects.listAll()).toEqualTypeOf<AsyncGenerator<Prospect, void, undefined>>();
    expectTypeOf(syscap.prospects.delete("id")).resolves.toExtend<void>();
  });

  it("rejects wrong parameters and bodies", () => {
    // @ts-expect-error page is an integer, not a string
    syscap.prospects.list({ page: "2" });
    // @ts-expect-error request bodies are wrapped in `prospect`
    syscap.prospects.create({ name: "Ana" });
    // @ts-expect-error listAll pages by itself: no `page`
    syscap.prospects.listAll({ page: 3 });
  });

  it("error bodies are typed from the spec's Error schema", () => {
    expectTypeOf<InternalServerError["body"]>().toEqualTypeOf<components["schemas"]["Error"] | undefined>();
  });
});
