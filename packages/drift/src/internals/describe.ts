import type { FindingKind } from "../types.js";
import { fromPointer } from "./json-pointer.js";
import type { Observation } from "./observation.js";
import { REDACTED, redactJson, SECRET_NAME } from "./secrets.js";

/** Text set as code in a message: `` `max_status` ``. */
export const code = (text: string) => `\`${text}\``;
const MAX_VALUE_LENGTH = 80;

/** The property a pointer ends at (`max_status`); `undefined` at the top or for array items. */
export function propertyOf(pointer: string): string | undefined {
  const last = fromPointer(pointer).at(-1);
  return last === undefined || last === "*" ? undefined : last;
}

/** The property a pointer ends at (`max_status`), or the pointer itself for array items, or "the body". */
export function subject(pointer: string): string {
  const property = propertyOf(pointer);
  return property ? code(property) : pointer === "" ? "the body" : code(pointer);
}

/**
 * The value a finding may carry when values were asked for: credential-named properties, and
 * such properties inside it, stay `"[redacted]"`.
 */
export function shownValue(pointer: string, value: unknown): unknown {
  return SECRET_NAME.test(fromPointer(pointer).at(-1) ?? "") ? REDACTED : redactJson(value);
}

/**
 * What one observation says, naming properties, types and keywords, never a value from the body;
 * `value` (already passed through `shownValue`) is appended only when the caller asked for values.
 */
export function describe(kind: FindingKind, observation: Observation, context: { operationId: string; status: number }, value?: unknown): string {
  const { problem, pointer, note } = observation;
  const it = subject(pointer);
  const on = problem?.owner ? ` on ${problem.owner}` : "";
  let text: string;
  switch (kind) {
    case "undocumented-status":
      return `status ${context.status} is not documented for ${context.operationId}`;
    case "missing-required":
      return `${it}${on} is required but absent`;
    case "undeclared-property":
      text = `${it} (${problem?.actual ?? "any"}) is not declared${on}`;
      break;
    case "unexpected-null":
      text = `${it}${on} is null, which its type does not allow`;
      break;
    case "enum-mismatch":
      text = `${it}${on} is outside its ${problem?.expected === "const" ? "allowed value (`const`)" : "enum"}`;
      break;
    case "format-mismatch":
      text = `${it}${on} breaks ${code(problem?.expected ?? "format")}`;
      break;
    default:
      if (!problem) return `the response has ${note ?? "a body the spec does not declare"}`;
      text =
        problem.expected && /^[a-z]+( \| [a-z]+)*$/.test(problem.expected) && problem.actual
          ? `${it}${on} is ${problem.actual} where the spec says ${problem.expected}`
          : `${it}${on} breaks ${code(problem.expected ?? "the schema")}`;
  }
  if (value === undefined) return text;
  const shown = JSON.stringify(value) ?? String(value);
  return `${text}: ${shown.length > MAX_VALUE_LENGTH ? `${shown.slice(0, MAX_VALUE_LENGTH - 1)}…` : shown}`;
}
