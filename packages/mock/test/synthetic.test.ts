// Features no vendor spec exercises yet, on a small hand-written spec.
import { describe, expect, it } from "vitest";
import { createMock, MockOptionsError, MockSpecError } from "../src/index.js";

const spec = {
  openapi: "3.1.0",
  info: { title: "Things", version: "1" },
  servers: [{ url: "https://things.test/{stage}/v1", variables: { stage: { default: "prod" } } }],
  security: [{ key: [] }],
  components: {
    securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Api-Key" } },
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "integer" }, name: { type: "string" }, tags: { type: "array", items: { type: "string" } } },
      },
    },
  },
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        parameters: [
          { name: "X-Request-Id", in: "header", required: true, schema: { type: "string", minLength: 3 } },
          { name: "ids", in: "query", schema: { type: "array", items: { type: "integer" } } },
          { name: "tags", in: "query", explode: false, schema: { type: "array", items: { type: "string" }, maxItems: 2 } },
          { name: "offset", in: "query", schema: { type: "integer", minimum: 0 } },
          { name: "limit", in: "query", schema: { type: "integer" } },
        ],
        responses: {
          "2XX": {
            description: "ok",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["items", "total"],
                  properties: { items: { type: "array", items: { $ref: "#/components/schemas/Thing" } }, total: { type: "integer" } },
                },
              },
            },
          },
        },
      },
      post: {
        operationId: "createThing",
        security: [{}],
        requestBody: {
          required: true,
          content: { "application/json": { schema: { type: "object", required: ["name"], properties: { name: { type: "string" } } } } },
        },
        responses: { "201": { description: "created", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
      },
    },
    "/things/{thingId}": {
      parameters: [{ name: "thingId", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
      get: {
        operationId: "getThing",
        responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } } },
      },
      delete: { operationId: "deleteThing", responses: { "204": { description: "gone" } } },
    },
  },
};

const KEY = { "x-api-key": "k", "x-request-id": "req-1" };

describe("a hand-written spec", () => {
  const mock = createMock(spec);

  it("requires declared headers and the apiKey scheme", async () => {
    const noKey = await mock.handle({ method: "GET", url: "/things", headers: { "x-request-id": "req-1" } });
    expect(noKey.status).toBe(401);
    expect(JSON.parse(noKey.body as string).violations).toEqual([{ in: "header", pointer: "/X-Api-Key", message: "is required (API key)" }]);
    const noHeader = await mock.handle({ method: "GET", url: "/things", headers: { "x-api-key": "k", "x-request-id": "r" } });
    expect(noHeader.status).toBe(400);
    expect(JSON.parse(noHeader.body as string).violations.map((v: { pointer: string }) => v.pointer)).toEqual(["/x-request-id"]);
  });

  it("coerces exploded and comma-separated array parameters", async () => {
    expect((await mock.handle({ method: "GET", url: "/things?ids=1&ids=2&tags=a,b", headers: KEY })).status).toBe(200);
    const bad = await mock.handle({ method: "GET", url: "/things?ids=1&ids=two&tags=a,b,c", headers: KEY });
    expect(JSON.parse(bad.body as string).violations.map((v: { pointer: string }) => v.pointer)).toEqual(["/ids/1", "/tags"]);
  });

  it("answers a 2XX range as 200, with a value sampled from the schema when there is no example", async () => {
    const res = await mock.handle({ method: "GET", url: "/prod/v1/things", headers: KEY });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body as string)).toEqual({ items: [], total: 0 });
  });

  it("lets an operation opt out of security with an empty requirement", async () => {
    const res = await mock.handle({ method: "POST", url: "/things", headers: { "content-type": "application/json; charset=utf-8" }, body: '{"name":"a"}' });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body as string)).toEqual({ id: 0, name: "x".repeat(6) });
  });

  it("keeps integer-id records with offset/limit paging and a total count", async () => {
    const state = createMock(spec, { stateful: true });
    const ids: number[] = [];
    for (const name of ["a", "b", "c"]) {
      const res = await state.handle({ method: "POST", url: "/things", headers: { "content-type": "application/json" }, body: JSON.stringify({ name }) });
      ids.push(JSON.parse(res.body as string).id);
    }
    expect(ids).toEqual([1, 2, 3]);
    const page = JSON.parse((await state.handle({ method: "GET", url: "/things?offset=1&limit=1", headers: KEY })).body as string);
    expect(page).toEqual({ items: [{ id: 2, name: "b" }], total: 3 });
    expect((await state.handle({ method: "DELETE", url: "/things/2", headers: KEY })).status).toBe(204);
    expect((await state.handle({ method: "GET", url: "/things/2", headers: KEY })).status).toBe(404);
    expect((await state.handle({ method: "GET", url: "/things/0", headers: KEY })).status).toBe(400);
  });

  it("reads the error format from the spec, or takes it from the options", async () => {
    expect(mock.errorFormat).toBe("default");
    const boom = createMock(spec, { errorFormat: "boom" });
    expect(JSON.parse((await boom.handle({ method: "GET", url: "/nope" })).body as string)).toMatchObject({ statusCode: 404, error: "Not Found" });
    const rpc = createMock(spec, { errorFormat: "rpc" });
    expect(JSON.parse((await rpc.handle({ method: "GET", url: "/nope" })).body as string)).toMatchObject({ success: false });
  });

  it("rejects bad options and documents that are no spec at set-up time", () => {
    expect(() => createMock(spec, { maxBodyBytes: -1 })).toThrow(MockOptionsError);
    expect(() => createMock(spec, { errorFormat: "xml" as never })).toThrow(MockOptionsError);
    expect(() => createMock(spec, { basePath: "api" })).toThrow(MockOptionsError);
    expect(() => createMock({ openapi: "3.1.0" })).toThrow(MockSpecError);
  });
});
