import { createQuerySerializer } from "openapi-fetch";
import { InvalidParameterError } from "./errors.js";

const LONE = "is not valid Unicode (a lone surrogate)";
const wellFormed = (value: unknown) => (String(value) as string & { isWellFormed(): boolean }).isWellFormed();
const templates = new Map<string, string[]>(); // each path template split once (a spec has few)
const serializeQuery = createQuerySerializer();

/** Fills `{name}` templates so each value stays in its own segment; a missing value, `.`, `..` or text that is not valid Unicode is refused. */
export function pathSerializer(pathname: string, params: Record<string, unknown>): string {
  const parts = templates.get(pathname) ?? pathname.split(/\{([^{}]+)\}/);
  templates.set(pathname, parts);
  let path = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] as string;
    const value = params[name];
    const refuse = (problem: string) => new InvalidParameterError("path", name, problem);
    if (value === undefined || value === null || value === "") throw refuse("is required");
    if (typeof value !== "string" && typeof value !== "number") throw refuse(`must be a string or a number, not ${typeof value}`);
    if (value === "." || value === "..") throw refuse(`cannot be "${value}"`);
    if (!wellFormed(value)) throw refuse(LONE);
    path += encodeURIComponent(value) + parts[i + 1];
  }
  return path;
}

/** openapi-fetch's query serializer, refusing by name a value that is not valid Unicode. */
export function querySerializer(query: Record<string, unknown>): string {
  for (const name in query) if (!wellFormed(query[name])) throw new InvalidParameterError("query", name, LONE);
  return serializeQuery(query);
}
