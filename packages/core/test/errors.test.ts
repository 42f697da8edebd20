import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidOptionsError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../src/index.js";
import { json, scriptedFetch, testClient } from "./helpers.js";

describe("error mapping", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ])("a %i becomes %o with status, body, method and url", async (status, Class) => {
    const body = { statusCode: status, error: "Teapot", message: "vendor says no" };
    const { fetch } = scriptedFetch([json(body, status, { "x-request-id": "r1" })]);
    const error = await testClient(fetch, { maxRetries: 0 })
      .get("42")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(status);
    expect(e.body).toEqual(body);
    expect(e.method).toBe("GET");
    expect(e.url).toBe("https://api.test/things/42");
    expect(e.headers.get("x-request-id")).toBe("r1");
    expect(e.message).toContain("vendor says no");
  });

  it("keeps the raw text of an HTML 502 page from a proxy", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const { fetch } = scriptedFetch([new Response(html, { status: 502, headers: { "content-type": "text/html" } })]);
    const error = (await testClient(fetch, { maxRetries: 0 })
      .list()
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBeUndefined();
    expect(error.rawBody).toBe(html);
  });

  it("maps an empty error body and truncated error JSON without a SyntaxError", async () => {
    const { fetch } = scriptedFetch([new Response("", { status: 404 }), new Response('{"message": "trunc', { status: 400 })]);
    const client = testClient(fetch, { maxRetries: 0 });
    const empty = (await client.get("1").catch((e: unknown) => e)) as ApiError;
    expect(empty).toBeInstanceOf(NotFoundError);
    expect(empty.rawBody).toBe("");
    const truncated = (await client.get("1").catch((e: unknown) => e)) as ApiError;
    expect(truncated).toBeInstanceOf(BadRequestError);
    expect(truncated.rawBody).toBe('{"message": "trunc');
  });

  it("turns a 2xx whose body is not JSON into InvalidResponseError with the raw text", async () => {
    for (const headers of [{}, { "content-length": "17" }] as Record<string, string>[]) {
      const { fetch } = scriptedFetch([new Response('{"items": ["a", ', { status: 200, headers })]);
      const error = (await testClient(fetch)
        .list()
        .catch((e: unknown) => e)) as ApiError;
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect(error.status).toBe(200);
      expect(error.rawBody).toBe('{"items": ["a", ');
    }
  });

  it("reads Retry-After as seconds or as an HTTP date", async () => {
    const date = new Date(Date.now() + 30_000).toUTCString();
    const { fetch } = scriptedFetch([json({}, 429, { "retry-after": "7" }), json({}, 429, { "retry-after": date })]);
    const client = testClient(fetch, { maxRetries: 0 });
    expect(((await client.list().catch((e: unknown) => e)) as RateLimitError).retryAfter).toBe(7000);
    const fromDate = ((await client.list().catch((e: unknown) => e)) as RateLimitError).retryAfter ?? 0;
    expect(fromDate).toBeGreaterThan(25_000);
    expect(fromDate).toBeLessThanOrEqual(30_000);
  });

  it("never puts the token or a token-like query parameter into the error", async () => {
    const { fetch } = scriptedFetch([json({ message: "nope" }, 401)]);
    const { raw } = testClient(fetch, { maxRetries: 0 });
    const error = await raw.GET("/things", { params: { query: { page: 1, access_token: "qs-SECRET-777" } as never } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as ApiError).url).toBe("https://api.test/things?page=1&access_token=%5Bredacted%5D");
    for (const text of [String(error), JSON.stringify(error), (error as Error).stack ?? ""]) {
      expect(text).not.toContain("tok-CANARY-123456");
      expect(text).not.toContain("qs-SECRET-777");
    }
  });

  it("refuses a baseUrl with credentials in it, without repeating them", () => {
    const { fetch } = scriptedFetch([json({})]);
    expect(() => testClient(fetch, { baseUrl: "https://user:hunter2-pass@api.test" })).toThrow(InvalidOptionsError);
    try {
      testClient(fetch, { baseUrl: "https://user:hunter2-pass@api.test" });
    } catch (error) {
      expect(String(error)).not.toContain("hunter2-pass");
    }
  });
});
