#!/usr/bin/env node
// Counts, per vendor, the response properties a spec declares and how many of them are required:
// the measure of the response-schema policy in CONTRIBUTING.md ("a response field is required only
// where the docs guarantee it").
//
//   node scripts/count-required.mjs [vendor ...] [--list]
//
// A property is counted once per schema object that declares it (a shared component used by five
// operations counts once), for every schema reachable from a response body through `$ref`,
// `properties`, `items`, `additionalProperties`, `allOf`/`anyOf`/`oneOf` and `if`/`then`/`else`.
// `--list` prints each required property as `Schema.property` (the table in specs/NOTES.md).
// The second column counts every `properties` object anywhere in the spec, request bodies
// included: the measure issue 12 quoted ("Syscap marks 132 of 166 properties required").
import { pathToFileURL } from "node:url";
import { vendors as allVendors, bundleSpec, HTTP_METHODS, resolvePointer } from "../packages/spec-tools/src/index.js";

/**
 * Every schema object reachable from a response body, once each, with a readable name
 * (`Prospect`, `Prospect.promoter`, `ProspectList.data[]`). The walk follows `$ref`, `properties`,
 * `items`, object `additionalProperties`, `allOf`/`anyOf`/`oneOf` and `if`/`then`/`else`.
 */
export function responseSchemas(spec) {
  const found = [];
  const seen = new Set();
  const visit = (node, name) => {
    if (node == null || typeof node !== "object") return;
    if (node.$ref) return visit(resolvePointer(spec, node.$ref), node.$ref.split("/").at(-1));
    if (seen.has(node)) return;
    seen.add(node);
    found.push({ name, schema: node });
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, `${name}.${key}`);
    visit(node.items, `${name}[]`);
    if (typeof node.additionalProperties === "object") visit(node.additionalProperties, `${name}{}`);
    for (const k of ["allOf", "anyOf", "oneOf"]) for (const child of node[k] ?? []) visit(child, name);
    for (const k of ["if", "then", "else"]) visit(node[k], name);
  };
  for (const item of Object.values(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      for (const [status, response] of Object.entries(item[method]?.responses ?? {})) {
        const r = response.$ref ? resolvePointer(spec, response.$ref) : response;
        const responseName = response.$ref ? response.$ref.split("/").at(-1) : status;
        for (const media of Object.values(r.content ?? {})) visit(media.schema, responseName);
      }
    }
  }
  return found;
}

/** Response properties (each declared once) and the required ones, as `Schema.property`. */
export function countRequired(spec) {
  const names = [];
  let total = 0;
  for (const { name, schema } of responseSchemas(spec)) {
    const props = schema.properties ?? {};
    const req = new Set(schema.required ?? []);
    for (const key of Object.keys(props)) {
      total++;
      if (req.has(key)) names.push(`${name}.${key}`);
    }
    // `allOf: [$ref Base], required: [id]` makes an inherited property required: count it here.
    for (const key of req) {
      if (key in props) continue;
      total++;
      names.push(`${name}.${key}`);
    }
  }
  return { total, required: names.length, names };
}

/** Every object with `properties` anywhere in the spec (requests too), examples skipped. */
export function countRequiredEverywhere(spec) {
  let total = 0;
  let required = 0;
  const walk = (node) => {
    if (node == null || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (node.properties && typeof node.properties === "object" && !Array.isArray(node.properties)) {
      const req = new Set(Array.isArray(node.required) ? node.required : []);
      for (const key of Object.keys(node.properties)) {
        total++;
        if (req.has(key)) required++;
      }
    }
    if (node.allOf && Array.isArray(node.required)) {
      const own = node.properties ?? {};
      for (const key of node.required) {
        if (key in own) continue;
        total++;
        required++;
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== "example" && key !== "examples") walk(child);
  };
  walk(spec);
  return { total, required };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const list = args.includes("--list");
  const chosen = args.filter((a) => a !== "--list");
  const unknown = chosen.filter((a) => !allVendors.includes(a));
  if (unknown.length > 0) {
    console.error(`count-required: unknown vendor: ${unknown.join(", ")} (vendors: ${allVendors.join(", ")})`);
    process.exit(2);
  }
  for (const vendor of chosen.length ? chosen : allVendors) {
    const spec = await bundleSpec(vendor);
    const { total, required, names } = countRequired(spec);
    const all = countRequiredEverywhere(spec);
    const ratio = (r, t) => `${String(r).padStart(4)} of ${String(t).padStart(4)}`;
    console.log(`${vendor.padEnd(10)} responses: ${ratio(required, total)} required; whole spec: ${ratio(all.required, all.total)}`);
    if (list) for (const n of names) console.log(`  ${n}`);
  }
}
