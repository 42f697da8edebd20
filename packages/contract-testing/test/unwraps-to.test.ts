import { describe, expect, it } from "vitest";
import { unwrapsTo } from "../src/index.js";

describe("unwrapsTo: a result is the served example after the wrapper's unwrapping", () => {
  it("a { data } envelope must be removed, not passed through", () => {
    expect(unwrapsTo({ id: "p1" }, { data: { id: "p1" } })).toBe(true);
    expect(unwrapsTo({ data: { id: "p1" } }, { data: { id: "p1" } })).toBe(false);
    expect(unwrapsTo({ id: "p2" }, { data: { id: "p1" } })).toBe(false);
  });

  it("Centia's envelope gives its response", () => {
    expect(unwrapsTo({ stages: [] }, { success: true, response: { stages: [] } })).toBe(true);
    expect(unwrapsTo({ success: true, response: { stages: [] } }, { success: true, response: { stages: [] } })).toBe(false);
  });

  it("a body without an envelope is the result itself", () => {
    expect(unwrapsTo([{ id: 1 }], [{ id: 1 }])).toBe(true);
    expect(unwrapsTo({ id: 1 }, { id: 1 })).toBe(true);
  });

  it("a Page carries the vendor's page whole", () => {
    const served = { data: [{ id: 1 }], meta: { count: 1 } };
    expect(unwrapsTo({ page: 1, lastPage: 1, total: 1, items: [{ id: 1 }], data: served }, served)).toBe(true);
    expect(unwrapsTo({ page: 1, lastPage: 1, total: 1, items: [{ id: 1 }], data: served.data }, served)).toBe(false);
  });

  it("a method that resolves nothing matches anything", () => {
    expect(unwrapsTo(undefined, { anything: true })).toBe(true);
  });
});
