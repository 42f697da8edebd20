import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  CrmSdkError,
  InternalServerError,
  InvalidOptionsError,
  InvalidParameterError,
  InvalidResponseError,
  isSdkError,
  NotFoundError,
  PermissionDeniedError,
  parseRetryAfter,
  RateLimitError,
  scopedError,
  TimeoutError,
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
    expect((error as Error).name).toBe(Class.name);
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
    expect(empty.message).toBe("404 from GET https://api.test/things/1");
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

  it("a 3xx that reaches the client is an ApiError, not an InvalidResponseError", async () => {
    const { fetch } = scriptedFetch([new Response("moved", { status: 300 })]);
    const error = await testClient(fetch)
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(InvalidResponseError);
    expect((error as ApiError).name).toBe("ApiError");
  });

  it.each([
    ["a string", '"oops"'],
    ["null", "null"],
    ["an object without a message", '{"code":7}'],
  ])("a JSON body that is %s gives a message from the raw text", async (_, raw) => {
    const { fetch } = scriptedFetch([new Response(raw, { status: 400 })]);
    const error = await testClient(fetch)
      .get("1")
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(`400 from GET https://api.test/things/1: ${raw}`);
  });

  it.each([
    [{ "retry-after": "7" }, 7000],
    [{ "retry-after": "1.25" }, 1250],
    [{ "retry-after": "10 seconds" }, undefined],
    [{ "retry-after": "x10" }, undefined],
    [{ "retry-after-ms": " 250 " }, 250],
    [{ "retry-after-ms": "0", "retry-after": "9" }, 0],
    [{ "retry-after": " 1.5 " }, 1500],
    [{ "retry-after-ms": "250" }, 250],
    [{ "retry-after-ms": "250", "retry-after": "9" }, 250],
    [{ "retry-after-ms": "", "retry-after": "2" }, 2000],
    [{ "retry-after": "soon" }, undefined],
    [{ "retry-after": "" }, undefined],
    [{ "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }, 0],
    [{}, undefined],
  ])("reads Retry-After %j as %s ms", async (headers, ms) => {
    const { fetch } = scriptedFetch([json({}, 429, headers)]);
    const error = (await testClient(fetch, { maxRetries: 0 })
      .list()
      .catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfter).toBe(ms);
  });

  it.each([
    ["a negative retry-after-ms", { "retry-after-ms": "-5" }, undefined],
    ["a retry-after-ms that is not a number", { "retry-after-ms": "soon" }, undefined],
    ["a bad retry-after-ms next to a good Retry-After", { "retry-after-ms": "-1", "retry-after": "2" }, 2_000],
    ["a Retry-After that is neither seconds nor a date", { "retry-after": "later" }, undefined],
  ])("ignores %s", (_, headers, ms) => {
    expect(parseRetryAfter(new Headers(headers))).toBe(ms);
  });

  it("reads Retry-After as an HTTP date in the future", () => {
    const headers = new Headers({ "retry-after": new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString() });
    expect(parseRetryAfter(headers, Date.UTC(2030, 0, 1))).toBe(30_000);
  });

  it.each(["apikey", "api_key", "api-key", "client_secret", "password"])("redacts a %s query parameter from the error's url", async (name) => {
    const { fetch } = scriptedFetch([new TypeError("fetch failed")]);
    const { raw } = testClient(fetch, { maxRetries: 0 });
    const error = await raw.GET("/things", { params: { query: { [name]: "qs-SECRET-888" } as never } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).url).toBe(`https://api.test/things?${name}=%5Bredacted%5D`);
    expect(String(error)).not.toContain("qs-SECRET-888");
  });

  it("strips credentials even from a url that does not parse", () => {
    const error = new NotFoundError({ status: 404, body: undefined, rawBody: "", method: "GET", url: "//user:pw-SECRET@host.test/p", headers: new Headers() });
    expect(error.url).toBe("//host.test/p");
    expect(error.message).not.toContain("pw-SECRET");
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

  it("a JSON view (toJSON) with the vendor's message and no headers or raw body", async () => {
    const { fetch } = scriptedFetch([json({ message: "Prospect not found" }, 404, { "set-cookie": "session=s-CANARY" })]);
    const error = await testClient(fetch, { maxRetries: 0 })
      .get("42")
      .catch((e: unknown) => e);
    const view = JSON.parse(JSON.stringify(error));
    expect(view).toEqual({
      name: "NotFoundError",
      message: "404 from GET https://api.test/things/42: Prospect not found",
      status: 404,
      method: "GET",
      url: "https://api.test/things/42",
      body: { message: "Prospect not found" },
    });
  });

  it.each([
    [{ message: "m" }, "m"],
    [{ error: "e" }, "e"],
    [{ detail: "d" }, "d"],
    [{ error_description: "ed" }, "ed"],
    [{ message: "", error: "second" }, "second"],
    [{ message: 42, error: "a string wins" }, "a string wins"],
  ])("puts the vendor's message in the error's message (%j)", async (body, text) => {
    const { fetch } = scriptedFetch([json(body, 400)]);
    const error = await testClient(fetch)
      .get("1")
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe(`400 from GET https://api.test/things/1: ${text}`);
  });

  it("falls back to the start of a body that is not JSON", async () => {
    const { fetch } = scriptedFetch([new Response(`oops ${"x".repeat(400)}`, { status: 418, statusText: "I'm a teapot" })]);
    const error = (await testClient(fetch)
      .get("1")
      .catch((e: unknown) => e)) as ApiError;
    expect(error.message.startsWith("418 I'm a teapot from GET https://api.test/things/1: oops xxx")).toBe(true);
    expect(error.message.length).toBeLessThan(300);
  });
});

describe("vendor-scoped error classes", () => {
  const init = { status: 404, body: undefined, rawBody: "", method: "GET", url: "https://x.test", headers: new Headers() };
  const SyscapNotFound = scopedError(NotFoundError, "syscap");
  const EnviaNotFound = scopedError(NotFoundError, "envia");
  const SyscapApiError = scopedError(ApiError, "syscap");

  it("match only their vendor's errors, while the generic class matches every vendor's", () => {
    const fromEnvia = new EnviaNotFound(init);
    const fromSyscap = ApiError.from({ ...init, vendor: "syscap" });
    expect(fromSyscap).toBeInstanceOf(SyscapNotFound);
    expect(fromSyscap).toBeInstanceOf(SyscapApiError);
    expect(fromEnvia).not.toBeInstanceOf(SyscapNotFound);
    expect(fromEnvia).not.toBeInstanceOf(SyscapApiError);
    for (const error of [fromEnvia, fromSyscap]) {
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toBeInstanceOf(ApiError);
    }
    expect(new SyscapNotFound({ ...init, vendor: "envia" }).vendor).toBe("syscap");
  });

  it("a scoped class does not match another status of its vendor", () => {
    expect(ApiError.from({ ...init, status: 400, vendor: "syscap" })).not.toBeInstanceOf(SyscapNotFound);
    expect({ vendor: "syscap" }).not.toBeInstanceOf(SyscapNotFound);
  });
});

describe("ConnectionError", () => {
  it.each([
    [
      "a Node system error (code on the error)",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }),
      "ECONNREFUSED connect ECONNREFUSED 127.0.0.1:1",
    ],
    ["undici's fetch failed (code on the cause)", Object.assign(new TypeError("fetch failed"), { cause: { code: "ENOTFOUND" } }), "ENOTFOUND fetch failed"],
    ["an error without a code", new TypeError("terminated"), ": terminated"],
  ])("names the cause: %s", async (_, cause, text) => {
    const { fetch } = scriptedFetch([cause]);
    const error = (await testClient(fetch, { maxRetries: 0 })
      .get("1")
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.name).toBe("ConnectionError");
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(`Connection error on GET https://api.test/things/1${text.startsWith(":") ? text : `: ${text}`}`);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: "ConnectionError", method: "GET", url: "https://api.test/things/1" });
  });

  it("a failure that is not an Error is still a ConnectionError, with a plain message", async () => {
    const fetch = () => Promise.reject("socket closed");
    const error = (await testClient(fetch, { maxRetries: 0 })
      .get("1")
      .catch((e: unknown) => e)) as ConnectionError;
    expect(error.message).toBe("Connection error on GET https://api.test/things/1");
  });
});

describe("error names and messages", () => {
  it("InvalidParameterError says where the value was and never repeats it", () => {
    expect(new InvalidParameterError("path", "id", "is required").message).toBe('path parameter "id" is required');
    expect(new InvalidParameterError("query", "q", "is bad").message).toBe('query parameter "q" is bad');
    expect(new InvalidParameterError("header", "X-Key", "contains CR, LF or NUL").message).toBe('header "X-Key" contains CR, LF or NUL');
    expect(new InvalidParameterError("path", "id", "x").name).toBe("InvalidParameterError");
  });

  it.each([
    [BadRequestError, "BadRequestError", 400],
    [AuthenticationError, "AuthenticationError", 401],
    [PermissionDeniedError, "PermissionDeniedError", 403],
    [NotFoundError, "NotFoundError", 404],
    [ConflictError, "ConflictError", 409],
    [UnprocessableEntityError, "UnprocessableEntityError", 422],
    [RateLimitError, "RateLimitError", 429],
    [InternalServerError, "InternalServerError", 502],
    [InvalidResponseError, "InvalidResponseError", 200],
  ])("%o is named %s, on the class and on what is thrown", async (Class, name, status) => {
    expect(Class.name).toBe(name);
    const { fetch } = scriptedFetch([status === 200 ? new Response("", { status }) : json({}, status)]);
    const error = await testClient(fetch, { maxRetries: 0 })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect((error as Error).name).toBe(name);
    expect(String(error).startsWith(`${name}: `)).toBe(true);
  });

  it("isSdkError is true for an SDK error from any copy of the package, false for anything else", () => {
    expect(isSdkError(new NotFoundError({ status: 404, body: undefined, rawBody: "", method: "GET", url: "https://x.test", headers: new Headers() }))).toBe(
      true,
    );
    expect(isSdkError(Object.create({ [Symbol.for("crm-sdk.error")]: true }))).toBe(true);
    for (const other of [null, undefined, "NotFoundError", 404, new Error("x"), {}]) expect(isSdkError(other)).toBe(false);
  });

  it("every class has its own name, and all are CrmSdkErrors", () => {
    expect(new CrmSdkError("x").name).toBe("CrmSdkError");
    expect(new InvalidOptionsError("x").name).toBe("InvalidOptionsError");
    expect(new TimeoutError("GET", "https://x.test", 5).name).toBe("TimeoutError");
    for (const e of [new InvalidOptionsError("x"), new TimeoutError("GET", "https://x.test", 5), new ConnectionError("GET", "https://x.test")]) {
      expect(e).toBeInstanceOf(CrmSdkError);
    }
  });
});
