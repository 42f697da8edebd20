import { describe, expect, it } from "vitest";
import { AuthenticationError, createClient, InternalServerError, InvalidParameterError, PermissionDeniedError } from "../src/index.js";
import { json, scriptedFetch, type TestPaths, testClient } from "./helpers.js";

const authOf = (requests: Request[]) => requests.map((r) => r.headers.get("authorization"));

describe("auth", () => {
  it("sends a static token as a bearer header", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    await testClient(fetch, { token: "static-tok" }).get("1");
    expect(authOf(requests)).toEqual(["Bearer static-tok"]);
  });

  it("sends no Authorization header without a token", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    await testClient(fetch, { token: undefined }).get("1");
    expect(requests[0]?.headers.has("authorization")).toBe(false);
  });

  it("calls a token provider (sync or async) for every attempt", async () => {
    let n = 0;
    const { fetch, requests } = scriptedFetch([json({}, 503), json({ id: "1" })]);
    const client = testClient(fetch, { token: () => `tok-${++n}` });
    await client.get("1");
    await testClient(fetch, { token: async () => `async-${++n}` }).get("2");
    expect(authOf(requests)).toEqual(["Bearer tok-1", "Bearer tok-2", "Bearer async-3"]);
  });

  it("sends no header when the provider returns undefined (never `Bearer undefined`)", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    await testClient(fetch, { token: () => undefined }).get("1");
    expect(requests[0]?.headers.has("authorization")).toBe(false);
  });

  it.each([
    ["CR/LF", "tok-CANARY\r\nX-Evil: 1"],
    ["an empty string", ""],
    ["a number", 42],
  ])("refuses a provider's token with %s before sending, naming the header but not the value", async (_, value) => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    const error = await testClient(fetch, { token: () => value as string })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ in: "header", parameter: "Authorization" });
    expect((error as Error).message).toBe('header "Authorization" from the token provider must be a non-empty string without CR, LF or NUL');
    expect(String(error)).not.toContain("tok-CANARY");
    expect(requests).toHaveLength(0);
  });

  it("a provider that throws rejects the call with its error, and nothing is sent", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    const failure = new Error("vault unreachable");
    await expect(
      testClient(fetch, {
        token: () => {
          throw failure;
        },
      }).get("1"),
    ).rejects.toBe(failure);
    expect(requests).toHaveLength(0);
  });

  it("raw calls carry the token too (static or from a provider), unless the call sets its own", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    await testClient(fetch, { token: "static-tok" }).raw.GET("/things/{id}", { params: { path: { id: "1" } } });
    await testClient(fetch, { token: async () => "provided-tok" }).raw.GET("/things/{id}", { params: { path: { id: "1" } } });
    await testClient(fetch, { token: "static-tok" }).raw.GET("/things/{id}", { params: { path: { id: "1" } }, headers: { authorization: "Basic b3du" } });
    await testClient(fetch, { token: () => undefined }).raw.GET("/things/{id}", { params: { path: { id: "1" } } });
    expect(authOf(requests)).toEqual(["Bearer static-tok", "Bearer provided-tok", "Basic b3du", null]);
  });

  it("per-call headers keep the token unless one of them is Authorization (in any case)", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    const client = testClient(fetch, { token: "client-tok" });
    await client.get("1", { headers: { "X-Trace": "t1" } });
    await client.get("1", { headers: { "X-Trace": "t2", authorization: "Basic b3du" } });
    expect(authOf(requests)).toEqual(["Bearer client-tok", "Basic b3du"]);
    expect(requests.map((r) => r.headers.get("x-trace"))).toEqual(["t1", "t2"]);
  });

  it("keeps an Authorization header the caller set for one call", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    await testClient(fetch, { token: "client-tok" }).get("1", { headers: { Authorization: "Basic dXNlcjpwdw==" } });
    expect(authOf(requests)).toEqual(["Basic dXNlcjpwdw=="]);
  });

  it("after a 401, onAuthError learns which token was refused, and the request is sent once more with the current one", async () => {
    let token = "expired";
    const refused: (string | undefined)[] = [];
    const { fetch, requests } = scriptedFetch([
      (r) => (r.headers.get("authorization") === "Bearer fresh" ? json({ id: "1" }, 201) : json({ message: "expired" }, 401)),
    ]);
    const client = testClient(fetch, {
      token: () => token,
      onAuthError: async ({ token: sent }) => {
        refused.push(sent);
        token = "fresh";
        return true;
      },
    });
    await expect(client.create("x")).resolves.toEqual({ id: "1" });
    expect(refused).toEqual(["expired"]);
    expect(authOf(requests)).toEqual(["Bearer expired", "Bearer fresh"]);
  });

  it("resends at most once per call: a second 401 is thrown", async () => {
    let refreshes = 0;
    const { fetch, requests } = scriptedFetch([json({ message: "no" }, 401)]);
    const client = testClient(fetch, { onAuthError: () => (refreshes++, true) });
    await expect(client.get("1")).rejects.toBeInstanceOf(AuthenticationError);
    expect(refreshes).toBe(1);
    expect(requests).toHaveLength(2);
  });

  it("when onAuthError declines, the 401 is thrown at once", async () => {
    const { fetch, requests } = scriptedFetch([json({ message: "no" }, 401)]);
    await expect(testClient(fetch, { onAuthError: () => false }).get("1")).rejects.toBeInstanceOf(AuthenticationError);
    expect(requests).toHaveLength(1);
  });

  it("onAuthError is not called for other statuses (403, 503)", async () => {
    let calls = 0;
    const onAuthError = () => (calls++, true);
    const a = scriptedFetch([json({}, 403)]);
    await expect(testClient(a.fetch, { onAuthError }).get("1")).rejects.toBeInstanceOf(PermissionDeniedError);
    const b = scriptedFetch([json({}, 503)]);
    await expect(testClient(b.fetch, { onAuthError, maxRetries: 0 }).get("1")).rejects.toBeInstanceOf(InternalServerError);
    expect(calls).toBe(0);
  });

  it("a vendor can say which errors mean refused credentials (isAuthError)", async () => {
    let calls = 0;
    const { fetch } = scriptedFetch([json({ message: "token expired" }, 400), json({ id: "1" })]);
    const { raw, call } = createClient<TestPaths>(
      { baseUrl: "https://api.test", fetch, token: "t", onAuthError: () => (calls++, true) },
      { isAuthError: (e) => e.status === 400 && /token/.test(e.message) },
    );
    await expect(call((init) => raw.GET("/things/{id}", { params: { path: { id: "1" } }, ...init }))).resolves.toEqual({ id: "1" });
    expect(calls).toBe(1);
  });
});

describe("default fetch", () => {
  it("looks globalThis.fetch up at call time, so a fetch patched after creating the client is used", async () => {
    const { raw, call } = createClient<TestPaths>({ baseUrl: "https://api.test" });
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
