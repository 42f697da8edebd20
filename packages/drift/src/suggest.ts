import { code, propertyOf, subject } from "./internals/describe.js";
import { fromPointer } from "./internals/json-pointer.js";
import type { Observation } from "./internals/observation.js";
import type { Problem } from "./internals/problem.js";
import { REDACTED, redactJson, SECRET_NAME } from "./internals/secrets.js";
import type { FindingKind } from "./types.js";

/** Observations of many entries that say the same thing, counted. */
export interface ObservationGroup {
  readonly operationId: string | null;
  readonly status: number | null;
  readonly kind: FindingKind;
  readonly pointer: string;
  readonly observation: Observation;
  /** Entries that showed it. */
  readonly count: number;
  /** Entries that could have shown it: the operation's responses with that status (its requests, for `invalid-request`). */
  readonly of: number;
  /** Distinct offending values, kept only when values were asked for. */
  readonly values: readonly unknown[];
}

const MAX_VALUES = 3;
const MAX_VALUE_LENGTH = 40;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** ` on Prospect`, or ` in \`/data/*\`` when the object has no schema name, or nothing at the top. */
function where(problem: Problem | undefined, pointer: string): string {
  if (problem?.owner) return ` on ${problem.owner}`;
  const parent = fromPointer(pointer).slice(0, -1);
  return parent.length ? ` in ${code(`/${parent.join("/")}`)}` : "";
}

function shown(group: ObservationGroup): string {
  if (group.values.length === 0) return "";
  const property = propertyOf(group.pointer) ?? "";
  const render = (value: unknown) => {
    // Never printed, even with --values: a property with such a name holds a credential.
    if (SECRET_NAME.test(property)) return REDACTED;
    const text = JSON.stringify(redactJson(value)) ?? String(value);
    return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
  };
  const list = group.values.slice(0, MAX_VALUES).map(render);
  return `${list.join(", ")}${group.values.length > MAX_VALUES ? ", …" : ""}`;
}

function responseSuggestion(group: ObservationGroup, share: string): string {
  const { observation, pointer } = group;
  const problem = observation.problem;
  const it = subject(pointer);
  const on = where(problem, pointer);
  const values = shown(group);
  const eg = values ? `; e.g. ${values}` : "";
  switch (group.kind) {
    case "missing-required":
      return `make ${it} optional${on} (absent in ${share})`;
    case "undeclared-property":
      return `declare ${it} (${problem?.actual ?? "any"})${on} (present in ${share}${eg})`;
    case "unexpected-null":
      return `add \`null\` to the type of ${it}${on} (null in ${share})`;
    case "enum-mismatch":
      return values
        ? `add ${values} to the ${problem?.expected === "const" ? "allowed value (`const`)" : "enum"} of ${it}${on} (in ${share})`
        : `widen the ${problem?.expected ?? "enum"} of ${it}${on} (a value outside it in ${share}; --values shows it)`;
    case "format-mismatch": {
      const constraint = problem?.expected ?? "format";
      const verb = constraint.startsWith("format") ? "drop or correct" : "relax";
      return `${verb} ${code(constraint)} of ${it}${on} (not met in ${share}${eg})`;
    }
    default: {
      if (!problem) return `document the body the server sends for status ${group.status} (${observation.note} in ${share})`;
      if (problem.expected && /^[a-z]+( \| [a-z]+)*$/.test(problem.expected) && problem.actual && problem.expected !== problem.actual) {
        return `change the type of ${it}${on} from ${problem.expected} to ${problem.actual}, or add ${problem.actual} to it (${problem.actual} in ${share}${eg})`;
      }
      return `${it}${on} breaks ${code(problem.expected ?? "the schema")} in ${share}: review that schema${eg}`;
    }
  }
}

function requestSuggestion(group: ObservationGroup, share: string): string {
  const { observation, pointer } = group;
  const problem = observation.problem;
  if (!problem) return `${observation.note} (${share}): fix the caller, or change the request in the spec`;
  const it = subject(pointer);
  const on = where(problem, pointer);
  const values = shown(group);
  const eg = values ? `; e.g. ${values}` : "";
  switch (problem.kind) {
    case "missing-required":
      return `the request lacks ${it}${on}, which the spec requires (${share}): fix the caller, or make it optional`;
    case "undeclared-property":
      return `the request sends ${it} (${problem.actual}), which ${problem.owner ?? "the spec"} does not declare (${share}${eg}): stop sending it, or declare it`;
    case "unexpected-null":
      return `the request sends null for ${it}${on} (${share}): fix the caller, or add \`null\` to its type`;
    case "enum-mismatch":
      return `the request sends a value of ${it}${on} outside its ${problem.expected} (${share}${eg}): fix the caller, or add the value`;
    case "format-mismatch":
      return `the request breaks ${code(problem.expected ?? "format")} of ${it}${on} (${share}${eg}): fix the caller, or relax the constraint`;
    default:
      return `the request sends ${problem.actual ?? "a value"} for ${it}${on} where the spec says ${problem.expected} (${share}${eg}): fix the caller, or widen the type`;
  }
}

/** The spec edit a group of observations suggests, with its count in words. */
export function suggest(group: ObservationGroup): string {
  const { kind, count, of, status, operationId, observation } = group;
  switch (kind) {
    case "undocumented-status":
      return `document status ${status} for ${operationId} (seen in ${count} of ${plural(of, "response")})`;
    case "unknown-operation":
      return `${observation.note} (${plural(count, "entry", "entries")}): document it in the spec, or leave it out of the HAR`;
    case "invalid-request":
      return requestSuggestion(group, `${count} of ${plural(of, "request")}`);
    default:
      return responseSuggestion(group, `${count} of ${plural(of, "response")}`);
  }
}
