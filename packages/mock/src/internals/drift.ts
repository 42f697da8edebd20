import { MockOptionsError } from "../errors.js";
import { pointerSegments } from "./pointer.js";

/** How one operation's answers drift from the spec (to test drift detection, `crm-sdk-drift`). */
export interface OperationDrift {
  /** Answer this status instead of the documented 2xx (an undocumented one), with the drifted example. */
  readonly status?: number;
  /** Fields to leave out: JSON pointers into the answer, `*` for every item of an array or map. */
  readonly remove?: readonly string[];
  /** Fields to set (pointer → value): an undeclared field, or a declared one with another type. */
  readonly set?: Readonly<Record<string, unknown>>;
}

/** Drifts by operationId, or for Centia by qualified method (`Companies.GetCompanies`). */
export type DriftPlan = Readonly<Record<string, OperationDrift>>;

/** Applies one operation's drift to a JSON answer (text in, text out). */
export function drifted(text: string | undefined, drift: OperationDrift): string | undefined {
  if (text === undefined) return drift.set ? JSON.stringify(apply({}, drift)) : undefined;
  return JSON.stringify(apply(JSON.parse(text), drift));
}

function apply(body: unknown, { remove = [], set = {} }: OperationDrift): unknown {
  for (const pointer of remove) {
    visit(body, pointerSegments(pointer), (parent, key) => {
      delete (parent as Record<string, unknown>)[key];
    });
  }
  for (const [pointer, value] of Object.entries(set)) {
    visit(body, pointerSegments(pointer), (parent, key) => {
      (parent as Record<string, unknown>)[key] = structuredClone(value);
    });
  }
  return body;
}

/** Calls `act(parent, key)` for the node each pointer names; `*` fans out over arrays and maps. */
function visit(node: unknown, segments: string[], act: (parent: object, key: string) => void): void {
  if (!node || typeof node !== "object") return;
  const [head, ...rest] = segments;
  if (head === undefined) return;
  const keys = head === "*" ? Object.keys(node) : [head];
  for (const key of keys) {
    if (rest.length === 0) act(node, key);
    else visit((node as Record<string, unknown>)[key], rest, act);
  }
}

/** Checks a plan once: statuses are HTTP statuses, pointers are pointers. */
export function checkDriftPlan(plan: DriftPlan): DriftPlan {
  for (const [key, drift] of Object.entries(plan)) {
    if (drift.status !== undefined && !(Number.isInteger(drift.status) && drift.status >= 100 && drift.status <= 599)) {
      throw new MockOptionsError(`drift.${key}.status must be an HTTP status, got ${drift.status}`);
    }
    for (const pointer of [...(drift.remove ?? []), ...Object.keys(drift.set ?? {})]) {
      if (!pointer.startsWith("/")) throw new MockOptionsError(`drift.${key}: "${pointer}" is not a JSON pointer`);
    }
  }
  return plan;
}
