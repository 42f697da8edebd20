import type { Exchange } from "./har.js";
import { createSchemaChecker } from "./internals/ajv.js";
import type { Observation } from "./internals/observation.js";
import { createMatcher } from "./match.js";
import { type ObservationGroup, suggest } from "./suggest.js";
import type { DriftOptions, DriftReport, Finding, OpenApiDocument, OperationTraffic } from "./types.js";
import { FINDING_KINDS } from "./types.js";
import { createRequestValidator } from "./validate-request.js";
import { createResponseValidator } from "./validate-response.js";

interface Tally {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly order: number;
  requests: number;
  readonly statuses: Map<number | null, number>;
}

interface Group {
  readonly operationId: string | null;
  readonly method: string;
  readonly status: number | null;
  readonly observation: Observation;
  readonly order: number;
  count: number;
  readonly values: unknown[];
}

const keyOf = (operationId: string | null, method: string, status: number | null, o: Observation) =>
  [operationId, method, status, o.kind, o.pointer, o.problem?.kind, o.problem?.expected, o.problem?.actual, o.note].join("\u0000");

/**
 * Checks recorded traffic against a spec: matches each exchange to an operation, validates its
 * request and response, and counts what disagrees into findings, each with the spec edit it
 * suggests. Pure: it reads nothing and prints nothing.
 */
export function findDrift(spec: OpenApiDocument, exchanges: readonly Exchange[], options: DriftOptions = {}): DriftReport {
  const keepValues = options.values ?? false;
  const checker = createSchemaChecker(spec);
  const matcher = createMatcher(spec);
  const validateRequest = createRequestValidator(spec, checker, keepValues);
  const validateResponse = createResponseValidator(spec, checker, keepValues);

  const tallies = new Map<string, Tally>();
  const groups = new Map<string, Group>();
  const entries = { total: exchanges.length, matched: 0, unknown: 0, withoutResponse: 0, bodyNotRecorded: 0 };

  for (const exchange of exchanges) {
    const status = exchange.response?.status ?? null;
    if (status === null) entries.withoutResponse += 1;
    const match = matcher.match(exchange);
    let operationId: string | null = null;
    let order = Number.MAX_SAFE_INTEGER;
    const observations: Observation[] = [];
    if (!match.matched) {
      entries.unknown += 1;
      observations.push({ kind: "unknown-operation", pointer: "", note: match.reason });
    } else {
      entries.matched += 1;
      operationId = match.rpcMethod?.qualified ?? match.operation.operationId;
      // RPC methods sort by module, then in the order they are listed.
      order = match.operation.order * 1000 + (match.rpcMethod ? [...(match.operation.rpc?.methods.keys() ?? [])].indexOf(match.rpcMethod.name) + 1 : 0);
      const tallyKey = `${operationId}\u0000${exchange.method}`;
      let tally = tallies.get(tallyKey);
      if (!tally) {
        tally = { operationId, method: exchange.method, path: match.operation.path, order, requests: 0, statuses: new Map() };
        tallies.set(tallyKey, tally);
      }
      tally.requests += 1;
      tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
      observations.push(...validateRequest(match, exchange));
      const response = validateResponse(match, exchange);
      if (response.bodyNotRecorded) entries.bodyNotRecorded += 1;
      observations.push(...response.observations);
    }
    // An entry counts once per finding, however many array items showed it.
    const seen = new Set<string>();
    for (const observation of observations) {
      const key = keyOf(operationId, exchange.method, status, observation);
      let group = groups.get(key);
      if (!group) {
        group = { operationId, method: exchange.method, status, observation, order, count: 0, values: [] };
        groups.set(key, group);
      }
      if (!seen.has(key)) {
        seen.add(key);
        group.count += 1;
      }
      const value = observation.problem?.value;
      if (keepValues && value !== undefined && !group.values.some((v) => JSON.stringify(v) === JSON.stringify(value))) group.values.push(value);
    }
  }

  const denominator = (group: Group) => {
    if (group.operationId === null) return group.count;
    const tally = tallies.get(`${group.operationId}\u0000${group.method}`);
    if (!tally) return group.count;
    if (group.observation.kind === "undocumented-status") return [...tally.statuses.values()].reduce((a, b) => a + b, 0);
    return tally.statuses.get(group.status) ?? group.count;
  };

  const findings: Finding[] = [...groups.values()]
    .sort(
      (a, b) =>
        a.order - b.order ||
        (a.operationId ?? "").localeCompare(b.operationId ?? "") ||
        (a.status ?? 0) - (b.status ?? 0) ||
        FINDING_KINDS.indexOf(a.observation.kind) - FINDING_KINDS.indexOf(b.observation.kind) ||
        a.observation.pointer.localeCompare(b.observation.pointer) ||
        (a.observation.note ?? "").localeCompare(b.observation.note ?? ""),
    )
    .map((group) => {
      const described: ObservationGroup = {
        operationId: group.operationId,
        status: group.status,
        kind: group.observation.kind,
        pointer: group.observation.pointer,
        observation: group.observation,
        count: group.count,
        of: denominator(group),
        values: group.values,
      };
      return {
        operationId: group.operationId,
        method: group.method,
        status: group.status,
        pointer: group.observation.pointer,
        kind: group.observation.kind,
        count: group.count,
        suggestion: suggest(described),
      };
    });

  const operations: OperationTraffic[] = [...tallies.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ operationId, method, path, requests, statuses }) => ({
      operationId,
      method,
      path,
      requests,
      statuses: Object.fromEntries([...statuses].map(([s, n]) => [s === null ? "none" : String(s), n])),
    }));

  return {
    spec: { title: String(spec.info?.title ?? "untitled"), version: String(spec.info?.version ?? "") },
    findings,
    operations,
    entries,
  };
}
