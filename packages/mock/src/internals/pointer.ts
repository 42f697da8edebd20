import { MockSpecError } from "../errors.js";
import type { OpenApiDocument } from "../types.js";

const escapeSegment = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");
const unescapeSegment = (s: string) => s.replaceAll("~1", "/").replaceAll("~0", "~");

/** `#/paths/~1prospects/get` from `["paths", "/prospects", "get"]`. */
export function pointerTo(...segments: readonly (string | number)[]): string {
  return `#/${segments.map((s) => escapeSegment(String(s))).join("/")}`;
}

/** A JSON pointer into an instance (`/prospect/email`), as violations report it. */
export function instancePointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${escapeSegment(String(s))}`).join("");
}

/** The segments of an instance pointer, unescaped. */
export function pointerSegments(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapeSegment);
}

/** Resolves a local `$ref` (`#/components/schemas/X`) inside the document. */
export function resolvePointer(spec: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#")) throw new MockSpecError(`only local $refs are supported, got ${ref}`);
  let node: unknown = spec;
  for (const raw of ref.slice(2).split("/")) {
    if (raw === "" && ref === "#/") break;
    const key = unescapeSegment(raw);
    if (node === null || typeof node !== "object" || !(key in node)) throw new MockSpecError(`$ref ${ref} points nowhere`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Follows `$ref`s until a node that is not a reference, returning it and the pointer it lives
 * at (so validators can be compiled against the very node). Bounded: a cycle of refs throws.
 */
export function follow(spec: OpenApiDocument, node: unknown, at: string): { node: OpenApiDocument; at: string } {
  let current = node as OpenApiDocument;
  let where = at;
  for (let hops = 0; current && typeof current.$ref === "string"; hops++) {
    if (hops > 32) throw new MockSpecError(`$ref cycle at ${at}`);
    where = current.$ref;
    current = resolvePointer(spec, where) as OpenApiDocument;
  }
  return { node: current ?? {}, at: where };
}
