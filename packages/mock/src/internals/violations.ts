import type { ErrorObject } from "ajv";
import type { Violation, ViolationLocation } from "../types.js";
import { instancePointer, pointerSegments } from "./pointer.js";

/** openapi-backend validates `{ path, query, header, cookie }` and `{ requestBody }`: the first segment of ajv's path is the location. */
const LOCATIONS: Readonly<Record<string, ViolationLocation>> = { path: "path", query: "query", header: "header", cookie: "header", requestBody: "body" };

function childOf(error: ErrorObject): string | undefined {
  const { params } = error;
  const child =
    error.keyword === "required"
      ? params.missingProperty
      : error.keyword === "additionalProperties"
        ? params.additionalProperty
        : error.keyword === "unevaluatedProperties"
          ? params.unevaluatedProperty
          : error.keyword === "discriminator"
            ? params.tag
            : undefined;
  return typeof child === "string" ? child : undefined;
}

/** What an operation's violations can name: its query parameters, and the values of its body's discriminator. */
export interface Known {
  readonly query: readonly string[];
  readonly tagValues: readonly string[];
}

function messageOf(error: ErrorObject, location: ViolationLocation, known: Known): string {
  switch (error.keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
    case "unevaluatedProperties":
      if (location === "query" && error.instancePath === "/query")
        return `is not a parameter of this operation (${known.query.length > 0 ? `known: ${known.query.join(", ")}` : "it takes none"})`;
      return "is not allowed";
    case "discriminator":
      return `must be one of: ${known.tagValues.join(", ")}`;
    case "enum":
      return `must be one of: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/**
 * openapi-backend's (ajv's) errors as violations, one per pointer and message. `requestBody`
 * errors are left out when `skipBody` (the mock already found the body unusable).
 */
export function toViolations(errors: readonly ErrorObject[] | null | undefined, known: Known, skipBody = false): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors ?? []) {
    const segments = pointerSegments(error.instancePath);
    const child = childOf(error);
    if (child !== undefined) segments.push(child);
    const [head, ...rest] = segments;
    const location = LOCATIONS[head ?? ""];
    if (location === undefined || (skipBody && location === "body")) continue;
    const violation = { in: location, pointer: instancePointer(rest), message: messageOf(error, location, known) };
    const key = `${violation.in}${violation.pointer}\u0000${violation.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(violation);
    }
  }
  return out;
}
