/** What the schema walk can say about one value. */
export type ProblemKind = "missing-required" | "undeclared-property" | "type-mismatch" | "format-mismatch" | "enum-mismatch" | "unexpected-null";

/** One problem at one place of one body, before problems of many entries are counted together. */
export interface Problem {
  readonly kind: ProblemKind;
  /** Where, generalised: array indexes and map keys are `*`. */
  readonly segments: readonly string[];
  /** The component schema of the object that holds the property (`Prospect`), when it has one. */
  readonly owner?: string | undefined;
  /** What the schema wants: its type(s) (`integer`), or the keyword broken (`format: email`, `maxLength`, `enum`). */
  readonly expected?: string | undefined;
  /** The JSON type of the value found (`string`, `null`, `object`). */
  readonly actual?: string | undefined;
  /** The value itself: only kept when values were asked for. */
  readonly value?: unknown;
}

/** The JSON type of a value, as JSON Schema names it. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
