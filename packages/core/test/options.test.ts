import { describe, expect, it } from "vitest";
import { createClient, InvalidOptionsError } from "../src/index.js";
import { json, scriptedFetch } from "./helpers.js";

const create = (options: Record<string, unknown>) => () => createClient({ baseUrl: "https://api.test", ...options });

/** Runs `make`, expects InvalidOptionsError, and returns its message (which must not repeat `secret`). */
function refused(make: () => unknown, secret?: string): string {
  let error: unknown;
  try {
    make();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(InvalidOptionsError);
  expect((error as Error).name).toBe("InvalidOptionsError");
  const message = (error as Error).message;
  if (secret) expect(message).not.toContain(secret);
  return message;
}

describe("baseUrl is checked when the client is created", () => {
  it.each([
    ["a scheme-less user:password@host", "user:s3cret-pw@127.0.0.1:4010", "s3cret-pw"],
    ["a scheme-less host:port", "localhost:4010", undefined],
    ["ftp:", "ftp://files.test", undefined],
    ["file:", "file:///etc/passwd", undefined],
    ["a scheme that only starts like https", "https+unix://api.test", undefined],
    ["a scheme that only ends like http", "shttp://api.test", undefined],
    ["not a URL", "not a url", undefined],
    ["an empty string", "", undefined],
  ])("refuses %s, naming http: and https:", (_, baseUrl, secret) => {
    expect(refused(create({ baseUrl }), secret)).toMatch(/baseUrl must be an absolute http: or https: URL/);
  });

  it("refuses credentials in the URL without repeating them", () => {
    expect(refused(create({ baseUrl: "https://ana:hunter2-pass@api.test" }), "hunter2-pass")).toMatch(/credentials/);
    expect(refused(create({ baseUrl: "https://only-user-CANARY@api.test" }), "only-user-CANARY")).toMatch(/credentials/);
  });

  it.each(["http://h.test?api_key=k-CANARY", "http://h.test/#frag", "http://h.test/api?"])("refuses a query or fragment (%s)", (baseUrl) => {
    expect(refused(create({ baseUrl }), "k-CANARY")).toMatch(/query or a fragment/);
  });

  it.each([" http://h.test", "http://h.test ", "\thttp://h.test\n"])("refuses surrounding whitespace (%j)", (baseUrl) => {
    expect(refused(create({ baseUrl }))).toMatch(/whitespace/);
  });

  it("is required, and says so", () => {
    expect(refused(() => createClient({}))).toMatch(/baseUrl is required/);
  });

  it("accepts http and https URLs with a path, and drops trailing slashes", async () => {
    const { fetch, requests } = scriptedFetch([json({ items: [] })]);
    const { raw, call } = createClient<import("./helpers.js").TestPaths>({ baseUrl: "HTTP://api.test/v2///", fetch });
    await call((init) => raw.GET("/things", init));
    expect(requests[0]?.url).toBe("http://api.test/v2/things");
  });
});

describe("token and headers are checked when the client is created", () => {
  it.each([
    ["CR/LF", "tok-CANARY\r\nX-Injected: 1"],
    ["a lone LF", "tok-CANARY\nx"],
    ["NUL", "tok-CANARY\0"],
  ])("refuses a static token containing %s, without repeating it", (_, token) => {
    expect(refused(create({ token }), "tok-CANARY")).toMatch(/^token must be/);
  });

  it("refuses an empty token and a token of the wrong type", () => {
    expect(refused(create({ token: "" }))).toMatch(/^token must be/);
    expect(refused(create({ token: 42 }))).toMatch(/^token must be/);
  });

  it("refuses a header value with CR or LF, naming the header but not the value", () => {
    const message = refused(create({ headers: { "X-Api-Key": "key-CANARY\r\nEvil: 1" } }), "key-CANARY");
    expect(message).toBe('headers: "X-Api-Key" contains CR, LF or NUL');
  });

  it("refuses a header name that is not a token", () => {
    expect(refused(create({ headers: { "Bad Header": "v" } }))).toBe('headers: "Bad Header" is not a valid header name');
  });

  it("refuses a fetch that is not a function", () => {
    expect(refused(create({ fetch: "https://x" }))).toMatch(/fetch must be a function/);
  });
});

describe("numbers are checked when the client is created", () => {
  it.each([
    ["timeoutMs", { timeoutMs: -1 }],
    ["timeoutMs", { timeoutMs: 1.5 }],
    ["timeoutMs", { timeoutMs: "100" }],
    ["maxRetries", { maxRetries: -2 }],
    ["maxRetries", { retry: { maxRetries: Number.NaN } }],
    ["retry.maxRetryAfterMs", { retry: { maxRetryAfterMs: -5 } }],
  ])("refuses a bad %s", (name, options) => {
    expect(refused(create(options))).toBe(`${name} must be a non-negative integer`);
  });

  it("accepts 0 for timeoutMs and maxRetries", () => {
    expect(create({ timeoutMs: 0, maxRetries: 0 })).not.toThrow();
  });
});
