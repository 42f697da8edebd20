import { describe, expect, it } from "vitest";
import { ApiPromise, createClient, InvalidParameterError, InvalidResponseError, NotFoundError } from "../src/index.js";
import { json, scriptedFetch, type TestPaths, testClient } from "./helpers.js";

describe("a 2xx must carry what the operation promises", () => {
  it.each([
    ["a 200 with an empty body", () => new Response("", { status: 200 })],
    ["a 200 with content-length: 0", () => new Response("", { status: 200, headers: { "content-length": "0" } })],
    ["a 204 on an operation that promises JSON", () => new Response(null, { status: 204 })],
  ])("%s is an InvalidResponseError, not undefined", async (_, answer) => {
    const { fetch } = scriptedFetch([answer()]);
    const error = await testClient(fetch)
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain("it is empty");
    expect((error as InvalidResponseError).rawBody).toBe("");
  });

  it("a 2xx whose body is not JSON is an InvalidResponseError keeping the raw text, never retried", async () => {
    const { fetch, requests } = scriptedFetch([new Response('{"items": ["a", ', { status: 200 })]);
    const error = (await testClient(fetch)
      .list()
      .catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.rawBody).toBe('{"items": ["a", ');
    expect(error.message).toBe("200 from GET https://api.test/things: the body is not the JSON the API promises (not JSON)");
    expect(requests).toHaveLength(1);
  });

  it("an operation without a response body resolves undefined, whatever comes", async () => {
    const { fetch } = scriptedFetch([new Response(null, { status: 204 }), json({ unexpected: true })]);
    const client = testClient(fetch);
    await expect(client.remove("1")).resolves.toBeUndefined();
    await expect(client.remove("2")).resolves.toBeUndefined();
  });

  it("a body whose shape the wrapper cannot read is an InvalidResponseError naming the problem", async () => {
    const { fetch } = scriptedFetch([json({ nothing: "here" })]);
    const { raw, call } = createClient<TestPaths>({ baseUrl: "https://api.test", fetch });
    const error = await call(
      (init) => raw.GET("/things", init),
      undefined,
      (body) => body.items.map((s) => s.toUpperCase()),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(String(error)).toContain("not what the API promises");
  });
});

describe("raw calls and wrapper calls resolve what they promise", () => {
  it("a raw call resolves openapi-fetch's data and response", async () => {
    const { fetch } = scriptedFetch([json({ items: ["a"] })]);
    const { data, response } = await testClient(fetch).raw.GET("/things");
    expect(data).toEqual({ items: ["a"] });
    expect(response.status).toBe(200);
  });

  it("a call without a body still gives its response", async () => {
    const { fetch } = scriptedFetch([new Response(null, { status: 204, headers: { "x-deleted": "1" } })]);
    const { data, response } = await testClient(fetch).remove("1").withResponse();
    expect(data).toBeUndefined();
    expect(response.headers.get("x-deleted")).toBe("1");
  });

  it("an SDK error thrown while picking the result propagates as it is", async () => {
    const { fetch } = scriptedFetch([json({ items: [] })]);
    const { raw, call } = createClient<TestPaths>({ baseUrl: "https://api.test", fetch });
    const refusal = new InvalidResponseError({
      status: 200,
      body: undefined,
      rawBody: "",
      method: "GET",
      url: "https://api.test",
      headers: new Headers(),
      message: "vendor says no",
    });
    const error = await call(
      (init) => raw.GET("/things", init),
      undefined,
      () => {
        throw refusal;
      },
    ).catch((e: unknown) => e);
    expect(error).toBe(refusal);
  });
});

describe("ApiPromise", () => {
  it("resolves the result, and withResponse() gives it with the response's status and headers", async () => {
    const { fetch } = scriptedFetch([json({ id: "1" }, 200, { "x-request-id": "req-7" })]);
    const pending = testClient(fetch).get("1");
    expect(pending).toBeInstanceOf(Promise);
    expect(pending).toBeInstanceOf(ApiPromise);
    const { data, response } = await pending.withResponse();
    expect(data).toEqual({ id: "1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-7");
    await expect(pending).resolves.toEqual({ id: "1" });
  });

  it("catch and finally work like a Promise's", async () => {
    const { fetch } = scriptedFetch([json({ message: "gone" }, 404)]);
    let settled = false;
    const caught = await testClient(fetch, { maxRetries: 0 })
      .get("1")
      .finally(() => {
        settled = true;
      })
      .catch((e: unknown) => e);
    expect(caught).toBeInstanceOf(NotFoundError);
    expect(settled).toBe(true);
    const again = await testClient(fetch, { maxRetries: 0 })
      .get("1")
      .catch((e: unknown) => (e as NotFoundError).status);
    expect(again).toBe(404);
  });

  it("a failed call used only through withResponse() leaves no unhandled rejection", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { fetch } = scriptedFetch([json({}, 404)]);
      await expect(testClient(fetch, { maxRetries: 0 }).get("1").withResponse()).rejects.toBeInstanceOf(NotFoundError);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe("parameters that cannot be sent are refused before anything is sent", () => {
  it.each([
    ["a lone surrogate", "\uD800", "is not valid Unicode"],
    ["an empty id", "", "is required"],
    [".", ".", 'cannot be "."'],
    ["..", "..", 'cannot be ".."'],
  ])("path: %s", async (_, id, problem) => {
    const { fetch, requests } = scriptedFetch([json({})]);
    const error = await testClient(fetch)
      .get(id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ in: "path", parameter: "id" });
    expect(String(error)).toContain(problem);
    expect(requests).toHaveLength(0);
  });

  it("path: a number is a valid value", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "42" })]);
    await testClient(fetch).get(42 as never);
    expect(new URL(requests[0]!.url).pathname).toBe("/things/42");
  });

  it.each([null, undefined])("path: %s is refused as missing", async (id) => {
    const { fetch } = scriptedFetch([json({})]);
    const error = await testClient(fetch)
      .get(id as never)
      .catch((e: unknown) => e);
    expect(String(error)).toContain('path parameter "id" is required');
  });

  it("path: a value that is neither a string nor a number", async () => {
    const { fetch } = scriptedFetch([json({})]);
    const error = await testClient(fetch)
      .get({ id: 1 } as never)
      .catch((e: unknown) => e);
    expect(String(error)).toContain("must be a string or a number, not object");
    const flag = await testClient(scriptedFetch([json({})]).fetch)
      .get(true as never)
      .catch((e: unknown) => e);
    expect((flag as Error).message).toBe('path parameter "id" must be a string or a number, not boolean');
  });

  it("query: openapi-fetch's own refusals pass through unchanged", async () => {
    const { fetch } = scriptedFetch([json({ items: [] })]);
    const { raw, call } = createClient<TestPaths>({ baseUrl: "https://api.test", fetch });
    const error = await call((init) => raw.GET("/things", { params: { query: { filter: { a: [{ b: 1 }] } } as never }, ...init })).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(InvalidParameterError);
    expect(String(error)).toContain("Deeply-nested");
  });

  it("query: a lone surrogate, naming the parameter", async () => {
    const { fetch, requests } = scriptedFetch([json({ items: [] })]);
    const { raw, call } = createClient<TestPaths>({ baseUrl: "https://api.test", fetch });
    const error = await call((init) => raw.GET("/things", { params: { query: { page: 1, q: "ok", name: "x\uDC00" } as never }, ...init })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ in: "query", parameter: "name" });
    expect((error as Error).message).toBe('query parameter "name" is not valid Unicode (a lone surrogate)');
    expect(requests).toHaveLength(0);
  });

  it("a per-call header with CR/LF, naming the header but not the value", async () => {
    const { fetch, requests } = scriptedFetch([json({})]);
    const error = await testClient(fetch)
      .get("1", { headers: { "X-Trace": "t-CANARY\r\nX-Evil: 1" } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "InvalidParameterError", in: "header", parameter: "X-Trace" });
    expect(String(error)).not.toContain("t-CANARY");
    expect(requests).toHaveLength(0);
  });
});
