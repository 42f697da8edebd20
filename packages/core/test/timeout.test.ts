import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClient, TimeoutError } from "../src/index.js";
import { json, scriptedFetch, type TestPaths, testClient } from "./helpers.js";

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

/** A fetch that ignores its signal and answers after `ms`. */
const deaf =
  (ms: number, seen: (RequestInit | undefined)[] = []) =>
  (_request: Request, init?: RequestInit) => {
    seen.push(init);
    return new Promise<Response>((resolve) => setTimeout(() => resolve(json({ id: "late" })), ms));
  };

describe("timeouts", () => {
  it("raises TimeoutError, naming the limit, when an attempt takes longer than timeoutMs", async () => {
    const { fetch, requests } = scriptedFetch([hang]);
    const error = await testClient(fetch, { timeoutMs: 50, maxRetries: 0 })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, method: "GET", url: "https://api.test/things/1" });
    expect(String(error)).toContain("timed out after 50 ms");
    expect(requests).toHaveLength(1);
  });

  it("holds even when a custom fetch ignores the signal: the call rejects at the deadline", async () => {
    const started = Date.now();
    const error = await testClient(deaf(1_500), { timeoutMs: 100, maxRetries: 0 })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(1_400); // it did not wait for the fetch's answer
  });

  it("hands a custom fetch the deadline as init.signal, which aborts at the deadline", async () => {
    const seen: AbortSignal[] = [];
    const fetch = (_request: Request, init?: RequestInit) => {
      const signal = init?.signal as AbortSignal;
      seen.push(signal);
      return new Promise<Response>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    };
    const error = await testClient(fetch, { timeoutMs: 30, maxRetries: 1 })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]); // each attempt has a deadline of its own
    expect(seen.every((s) => s.aborted && (s.reason as DOMException).name === "TimeoutError")).toBe(true);
  });

  it("with a caller's signal too, a custom fetch's signal says why it was aborted: the deadline, or the caller's reason", async () => {
    const seen: AbortSignal[] = [];
    const fetch = (_request: Request, init?: RequestInit) => {
      const signal = init?.signal as AbortSignal;
      seen.push(signal);
      return new Promise<Response>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason)));
    };
    const client = testClient(fetch, { timeoutMs: 30, maxRetries: 0 });
    const timedOut = await client.get("1", { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(seen[0]?.reason).toMatchObject({ name: "TimeoutError", message: "The attempt timed out" });
    const controller = new AbortController();
    const reason = new Error("user left");
    const cancelled = client.get("2", { signal: controller.signal, timeoutMs: 5_000 });
    setTimeout(() => controller.abort(reason), 10);
    await expect(cancelled).rejects.toBe(reason);
    expect(seen[1]?.reason).toBe(reason);
  });

  it("gives each retry a fresh deadline", async () => {
    const { fetch, requests } = scriptedFetch([hang, json({ id: "1" })]);
    await expect(testClient(fetch, { timeoutMs: 200 }).get("1")).resolves.toEqual({ id: "1" });
    expect(requests).toHaveLength(2);
    expect(requests[1]?.signal.aborted).toBe(false);
  });

  it("a per-call timeoutMs overrides the client's", async () => {
    const { fetch } = scriptedFetch([hang]);
    const error = await testClient(fetch, { timeoutMs: 60_000, maxRetries: 0 })
      .get("1", { timeoutMs: 30 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 30 });
  });

  it("timeoutMs: 0 turns the deadline off: no signal is passed and a slow answer is awaited", async () => {
    const seen: (RequestInit | undefined)[] = [];
    await expect(testClient(deaf(80, seen), { timeoutMs: 0 }).get("1")).resolves.toEqual({ id: "late" });
    expect(seen).toEqual([undefined]);
  });

  it("calls started together share one deadline signal; a call's own signal gets a signal of its own", async () => {
    const seen: (AbortSignal | undefined)[] = [];
    const fetch = async (_request: Request, init?: RequestInit) => (seen.push(init?.signal ?? undefined), json({ id: "1" }));
    const client = testClient(fetch, { timeoutMs: 10_000 });
    await Promise.all([client.get("1"), client.get("2")]);
    const caller = new AbortController();
    await client.get("3", { signal: caller.signal });
    expect(seen[0]).toBeInstanceOf(AbortSignal);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[0]);
    expect(seen[2]).not.toBe(caller.signal); // it must also follow the deadline
  });
});

describe("the caller's signal", () => {
  it("aborts an attempt in flight with the caller's reason", async () => {
    const { fetch } = scriptedFetch([hang]);
    const controller = new AbortController();
    const pending = testClient(fetch).get("1", { signal: controller.signal });
    const reason = new Error("cancelled by user");
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
  });

  it("an aborted create rejects with the caller's reason, not a ConnectionError, and is sent once", async () => {
    const { fetch, requests } = scriptedFetch([hang]);
    const controller = new AbortController();
    const pending = testClient(fetch, { maxRetries: 3 }).create("ana", { signal: controller.signal });
    const reason = new Error("user closed the form");
    setTimeout(() => controller.abort(reason), 20);
    await expect(pending).rejects.toBe(reason);
    expect(requests).toHaveLength(1);
  });

  it("ends the call even when a custom fetch ignores it", async () => {
    const controller = new AbortController();
    const pending = testClient(deaf(1_500), { timeoutMs: 0 }).get("1", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user left")), 20);
    await expect(pending).rejects.toThrow("user left");
  });

  it("already aborted: the call rejects with its reason and nothing is sent", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    const reason = new Error("gave up before starting");
    await expect(testClient(fetch).get("1", { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(requests).toHaveLength(0);
  });

  it("a signal passed to a raw call aborts it too", async () => {
    const { fetch } = scriptedFetch([hang]);
    const controller = new AbortController();
    const pending = testClient(fetch).raw.GET("/things/{id}", { params: { path: { id: "1" } }, signal: controller.signal });
    setTimeout(() => controller.abort(new Error("raw call cancelled")), 20);
    await expect(pending).rejects.toThrow("raw call cancelled");
  });
});

describe("nothing outlives a call", () => {
  it("a process that made calls with the default 60 s deadline exits as soon as it is done", () => {
    const script = `
      const { createClient } = await import(${JSON.stringify(join(import.meta.dirname, "../dist/index.js"))});
      const fetch = async () => Response.json({ id: "1" });
      const { raw, call } = createClient({ baseUrl: "https://api.test", fetch });
      await call((init) => raw.GET("/things/{id}", { params: { path: { id: "1" } }, ...init }));
      await call((init) => raw.GET("/things/{id}", { params: { path: { id: "2" } }, ...init }), { signal: new AbortController().signal });
      console.log("done");`;
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 20_000 });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("done");
    expect(result.signal).toBeNull(); // not killed by the 20 s limit: the 60 s deadline did not hold it open
  });

  it("a call's options and signal are garbage once it settled, whatever its outcome", async () => {
    const gc = await exposeGc();
    const { fetch } = scriptedFetch([(r) => (r.url.endsWith("/ok") ? json({ id: "ok" }) : json({}, 404))]);
    const outcomes = [
      { id: "ok", client: testClient(fetch) },
      { id: "missing", client: testClient(fetch, { maxRetries: 0 }) },
      { id: "no-token", client: testClient(fetch, { token: () => Promise.reject(new Error("vault down")) }) },
      { id: "bad-token", client: testClient(fetch, { token: () => "a\r\nb" }) },
      { id: "", client: testClient(fetch) }, // refused before it is sent
    ];
    // The calls run in a function of their own, so that no local of this test holds their options.
    const refs: WeakRef<object>[] = [];
    const run = async ({ id, client }: (typeof outcomes)[number]) => {
      const options = { signal: new AbortController().signal, headers: { "x-trace": id } };
      refs.push(new WeakRef(options), new WeakRef(options.signal));
      await client.get(id, options).catch(() => undefined);
    };
    for (const outcome of outcomes) await run(outcome);
    for (let i = 0; i < 5 && refs.some((r) => r.deref()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      gc();
    }
    expect(refs.map((r, i) => (r.deref() ? i : -1)).filter((i) => i >= 0)).toEqual([]);
  });
});

async function exposeGc(): Promise<() => void> {
  const { setFlagsFromString } = await import("node:v8");
  const { runInNewContext } = await import("node:vm");
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

export type { TestPaths };

void createClient;
