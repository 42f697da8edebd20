import type { OpenApiDocument } from "../types.js";
import { follow } from "./pointer.js";

const STRING_FORMATS: Readonly<Record<string, string>> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00",
  email: "user@example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
  uri: "https://example.com",
  url: "https://example.com",
  hostname: "example.com",
  ipv4: "127.0.0.1",
};

/**
 * A value for a schema that has no example: its own `examples`/`const`/`default`/`enum`, else
 * the smallest value of its type (required properties only). Only a fallback; every operation
 * of the bundled specs carries examples.
 */
export function sampleFromSchema(spec: OpenApiDocument, input: unknown, depth = 0): unknown {
  const schema = follow(spec, input, "#").node;
  if (depth > 8) return null;
  if ("example" in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ("const" in schema) return schema.const;
  if ("default" in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((s: unknown) => sampleFromSchema(spec, s, depth + 1)).filter((v: unknown) => v && typeof v === "object"));
  }
  const alternative = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (alternative) return sampleFromSchema(spec, alternative, depth + 1);
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? "object" : undefined)];
  switch (types.find((t) => t !== "null") ?? types[0]) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = sampleFromSchema(spec, schema.properties?.[key] ?? {}, depth + 1);
      return out;
    }
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleFromSchema(spec, schema.items ?? {}, depth + 1));
    case "string":
      return STRING_FORMATS[schema.format] ?? "x".repeat(Math.max(schema.minLength ?? 6, 1));
    case "integer":
    case "number":
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    case "boolean":
      return false;
    case "null":
      return null;
    default:
      return {};
  }
}
