import { describe, expect, it } from "vitest";
import { TimeoutError } from "../src/index.js";
import { json, scriptedFetch, testClient } from "./helpers.js";

/**
 * A fetch step that never answers until its request's signal aborts. The request is kept in a
 * module-level list, as a real transport keeps an in-flight request alive: undici's Request
 * follows its init signal through a weak reference, so an unreferenced request could be
 * garbage-collected mid-test and never see the abort.
 */
const inflight: Request[] = [];
const hang = (request: Request) => {
  inflight.push(request);
  return new Promise<Response>((_, reject) => request.signal.addEventListener("abort", () => reject(request.signal.reason)));
};

describe("timeouts", () => {
  it("raises TimeoutError when an attempt takes longer than timeoutMs", async () => {
    const { fetch, requests } = scriptedFetch([hang]);
    const error = await testClient(fetch, { timeoutMs: 50, maxRetries: 0 })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect(requests).toHaveLength(1);
  });

  it("gives each retry a fresh timer", async () => {
    const { fetch, requests } = scriptedFetch([hang, async () => new Promise((r) => setTimeout(() => r(json({ id: "1" })), 40))]);
    await expect(testClient(fetch, { timeoutMs: 60 }).get("1")).resolves.toEqual({ id: "1" });
    expect(requests).toHaveLength(2);
  });

  it("a per-call timeoutMs overrides the client's", async () => {
    const { fetch } = scriptedFetch([hang]);
    const error = await testClient(fetch, { timeoutMs: 60_000, maxRetries: 0 })
      .get("1", { timeoutMs: 30 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("the caller's signal aborts an attempt in flight with the caller's reason", async () => {
    const { fetch } = scriptedFetch([hang]);
    const controller = new AbortController();
    const pending = testClient(fetch).get("1", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("cancelled by user")), 20);
    await expect(pending).rejects.toThrow("cancelled by user");
  });

  it("hands a custom fetch the attempt's deadline as init.signal, once per attempt", async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init?.signal ?? undefined);
      const signal = init?.signal as AbortSignal;
      return new Promise<Response>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    }) as typeof globalThis.fetch;
    const error = await testClient(fetch, { timeoutMs: 30, maxRetries: 1 })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen.every((s) => s?.aborted && (s.reason as DOMException).name === "TimeoutError")).toBe(true);
  });

  it("a signal passed to a raw call aborts it too", async () => {
    const { fetch } = scriptedFetch([hang]);
    const controller = new AbortController();
    const pending = testClient(fetch).raw.GET("/things/{id}", { params: { path: { id: "1" } }, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("raw call cancelled")), 20);
    await expect(pending).rejects.toThrow("raw call cancelled");
  });
});
