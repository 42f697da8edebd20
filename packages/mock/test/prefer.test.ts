import { describe, expect, it, vi } from "vitest";
import { createMock } from "../src/index.js";
import { AUTH, errorSchemaRef, expectValid, findOp, responseSchemaRef, vendor } from "./helpers.js";

/** Tracks a promise's value as it settles, so a test can look at it between clock ticks. */
function settled<T>(promise: Promise<T>): { value: T | undefined } {
  const box: { value: T | undefined } = { value: undefined };
  void promise.then((value) => {
    box.value = value;
  });
  return box;
}

describe("Prefer: code and example", () => {
  it("code=404 answers the documented 404 and its example (Syscap)", async () => {
    const v = vendor("syscap");
    const res = await createMock(v.spec).handle({ method: "GET", url: "/prospects/abc", headers: { ...AUTH, prefer: "code=404" } });
    expect(res.status).toBe(404);
    expect(expectValid(v, responseSchemaRef(findOp(v, "GET", "/prospects/{id}"), 404), res)).toEqual({ error: "Not Found" });
  });

  it("code=401 answers Centia's documented 401 envelope", async () => {
    const v = vendor("centia");
    const res = await createMock(v.spec).handle({
      method: "POST",
      url: "/companies",
      headers: { ...AUTH, prefer: "code=401" },
      body: JSON.stringify({ method: "GetTypes", parameters: { profile_id: 1 } }),
    });
    expect(res.status).toBe(401);
    expect(expectValid(v, responseSchemaRef(findOp(v, "POST", "/companies"), 401), res)).toEqual({ success: false, error: "Invalid or expired token" });
  });

  it("an undocumented error status is answered in the vendor's error shape (Algebraix has no 404)", async () => {
    const v = vendor("algebraix");
    const res = await createMock(v.spec).handle({ method: "GET", url: "/prospects/WADFERF3", headers: { ...AUTH, prefer: "code=404" } });
    expect(res.status).toBe(404);
    expect(expectValid(v, errorSchemaRef(findOp(v, "GET", "/prospects/{prospect_id}"), 404), res).message).toBe("Not Found");
  });

  it("an undocumented success status is a mock error (500), not a guess", async () => {
    const res = await createMock(vendor("syscap").spec).handle({ method: "GET", url: "/prospects", headers: { ...AUTH, prefer: "code=202" } });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body as string).error).toMatch(/documents no 202/);
  });

  it("example=error picks Centia's failure example; a method picks its own example by default", async () => {
    const v = vendor("centia");
    const mock = createMock(v.spec);
    const body = JSON.stringify({ method: "GetIndustries", parameters: { profile_id: 1 } });
    const failure = await mock.handle({ method: "POST", url: "/companies", headers: { ...AUTH, prefer: "example=error" }, body });
    expect(failure.status).toBe(200);
    expect(expectValid(v, responseSchemaRef(findOp(v, "POST", "/companies"), 200), failure)).toEqual({ success: false, error: "Company not found" });
    const success = JSON.parse((await mock.handle({ method: "POST", url: "/companies", headers: AUTH, body })).body as string);
    expect(success).toEqual({ success: true, response: { industries: [{}] } });
  });

  it("an unknown example name is a mock error listing the known ones", async () => {
    const res = await createMock(vendor("centia").spec).handle({
      method: "POST",
      url: "/auth",
      headers: { ...AUTH, prefer: 'example="nope"' },
      body: JSON.stringify({ method: "Login", parameters: { email: "a@b.mx", password: "p" } }),
    });
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body as string).error).toMatch(/known: Login, error/);
  });

  it("validation comes first: an invalid request is rejected whatever it prefers", async () => {
    const res = await createMock(vendor("syscap").spec).handle({ method: "GET", url: "/prospects?page=x", headers: { ...AUTH, prefer: "code=404" } });
    expect(res.status).toBe(400);
  });

  it("a 204 has no body and no content-type", async () => {
    const res = await createMock(vendor("syscap").spec).handle({ method: "DELETE", url: "/prospects/abc", headers: AUTH });
    expect(res).toEqual({ status: 204, headers: {}, body: undefined });
  });

  it("ignores malformed and foreign preferences", async () => {
    const res = await createMock(vendor("syscap").spec).handle({
      method: "GET",
      url: "/prospects",
      headers: { ...AUTH, prefer: "return=minimal, code=abc, latency=-5, respond-async" },
    });
    expect(res.status).toBe(200);
  });
});

describe("faults", () => {
  // Fake timers: the delay is proved by the clock the mock waits on, not by wall time, so the
  // tests take no real time and cannot flake on a slow machine.
  it("Prefer: latency=<ms> delays the answer by that long", async () => {
    vi.useFakeTimers();
    try {
      const mock = createMock(vendor("leancore").spec);
      const answer = settled(
        mock.handle({ method: "GET", url: "/lead?ecosystem=fd3705e1-3149-4c41-bfe7-cf0bee79cfad", headers: { ...AUTH, prefer: "latency=80" } }),
      );
      await vi.advanceTimersByTimeAsync(79);
      expect(answer.value).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(answer.value?.status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("latency is capped by maxLatencyMs", async () => {
    vi.useFakeTimers();
    try {
      const mock = createMock(vendor("leancore").spec, { maxLatencyMs: 10 });
      const answer = settled(mock.handle({ method: "GET", url: "/lead", headers: { ...AUTH, prefer: "latency=60000" } }));
      await vi.advanceTimersByTimeAsync(10);
      expect(answer.value?.status).toBe(400); // answered after 10 ms, not 60 s (`ecosystem` is missing)
    } finally {
      vi.useRealTimers();
    }
  });

  it("Prefer: fault=reset asks the transport to drop the connection; mock.fetch rejects like fetch", async () => {
    const mock = createMock(vendor("syscap").spec);
    const res = await mock.handle({ method: "GET", url: "/prospects", headers: { ...AUTH, prefer: "fault=reset" } });
    expect(res.fault).toBe("reset");
    await expect(mock.fetch("https://api.syscap.example/prospects", { headers: { ...AUTH, prefer: "fault=reset" } })).rejects.toThrow(TypeError);
  });

  it("a fault policy can fail the first calls with 503 and Retry-After, then let them through", async () => {
    const v = vendor("syscap");
    const mock = createMock(v.spec, { faults: ({ count }) => (count <= 2 ? { status: 503, headers: { "retry-after": "1" } } : undefined) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await mock.handle({ method: "GET", url: "/prospects", headers: AUTH });
      statuses.push(res.status);
      if (res.status === 503) {
        expect(res.headers["retry-after"]).toBe("1");
        expectValid(v, errorSchemaRef(findOp(v, "GET", "/prospects"), 503), res);
      }
    }
    expect(statuses).toEqual([503, 503, 200, 200]);
    mock.reset();
    expect((await mock.handle({ method: "GET", url: "/prospects", headers: AUTH })).status).toBe(503);
  });

  it("a fault object applies to every request, and the policy sees the operation", async () => {
    const seen: (string | undefined)[] = [];
    const mock = createMock(vendor("envia").spec, {
      faults: (context) => {
        seen.push(context.operationId);
        return { latencyMs: 1 };
      },
    });
    await mock.handle({ method: "GET", url: "/clients/3", headers: AUTH });
    await mock.handle({ method: "GET", url: "/nowhere", headers: AUTH });
    expect(seen).toEqual(["getClient", undefined]);
    const fixed = createMock(vendor("envia").spec, { faults: { reset: true } });
    expect((await fixed.handle({ method: "GET", url: "/clients/3", headers: AUTH })).fault).toBe("reset");
  });
});

describe("mock.fetch", () => {
  it("honours the request's signal: an abort ends a call held by Prefer: latency, and its timer", async () => {
    vi.useFakeTimers();
    try {
      const mock = createMock(vendor("syscap").spec);
      const controller = new AbortController();
      const call = mock.fetch("https://api.syscap.example/prospects", { headers: { ...AUTH, prefer: "latency=30000" }, signal: controller.signal });
      const outcome = call.catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(100);
      expect(vi.getTimerCount()).toBe(1); // the injected latency
      controller.abort();
      expect(await outcome).toMatchObject({ name: "AbortError" });
      expect(vi.getTimerCount()).toBe(0); // nothing left waiting
    } finally {
      vi.useRealTimers();
    }
  });

  it("a client's timeout (AbortSignal.timeout) ends the call with its TimeoutError; an aborted signal never starts it", async () => {
    const mock = createMock(vendor("syscap").spec);
    const slow = { headers: { ...AUTH, prefer: "latency=30000" } };
    await expect(mock.fetch("https://api.syscap.example/prospects", { ...slow, signal: AbortSignal.timeout(20) })).rejects.toMatchObject({
      name: "TimeoutError",
    });
    await expect(mock.fetch("https://api.syscap.example/prospects", { headers: AUTH, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: "AbortError",
    });
    const request = new Request("https://api.syscap.example/prospects", { ...slow, signal: AbortSignal.timeout(20) });
    await expect(mock.handle({ method: "GET", url: request.url, headers: request.headers, signal: request.signal })).rejects.toMatchObject({
      name: "TimeoutError",
    });
  });

  it("answers a standard Request with a standard Response", async () => {
    const v = vendor("syscap");
    const mock = createMock(v.spec);
    const res = await mock.fetch("https://api.syscap.example/prospects", {
      method: "POST",
      headers: AUTH,
      body: JSON.stringify({ prospect: { name: "Ana", lastname: "López" } }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    const { valid } = v.validator.validate("#/components/schemas/ProspectResponse", await res.json());
    expect(valid).toBe(true);
    expect((await mock.fetch("/prospects/x", { method: "DELETE", headers: AUTH })).status).toBe(204);
  });
});
