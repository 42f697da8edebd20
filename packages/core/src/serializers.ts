import { createQuerySerializer } from "openapi-fetch";
import { InvalidParameterError } from "./errors.js";

/**
 * Fills `{name}` path templates so that each value stays inside its own segment: every reserved
 * character (`/ ? # %` and spaces) is percent-encoded. A missing or empty value, `.` or `..` (which
 * URL parsers resolve away, even percent-encoded) and text that is not valid Unicode are refused
 * with `InvalidParameterError` instead of reaching another endpoint.
 */
export function pathSerializer(pathname: string, params: Record<string, unknown>): string {
  let parts = templates.get(pathname);
  if (!parts) templates.set(pathname, (parts = pathname.split(/\{([^{}]+)\}/)));
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) path += segment(parts[i] as string, params[parts[i] as string]) + parts[i + 1];
  return path;
}

/** Each path template split once into literal text and parameter names (a spec has a bounded number of paths). */
const templates = new Map<string, string[]>();

function segment(name: string, value: unknown): string {
  if (value === undefined || value === null || value === "") throw new InvalidParameterError("path", name, "is required");
  if (typeof value !== "string" && typeof value !== "number") throw new InvalidParameterError("path", name, `must be a string or a number, not ${typeof value}`);
  if (value === "." || value === "..") throw new InvalidParameterError("path", name, `cannot be "${value}"`);
  try {
    return encodeURIComponent(value);
  } catch {
    throw new InvalidParameterError("path", name, "is not valid Unicode (a lone surrogate)");
  }
}

const serializeQuery = createQuerySerializer();
/** openapi-fetch's query serializer, with a value that is not valid Unicode refused by name (`InvalidParameterError`). */
export function querySerializer(query: Record<string, unknown>): string {
  for (const name in query) {
    if (!(String(query[name]) as string & { isWellFormed(): boolean }).isWellFormed()) {
      throw new InvalidParameterError("query", name, "is not valid Unicode (a lone surrogate)");
    }
  }
  return serializeQuery(query);
}
