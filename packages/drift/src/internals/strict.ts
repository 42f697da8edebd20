import type { OpenApiDocument } from "../types.js";
import { resolveRef } from "./json-pointer.js";

// A copy of a spec's schemas that also rejects undeclared properties, for a fast first check of a
// body: when the body passes both the spec and this copy, the schema walk would find nothing, and
// is skipped (it costs microseconds per value; a compiled validator, far less). Each place a value
// is checked against a schema that declares properties (a property, an item, a map's value, the
// body itself) gets `unevaluatedProperties: false` around it, which sees the properties declared
// through `$ref`, `allOf` and the valid `oneOf`/`anyOf` branches, as the walk does. Free-form
// objects (no properties declared) stay open, as the walk leaves them.

type Node = OpenApiDocument;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);

const IN_PLACE = ["allOf", "anyOf", "oneOf"] as const;
const IN_PLACE_ONE = ["not", "if", "then", "else"] as const;
const POSITION_MAPS = ["properties", "patternProperties"] as const;
const POSITION_ONE = ["additionalProperties", "unevaluatedProperties", "items", "contains"] as const;

/** Whether a schema (through `$ref`, `allOf`, `oneOf`, `anyOf`) declares properties, or is closed: only then are undeclared ones reported. */
function declares(spec: OpenApiDocument, schema: unknown, seen = new Set<unknown>()): boolean {
  if (!isNode(schema) || seen.has(schema)) return false;
  seen.add(schema);
  const named = (value: unknown) => isNode(value) && Object.keys(value).length > 0;
  if (named(schema.properties) || named(schema.patternProperties) || schema.additionalProperties === false || schema.unevaluatedProperties === false)
    return true;
  if (typeof schema.$ref === "string" && declares(spec, resolveRef(spec, schema.$ref), seen)) return true;
  return IN_PLACE.some((keyword) => Array.isArray(schema[keyword]) && schema[keyword].some((branch: unknown) => declares(spec, branch, seen)));
}

export interface StrictSchemas {
  /** The copy of the spec, its schemas' `$ref`s unchanged (they point into the copy once registered under its own id). */
  readonly document: OpenApiDocument;
  /** The strict counterpart of a schema of the spec, wrapped when it declares properties, as the body itself is a place a value is checked. */
  strict(schema: unknown): unknown;
}

export function strictSchemas(spec: OpenApiDocument): StrictSchemas {
  const copies = new WeakMap<object, Node>();
  const wrap = (original: unknown, copy: unknown) => (declares(spec, original) ? { allOf: [copy], unevaluatedProperties: false } : copy);

  function copy(schema: unknown): unknown {
    if (!isNode(schema)) return schema;
    const done = copies.get(schema);
    if (done) return done;
    const out: Node = { ...schema };
    copies.set(schema, out);
    for (const keyword of IN_PLACE) if (Array.isArray(schema[keyword])) out[keyword] = schema[keyword].map(copy);
    for (const keyword of IN_PLACE_ONE) if (isNode(schema[keyword])) out[keyword] = copy(schema[keyword]);
    for (const keyword of POSITION_MAPS) {
      if (!isNode(schema[keyword])) continue;
      out[keyword] = Object.fromEntries(Object.entries(schema[keyword]).map(([name, sub]) => [name, wrap(sub, copy(sub))]));
    }
    for (const keyword of POSITION_ONE) if (isNode(schema[keyword])) out[keyword] = wrap(schema[keyword], copy(schema[keyword]));
    // `additionalProperties: true` (or `{}`) allows what the walk still reports as undeclared; it
    // would also mark every property evaluated. Left out here, the wrapper around decides.
    for (const keyword of ["additionalProperties", "unevaluatedProperties"]) {
      if (schema[keyword] === true || (isNode(schema[keyword]) && Object.keys(schema[keyword]).length === 0)) delete out[keyword];
    }
    if (Array.isArray(schema.prefixItems)) out.prefixItems = schema.prefixItems.map((sub: unknown) => wrap(sub, copy(sub)));
    return out;
  }

  const schemas = isNode(spec.components?.schemas) ? spec.components.schemas : {};
  const document = { ...spec, components: { ...spec.components, schemas: Object.fromEntries(Object.entries(schemas).map(([name, s]) => [name, copy(s)])) } };
  return { document, strict: (schema) => wrap(schema, copy(schema)) };
}
