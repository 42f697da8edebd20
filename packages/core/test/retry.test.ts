import { describe, expect, it } from "vitest";
import { ConnectionError, createClient, defaultDelayMs, InternalServerError, InvalidResponseError, RateLimitError } from "../src/index.js";
import { json, scriptedFetch, type TestPaths, testClient } from "./helpers.js";

const reset = () => Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });

describe("retries", () => {
  it("retries a GET after a 503 and returns the later success", async () => {
    const { fetch, requests } = scriptedFetch([json({}, 503), json({ id: "1" })]);
    await expect(testClient(fetch).get("1")).resolves.toEqual({ id: "1" });
    expect(requests).toHaveLength(2);
  });

  it("sends at most 1 + maxRetries attempts (default 2 retries) and then throws the last error", async () => {
    const { fetch, requests } = scriptedFetch([json({ message: "down" }, 500)]);
    await expect(testClient(fetch).get("1")).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(3);
  });

  it("retries connection errors and 408/429, not other 4xx", async () => {
    const a = scriptedFetch([reset(), json({}, 408), json({}, 429), json({ id: "1" })]);
    await expect(testClient(a.fetch, { maxRetries: 3 }).get("1")).resolves.toEqual({ id: "1" });
    expect(a.requests).toHaveLength(4);
    const b = scriptedFetch([json({}, 404)]);
    await expect(testClient(b.fetch).get("1")).rejects.toThrow();
    expect(b.requests).toHaveLength(1);
  });

  it("never sends a POST twice by default, even after a 503 or a reset", async () => {
    for (const first of [json({}, 503), reset()]) {
      const { fetch, requests } = scriptedFetch([first, json({ id: "new" }, 201)]);
      await expect(testClient(fetch).create("x")).rejects.toThrow();
      expect(requests).toHaveLength(1);
    }
  });

  it("a raw POST retried by policy is sent again with the same body", async () => {
    const { fetch, requests } = scriptedFetch([json({}, 503), json({}, 503), json({ id: "new" }, 201)]);
    const { raw } = testClient(fetch, { retry: { methods: ["POST"] } });
    const { data } = await raw.POST("/things", { body: { name: "Ada" } });
    expect(data).toEqual({ id: "new" });
    expect(await Promise.all(requests.map((r) => r.text()))).toEqual(['{"name":"Ada"}', '{"name":"Ada"}', '{"name":"Ada"}']);
  });

  it("retries a POST the caller marked idempotent, with the same body", async () => {
    const { fetch, requests } = scriptedFetch([json({}, 503), json({ id: "new" }, 201)]);
    await expect(testClient(fetch).create("x", { idempotent: true })).resolves.toEqual({ id: "new" });
    expect(requests).toHaveLength(2);
    expect(await requests[1]!.json()).toEqual({ name: "x" });
  });

  it("maxRetries: 0 (client or call) turns retries off", async () => {
    const a = scriptedFetch([json({}, 503)]);
    await expect(testClient(a.fetch, { maxRetries: 0 }).get("1")).rejects.toThrow();
    expect(a.requests).toHaveLength(1);
    const b = scriptedFetch([json({}, 503)]);
    await expect(testClient(b.fetch).get("1", { maxRetries: 0 })).rejects.toThrow();
    expect(b.requests).toHaveLength(1);
  });

  it("waits what Retry-After asks (not the backoff) before retrying", async () => {
    const waits: number[] = [];
    const logger = { debug() {}, info() {}, warn: (_: string, f: { retryInMs?: number }) => void (f.retryInMs !== undefined && waits.push(f.retryInMs)) };
    const { fetch, requests } = scriptedFetch([json({}, 429, { "retry-after-ms": "120" }), json({ id: "1" })]);
    const started = performance.now();
    await testClient(fetch, { logger, retry: { delayMs: () => 5_000 } }).get("1");
    expect(requests).toHaveLength(2);
    expect(waits).toEqual([120]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110); // a timer never fires early
  });

  it("asks delayMs for the wait of each retry by its number", async () => {
    const asked: number[] = [];
    const { fetch, requests } = scriptedFetch([json({}, 500)]);
    await expect(testClient(fetch, { maxRetries: 3, retry: { delayMs: (n) => (asked.push(n), 0) } }).get("1")).rejects.toBeInstanceOf(InternalServerError);
    expect(asked).toEqual([1, 2, 3]);
    expect(requests).toHaveLength(4);
  });

  it("retry.statusCodes (a list or a function) replaces the statuses retried", async () => {
    const a = scriptedFetch([json({}, 409), json({ id: "1" })]);
    await expect(testClient(a.fetch, { retry: { statusCodes: [409] } }).get("1")).resolves.toEqual({ id: "1" });
    const b = scriptedFetch([json({}, 503)]);
    await expect(testClient(b.fetch, { retry: { statusCodes: (s) => s === 409 } }).get("1")).rejects.toBeInstanceOf(InternalServerError);
    expect(b.requests).toHaveLength(1);
  });

  it("retry.methods says which methods are retried without `idempotent`", async () => {
    const a = scriptedFetch([json({}, 503), json({ id: "n" }, 201)]);
    await expect(testClient(a.fetch, { retry: { methods: ["post"] } }).create("x")).resolves.toEqual({ id: "n" });
    const b = scriptedFetch([json({}, 503)]);
    await expect(testClient(b.fetch, { retry: { methods: ["POST"] } }).get("1")).rejects.toBeInstanceOf(InternalServerError);
    expect(b.requests).toHaveLength(1);
  });

  it("waits a Retry-After exactly as long as the cap", async () => {
    const { fetch, requests } = scriptedFetch([json({}, 429, { "retry-after-ms": "30" }), json({ id: "1" })]);
    await expect(testClient(fetch, { retry: { maxRetryAfterMs: 30 } }).get("1")).resolves.toEqual({ id: "1" });
    expect(requests).toHaveLength(2);
  });

  it("retries GET, HEAD, PUT, DELETE and OPTIONS by default, but not POST or PATCH", async () => {
    for (const method of ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "POST", "PATCH"]) {
      const { fetch, requests } = scriptedFetch([json({}, 503), new Response(null, { status: 204 })]);
      const { raw, callVoid } = createClient<Record<string, never>>({ baseUrl: "https://api.test", fetch, retry: { delayMs: () => 0 } });
      const request = raw.request as unknown as (m: string, p: string, init: object) => Promise<{ response: Response }>;
      await callVoid((init) => request(method.toLowerCase(), "/things", init)).catch(() => {});
      expect([method, requests.length]).toEqual([method, ["POST", "PATCH"].includes(method) ? 1 : 2]);
    }
  });

  it("a token provider that fails is not retried", async () => {
    let asked = 0;
    const { fetch } = scriptedFetch([json({ id: "1" })]);
    const client = testClient(fetch, {
      token: () => {
        asked++;
        throw new Error("vault down");
      },
    });
    await expect(client.get("1")).rejects.toThrow("vault down");
    expect(asked).toBe(1);
  });

  it("a body that is not JSON is not retried", async () => {
    const { fetch, requests } = scriptedFetch([new Response("{", { status: 200 }), json({ id: "1" })]);
    await expect(testClient(fetch).get("1")).rejects.toBeInstanceOf(InvalidResponseError);
    expect(requests).toHaveLength(1);
  });

  it("a per-call maxRetries raises the client's", async () => {
    const { fetch, requests } = scriptedFetch([json({}, 503), json({}, 503), json({}, 503), json({ id: "1" })]);
    await expect(testClient(fetch, { maxRetries: 0 }).get("1", { maxRetries: 3 })).resolves.toEqual({ id: "1" });
    expect(requests).toHaveLength(4);
  });

  it("does not retry when Retry-After is longer than the cap, and reports it", async () => {
    const { fetch, requests } = scriptedFetch([json({}, 429, { "retry-after": "3600" })]);
    const error = (await testClient(fetch)
      .get("1")
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(3_600_000);
    expect(requests).toHaveLength(1);
  });

  it("stops waiting between retries as soon as the caller aborts", async () => {
    const { fetch, requests } = scriptedFetch([json({}, 503)]);
    const client = testClient(fetch, { retry: { delayMs: () => 10_000 } });
    const controller = new AbortController();
    const started = Date.now();
    const pending = client.get("1", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user gave up")), 50);
    await expect(pending).rejects.toThrow("user gave up");
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(requests).toHaveLength(1);
  });

  it("backs off exponentially with jitter by default", () => {
    for (let i = 0; i < 50; i++) {
      const delays = [1, 2, 3, 4, 5, 6].map((n) => defaultDelayMs(n));
      for (const [n, base] of [500, 1000, 2000, 4000, 8000, 8000].entries()) {
        expect(delays[n]).toBeGreaterThan(base * 0.75 - 1e-9);
        expect(delays[n]).toBeLessThanOrEqual(base);
      }
    }
    const spread = new Set(Array.from({ length: 20 }, () => defaultDelayMs(1)));
    expect(spread.size).toBeGreaterThan(1); // jitter
  });

  it("a connection error that persists becomes ConnectionError naming the method and URL", async () => {
    const { fetch, requests } = scriptedFetch([reset()]);
    const { raw } = createClient<TestPaths>({ baseUrl: "https://api.test", fetch, retry: { delayMs: () => 0 } });
    const error = await raw.GET("/things").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(String(error)).toContain("GET https://api.test/things");
    expect(String(error)).toContain("ECONNRESET");
    expect(requests).toHaveLength(3);
  });
});
