// The fast check (compiled validators of the spec and of its strict copy, src/internals/strict.ts)
// lets a body skip the schema walk only when the walk would find nothing. Checked on every
// documented response example of the five vendors, as published and with a property no schema
// declares added to each object in it, and with each of its values replaced by one of another type.
import { describe, expect, it } from "vitest";
import { type OpenApiDocument, VENDORS } from "../src/index.js";
import { createSchemaChecker } from "../src/internals/ajv.js";
import { follow } from "../src/internals/json-pointer.js";
import { walkSchema } from "../src/internals/schema-walk.js";
import { vendorSpec } from "./helpers.js";

/** Every (schema, example) of the spec's JSON responses. */
function responseExamples(spec: OpenApiDocument): { where: string; schema: unknown; value: unknown }[] {
  const found: { where: string; schema: unknown; value: unknown }[] = [];
  for (const [path, item] of Object.entries<OpenApiDocument>(spec.paths)) {
    for (const [method, operation] of Object.entries<OpenApiDocument>(item)) {
      for (const [status, response] of Object.entries<OpenApiDocument>(operation?.responses ?? {})) {
        const media = follow(spec, response).content?.["application/json"];
        if (!media?.schema) continue;
        const values = media.examples ? Object.values<OpenApiDocument>(media.examples).map((e) => follow(spec, e).value) : [media.example];
        for (const value of values) if (value !== undefined) found.push({ where: `${method} ${path} ${status}`, schema: media.schema, value });
      }
    }
  }
  return found;
}

/** Copies of `value`, each changed at one place: an undeclared property added to an object, or a value given another type. */
function variants(value: unknown): unknown[] {
  const out: unknown[] = [];
  const at = (node: unknown, rebuild: (replacement: unknown) => unknown) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        at(item, (r) => rebuild(node.map((x, j) => (j === i ? r : x))));
      });
    } else if (node !== null && typeof node === "object") {
      out.push(rebuild({ ...node, zz_undeclared: 1 }));
      for (const [key, child] of Object.entries(node)) at(child, (r) => rebuild({ ...node, [key]: r }));
    }
    if (typeof node === "string") out.push(rebuild(12345));
    else if (typeof node === "number" || typeof node === "boolean") out.push(rebuild("a string"));
  };
  at(value, (r) => r);
  return out;
}

describe.each(VENDORS)("%s: the fast check agrees with the schema walk", (vendor) => {
  it("on each response example and each variant of it", () => {
    const spec = vendorSpec(vendor);
    const checker = createSchemaChecker(spec);
    const examples = responseExamples(spec);
    expect(examples.length).toBeGreaterThan(0);
    let compared = 0;
    for (const { where, schema, value } of examples) {
      for (const body of [value, ...variants(value)]) {
        const walkFinds = walkSchema(spec, checker, schema, body).length > 0;
        // clean => the walk finds nothing; and where the walk finds nothing, the check is clean too (no slow path for nothing)
        expect(checker.clean(schema, body), `${where}: ${JSON.stringify(body).slice(0, 200)}`).toBe(!walkFinds);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(examples.length);
  });
});
