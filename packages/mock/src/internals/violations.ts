import type { ErrorObject } from "ajv";
import type { Violation, ViolationLocation } from "../types.js";
import { instancePointer } from "./pointer.js";

function pointerOf(error: ErrorObject): string {
  const { params } = error;
  const child =
    error.keyword === "required"
      ? params.missingProperty
      : error.keyword === "additionalProperties"
        ? params.additionalProperty
        : error.keyword === "unevaluatedProperties"
          ? params.unevaluatedProperty
          : undefined;
  return typeof child === "string" ? error.instancePath + instancePointer([child]) : error.instancePath;
}

function messageOf(error: ErrorObject): string {
  switch (error.keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
    case "unevaluatedProperties":
      return "is not allowed";
    case "enum":
      return `must be one of: ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** ajv's errors as violations, one per pointer and message. */
export function toViolations(where: ViolationLocation, errors: readonly ErrorObject[] | null | undefined): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors ?? []) {
    const violation = { in: where, pointer: pointerOf(error), message: messageOf(error) };
    const key = `${violation.pointer}\u0000${violation.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(violation);
    }
  }
  return out;
}
