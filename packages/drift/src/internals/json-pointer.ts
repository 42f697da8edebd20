import type { OpenApiDocument } from "../types.js";

const escapeSegment = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");
const unescapeSegment = (segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~");

/** A JSON pointer from segments: `["data", "*", "max_status"]` -> `/data/*\/max_status`. */
export function toPointer(segments: readonly string[]): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join("");
}

/** The segments of a JSON pointer (`""` -> `[]`). */
export function fromPointer(pointer: string): string[] {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapeSegment);
}

/** Resolves a local `$ref` (`#/components/schemas/Prospect`); `undefined` when it points nowhere or outside. */
export function resolveRef(spec: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = spec;
  for (const segment of fromPointer(decodeURIComponent(ref.slice(1)))) {
    if (node === null || typeof node !== "object" || !(segment in node)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Follows `$ref`s (a bounded number of hops) to the node they name; `{}` when one points nowhere. */
export function follow(spec: OpenApiDocument, node: unknown): OpenApiDocument {
  let current = node as OpenApiDocument | undefined;
  for (let hops = 0; current && typeof current.$ref === "string" && hops < 32; hops++) current = resolveRef(spec, current.$ref) as OpenApiDocument | undefined;
  return current && typeof current === "object" && typeof current.$ref !== "string" ? current : {};
}

/** `Prospect` for `#/components/schemas/Prospect`; `undefined` for any other reference. */
export function schemaName(ref: string): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match ? unescapeSegment(match[1] as string) : undefined;
}
