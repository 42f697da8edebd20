// How entries find their operation: by method and path template, wherever the API is mounted,
// literal segments first; and how findings are located inside bodies.
import { describe, expect, it } from "vitest";
import { findDrift, type OpenApiDocument, parseHar } from "../src/index.js";
import { har, harEntry } from "./har-builder.js";
import { fixtureSpec, prospect, UUID } from "./helpers.js";

const run = (entries: Record<string, unknown>[], spec: OpenApiDocument = fixtureSpec, values = false) =>
  findDrift(spec, parseHar(JSON.stringify(har(entries)), "t.har"), { values });
const list = (items: unknown[]) => JSON.stringify({ data: items, meta: { count: items.length } });

describe("matching entries to operations", () => {
  it("matches under the server's base path, at the root and behind a proxy prefix", () => {
    const urls = [
      `https://crm.example/api/v1/prospects/${UUID[0]}`,
      `http://127.0.0.1:4010/prospects/${UUID[0]}`,
      `https://gw.example/proxy/crm/prospects/${UUID[0]}/`,
    ];
    const report = run(urls.map((url) => harEntry({ method: "GET", url, status: 200, responseBody: JSON.stringify({ data: prospect(0) }) })));
    expect(report.findings).toEqual([]);
    expect(report.operations).toEqual([{ operationId: "getProspect", method: "GET", path: "/prospects/{id}", requests: 3, statuses: { "200": 3 } }]);
  });

  it("prefers a literal segment to a {param} (`/prospects/search` is not a prospect id)", () => {
    const report = run([harEntry({ method: "GET", url: "http://127.0.0.1:4010/prospects/search?q=x", status: 200, responseBody: list([prospect(0)]) })]);
    expect(report.operations.map((o) => o.operationId)).toEqual(["searchProspects"]);
    expect(report.findings).toEqual([]);
  });

  it("says which methods a path has when the entry's method is not one of them", () => {
    const report = run([harEntry({ method: "PATCH", url: `http://127.0.0.1:4010/prospects/${UUID[0]}`, status: 200, responseBody: "{}" })]);
    expect(report.findings.map((f) => [f.operationId, f.kind, f.suggestion])).toEqual([
      [
        null,
        "unknown-operation",
        `no PATCH operation at /prospects/{id} (the spec has GET, DELETE): PATCH 127.0.0.1:4010/prospects/${UUID[0]} (1 entry): document it in the spec, or leave it out of the HAR`,
      ],
    ]);
  });

  it("validates path parameters against their schema", () => {
    const report = run([
      harEntry({ method: "GET", url: "http://127.0.0.1:4010/prospects/not-a-uuid", status: 404, responseBody: JSON.stringify({ message: "no" }) }),
    ]);
    expect(report.findings.map((f) => [f.kind, f.pointer])).toEqual([["invalid-request", "/path/id"]]);
  });

  it("never lets a template of parameters only claim a URL under an unknown prefix", () => {
    const spec: OpenApiDocument = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/{slug}": { get: { operationId: "page", responses: { "200": { description: "ok" } } } } },
    };
    const report = run(
      [
        harEntry({ method: "GET", url: "https://x.example/about", status: 200, responseBody: "" }),
        harEntry({ method: "GET", url: "https://x.example/static/app.js", status: 200, responseBody: "" }),
      ],
      spec,
    );
    expect(report.operations.map((o) => [o.operationId, o.requests])).toEqual([["page", 1]]);
    expect(report.findings.map((f) => f.kind)).toEqual(["unknown-operation"]);
  });
});

describe("locating findings in bodies", () => {
  it("generalises array indexes and map keys to `*`, and counts an entry once however many items show it", () => {
    const items = [prospect(0, { tags: ["a", 1] }), prospect(1, { tags: [2], custom: { a: "x", b: 3 } })];
    const report = run([harEntry({ method: "GET", url: "http://h/prospects", status: 200, responseBody: list(items) })]);
    expect(report.findings.map((f) => [f.kind, f.pointer, f.count])).toEqual([
      ["type-mismatch", "/data/*/custom/*", 1],
      ["type-mismatch", "/data/*/tags/*", 1],
    ]);
  });

  it("does not report keys of a free-form object (no properties declared), but does report them on a declared one", () => {
    const report = run([
      harEntry({
        method: "GET",
        url: `http://h/prospects/${UUID[0]}`,
        status: 200,
        responseBody: JSON.stringify({ data: prospect(0, { extra: { whatever: 1 }, investment: { amount: "1", currency: "MXN", rate: 0.1 } }) }),
      }),
    ]);
    expect(report.findings.map((f) => [f.kind, f.pointer, f.suggestion])).toEqual([
      ["undeclared-property", "/data/investment/rate", "declare `rate` (number) on Money (present in 1 of 1 response)"],
    ]);
  });

  it("reports a wrong type alone, not also the enum or the properties inside it", () => {
    const report = run([
      harEntry({
        method: "GET",
        url: `http://h/prospects/${UUID[0]}`,
        status: 200,
        responseBody: JSON.stringify({ data: prospect(0, { status: null, investment: "15000" }) }),
      }),
    ]);
    expect(report.findings.map((f) => [f.kind, f.pointer])).toEqual([
      ["unexpected-null", "/data/status"],
      ["type-mismatch", "/data/investment"],
    ]);
  });

  it("follows the branch a oneOf value meant (discriminator, const, closest), not every branch", () => {
    const spec: OpenApiDocument = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/events": {
          get: {
            operationId: "listEvents",
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/Event" } } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Event: {
            oneOf: [{ $ref: "#/components/schemas/Call" }, { $ref: "#/components/schemas/Mail" }],
            discriminator: { propertyName: "kind", mapping: { call: "#/components/schemas/Call", mail: "#/components/schemas/Mail" } },
          },
          Call: { type: "object", required: ["kind", "minutes"], properties: { kind: { const: "call" }, minutes: { type: "integer" } } },
          Mail: { type: "object", required: ["kind", "subject"], properties: { kind: { const: "mail" }, subject: { type: "string" } } },
        },
      },
    };
    const body = [{ kind: "call", minutes: 3 }, { kind: "mail" }, { kind: "call", minutes: "3", note: "x" }];
    const report = run([harEntry({ method: "GET", url: "http://h/events", status: 200, responseBody: JSON.stringify(body) })], spec);
    expect(report.findings.map((f) => [f.kind, f.pointer, f.suggestion])).toEqual([
      ["missing-required", "/*/subject", "make `subject` optional on Mail (absent in 1 of 1 response)"],
      ["type-mismatch", "/*/minutes", "change the type of `minutes` on Call from integer to string, or add string to it (string in 1 of 1 response)"],
      ["undeclared-property", "/*/note", "declare `note` (string) on Call (present in 1 of 1 response)"],
    ]);
  });
});
