import { describe, expect, it } from "vitest";
import { AuthenticationError } from "../src/index.js";
import { json, scriptedFetch, testClient } from "./helpers.js";

describe("auth", () => {
  it("sends a static token as a bearer header", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    await testClient(fetch, { token: "static-tok" }).get("1");
    expect(requests[0]!.headers.get("authorization")).toBe("Bearer static-tok");
  });

  it("calls an async token provider for every request", async () => {
    let n = 0;
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    const client = testClient(fetch, { token: async () => `tok-${++n}` });
    await client.get("1");
    await client.get("2");
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer tok-1", "Bearer tok-2"]);
  });

  it("after a 401, lets onAuthError refresh and resends that request once with the new token", async () => {
    let token = "expired";
    let refreshes = 0;
    const { fetch, requests } = scriptedFetch([
      (r) => (r.headers.get("authorization") === "Bearer fresh" ? json({ id: "1" }) : json({ message: "expired" }, 401)),
    ]);
    const client = testClient(fetch, {
      token: () => token,
      onAuthError: async () => {
        refreshes++;
        token = "fresh";
        return true;
      },
    });
    await expect(client.create("x")).resolves.toEqual({ id: "1" });
    expect(refreshes).toBe(1);
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer expired", "Bearer fresh"]);
  });

  it("refreshes at most once per request: a second 401 is thrown", async () => {
    let refreshes = 0;
    const { fetch, requests } = scriptedFetch([json({ message: "no" }, 401)]);
    const client = testClient(fetch, { onAuthError: () => (refreshes++, true) });
    await expect(client.get("1")).rejects.toBeInstanceOf(AuthenticationError);
    expect(refreshes).toBe(1);
    expect(requests).toHaveLength(2);
  });
});

describe("default fetch", () => {
  it("looks globalThis.fetch up at call time, so a fetch patched after creating the client is used", async () => {
    const { createClient } = await import("../src/index.js");
    const { raw, call } = createClient<import("./helpers.js").TestPaths>({ baseUrl: "https://api.test" });
    const original = globalThis.fetch;
    const { fetch, requests } = scriptedFetch([json({ items: ["late"] })]);
    globalThis.fetch = fetch;
    try {
      await expect(call((init) => raw.GET("/things", init))).resolves.toEqual({ items: ["late"] });
      expect(requests).toHaveLength(1);
    } finally {
      globalThis.fetch = original;
    }
  });
});
