import { describe, expect, it } from "vitest";
import { bundleSpec, collectExamples, createSpecValidator, listOperations, readBundledSpec, resolvePointer, vendors } from "../src/index.js";

describe("spec-tools", () => {
  it("bundles a spec exactly as the committed openapi.json (the generator's input)", async () => {
    expect(await bundleSpec("leancore")).toEqual(readBundledSpec("leancore"));
  });

  it("lists every operation of every vendor with an operationId", () => {
    const counts = Object.fromEntries(vendors.map((v) => [v, listOperations(readBundledSpec(v)).length]));
    expect(counts).toEqual({ algebraix: 4, syscap: 6, leancore: 1, envia: 26, centia: 7 });
  });

  it("validates against the spec's own schemas, formats included", () => {
    const v = createSpecValidator(readBundledSpec("leancore"));
    expect(v.validate("#/paths/~1lead/get/parameters/0/schema", "fd3705e1-3149-4c41-bfe7-cf0bee79cfad").valid).toBe(true);
    const bad = v.validate("#/paths/~1lead/get/parameters/0/schema", "not-a-uuid");
    expect(bad.valid).toBe(false);
    expect(bad.errors[0]?.keyword).toBe("format");
  });

  it("collects media-type and parameter examples with the schema each must satisfy", () => {
    const examples = collectExamples(readBundledSpec("leancore"));
    expect(examples.map((e) => e.where)).toContain("#/paths/~1lead/get/responses/200/content/application~1json/example");
    expect(examples.map((e) => e.where)).toContain("#/paths/~1lead/get/parameters/0/example");
  });

  it("points path-level and operation-level parameter examples at where they are written", () => {
    const param = (name: string, example: string) => ({ name, in: "query", schema: { type: "string" }, example });
    const spec = {
      openapi: "3.1.0",
      paths: {
        "/things/{id}": {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" }, example: "t-1" }],
          get: { operationId: "getThing", parameters: [param("a", "A")], responses: {} },
          delete: { operationId: "deleteThing", parameters: [param("b", "B"), param("c", "C")], responses: {} },
        },
      },
    };
    const examples = collectExamples(spec);
    expect(examples.map((e) => e.where).sort()).toEqual([
      "#/paths/~1things~1{id}/delete/parameters/0/example",
      "#/paths/~1things~1{id}/delete/parameters/1/example",
      "#/paths/~1things~1{id}/get/parameters/0/example",
      "#/paths/~1things~1{id}/parameters/0/example",
    ]);
    for (const e of examples) {
      expect(resolvePointer(spec, e.where)).toBe(e.value);
      expect(resolvePointer(spec, e.schemaRef)).toEqual({ type: "string" });
    }
  });
});
