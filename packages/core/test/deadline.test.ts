import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TimeoutError } from "../src/index.js";
import { json, testClient } from "./helpers.js";

/** A fetch that ignores its signal and never answers; it records the signal it was given. */
function silent() {
  const signals: (AbortSignal | undefined)[] = [];
  const fetch = (_request: Request, init?: RequestInit) => {
    signals.push(init?.signal ?? undefined);
    return new Promise<Response>(() => {});
  };
  return { fetch, signals };
}

// Windows are shared per time limit across clients, so each test uses a limit of its own.
describe("shared deadlines (fake clock)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fires no earlier than timeoutMs and at most 1 % later", async () => {
    const { fetch } = silent();
    const outcome = testClient(fetch, { timeoutMs: 20_000, maxRetries: 0 })
      .get("1")
      .then(
        () => "resolved",
        (e: unknown) => e,
      );
    await vi.advanceTimersByTimeAsync(19_999);
    expect(await Promise.race([outcome, Promise.resolve("pending")])).toBe("pending");
    await vi.advanceTimersByTimeAsync(201); // 20 000 + 1 %
    expect(await outcome).toBeInstanceOf(TimeoutError);
  });

  it("attempts that start within 1 % of the limit share a signal; later ones get a new one", async () => {
    const { fetch, signals } = silent();
    const client = testClient(fetch, { timeoutMs: 10_004, maxRetries: 0 });
    const calls = [client.get("1"), client.get("2")];
    await vi.advanceTimersByTimeAsync(101); // still inside the first window (10 004 + 101)
    calls.push(client.get("3"));
    await vi.advanceTimersByTimeAsync(1); // past it
    calls.push(client.get("4"));
    await vi.advanceTimersByTimeAsync(0);
    expect(signals[1]).toBe(signals[0]);
    expect(signals[2]).toBe(signals[0]);
    expect(signals[3]).not.toBe(signals[0]);
    for (const c of calls) c.catch(() => {});
  });

  it("a call that joins a window whose earlier attempts have all ended still times out", async () => {
    let answer = true;
    const fetch = (_request: Request) => (answer ? Promise.resolve(json({ id: "1" })) : new Promise<Response>(() => {}));
    const client = testClient(fetch, { timeoutMs: 10_005, maxRetries: 0 });
    await client.get("1"); // opens the window and leaves it empty
    answer = false;
    const outcome = client.get("2").catch((e: unknown) => e); // same window: it started within 1 % of the limit
    await vi.advanceTimersByTimeAsync(10_106);
    expect(await outcome).toBeInstanceOf(TimeoutError);
  });

  it("an attempt that ends in a replaced window leaves the window's other attempts their deadline", async () => {
    const answers: (() => void)[] = [];
    const fetch = () => new Promise<Response>((resolve) => answers.push(() => resolve(json({ id: "1" }))));
    const client = testClient(fetch, { timeoutMs: 10_006, maxRetries: 0 });
    const first = client.get("1");
    const second = client.get("2").catch((e: unknown) => e); // same window as the first
    await vi.advanceTimersByTimeAsync(500);
    const third = client.get("3").catch((e: unknown) => e); // a new window replaces theirs
    await vi.advanceTimersByTimeAsync(0);
    answers[0]?.(); // the first ends; the second is still in the old window
    await first;
    await vi.advanceTimersByTimeAsync(10_006 + 101 - 500);
    expect(await second).toBeInstanceOf(TimeoutError);
    await vi.advanceTimersByTimeAsync(500);
    expect(await third).toBeInstanceOf(TimeoutError);
  });

  it("a window holds at most 64 attempts", async () => {
    const { fetch, signals } = silent();
    const client = testClient(fetch, { timeoutMs: 10_001, maxRetries: 0 });
    const calls = Array.from({ length: 65 }, (_, i) => client.get(String(i)));
    await vi.advanceTimersByTimeAsync(0);
    expect(new Set(signals.slice(0, 64)).size).toBe(1);
    expect(signals[64]).not.toBe(signals[0]);
    for (const c of calls) c.catch(() => {});
  });

  it("settled calls leave no timers behind but the current window's", async () => {
    const fetch = async () => json({ id: "1" });
    const client = testClient(fetch, { timeoutMs: 10_002 });
    for (let i = 0; i < 200; i++) await client.get(String(i)); // four windows of 64
    expect(vi.getTimerCount()).toBe(1);
    await client.get("x", { timeoutMs: 5_002 }); // another limit, another window
    expect(vi.getTimerCount()).toBe(2);
  });

  it("a window whose attempts were still running when it was replaced is dropped when they end", async () => {
    const answers: ((r: Response) => void)[] = [];
    const fetch = () => new Promise<Response>((resolve) => answers.push(resolve));
    const client = testClient(fetch, { timeoutMs: 10_003 });
    const first = client.get("1");
    await vi.advanceTimersByTimeAsync(500); // the next call needs a new window
    const second = client.get("2");
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(2);
    for (const answer of answers) answer(json({ id: "1" }));
    await Promise.all([first, second]);
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe("listeners on the caller's signal", () => {
  it("are all removed once a call settles, after retries and waits too", async () => {
    const controller = new AbortController();
    let n = 0;
    const fetch = async () => (++n < 3 ? json({}, 503) : json({ id: "1" }));
    await testClient(fetch, { timeoutMs: 1_000, retry: { delayMs: () => 5 } }).get("1", { signal: controller.signal });
    expect(n).toBe(3);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    await testClient(fetch, { timeoutMs: 0 }).get("1", { signal: controller.signal });
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});
