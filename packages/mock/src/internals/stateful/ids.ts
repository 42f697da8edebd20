import type { ValidateFunction } from "ajv";
import type { OpenApiDocument } from "../../types.js";
import { follow } from "../pointer.js";

const CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const MAX_ATTEMPTS = 50;

function randomCode(length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += CODE_ALPHABET[Math.floor(Math.random() * CODE_ALPHABET.length)];
  return out;
}

/**
 * New record ids that validate against the id parameter's schema: a counter for numbers, a
 * UUID for unconstrained strings, a code of the allowed length otherwise (Algebraix's 8-character ids).
 */
export function createIdGenerator(spec: OpenApiDocument, schemaAt: string, validate: ValidateFunction): (taken: (id: string) => boolean) => string | number {
  const schema = follow(spec, { $ref: schemaAt }, schemaAt).node;
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  let counter = typeof schema.minimum === "number" ? Math.max(schema.minimum, 1) : 1;
  if (types.includes("integer") || types.includes("number")) {
    return function nextNumericId(taken) {
      while (taken(String(counter))) counter++;
      return counter++;
    };
  }
  const constrained = schema.minLength !== undefined || schema.maxLength !== undefined || schema.pattern !== undefined;
  const length = Math.min(Math.max(schema.minLength ?? 8, 1), schema.maxLength ?? 36);
  return function nextStringId(taken) {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const id = schema.format === "uuid" || !constrained ? globalThis.crypto.randomUUID() : randomCode(length);
      if (validate(id) && !taken(id)) return id;
    }
    return globalThis.crypto.randomUUID();
  };
}
