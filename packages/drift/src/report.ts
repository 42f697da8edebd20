import type { DriftReport, Finding, FindingKind } from "./types.js";
import { FINDING_KINDS } from "./types.js";

export interface FormatOptions {
  /** How many HAR files the entries came from, for the heading. @default 1 */
  readonly files?: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function statusList(statuses: Readonly<Record<string, number>>): string {
  return Object.entries(statuses)
    .map(([status, n]) => `${status === "none" ? "no response" : status} ×${n}`)
    .join(", ");
}

function findingLines(finding: Finding): string[] {
  const where = finding.kind === "undocumented-status" || finding.pointer === "" ? "" : ` ${finding.pointer}`;
  const status = finding.status === null ? "---" : String(finding.status);
  return [`  ${status} ${finding.kind}${where}`, `      → ${finding.suggestion}`];
}

/**
 * The human report: a heading with the counts, then the findings grouped by operation (in spec
 * order), each with the spec edit it suggests; then the entries that matched no operation, the
 * operations whose traffic agreed with the spec, and a summary by kind. Holds what the findings
 * hold, so no body value unless the findings were made with `values: true`.
 */
export function formatReport(report: DriftReport, options: FormatOptions = {}): string {
  const { entries, findings, operations } = report;
  const out: string[] = [];
  const title = `${report.spec.title}${report.spec.version ? ` ${report.spec.version}` : ""}`;
  const from = `${plural(entries.total, "entry", "entries")} from ${plural(options.files ?? 1, "HAR file")}`;
  out.push(`crm-sdk-drift: ${title}: ${from}; ${entries.matched} matched ${plural(operations.length, "operation")}, ${entries.unknown} matched none`);
  const notes: string[] = [];
  if (entries.withoutResponse) notes.push(`${plural(entries.withoutResponse, "entry", "entries")} had no response (request checked only)`);
  if (entries.bodyNotRecorded) notes.push(`${plural(entries.bodyNotRecorded, "response")} had no recorded body (body not checked)`);
  if (notes.length) out.push(`(${notes.join("; ")})`);

  const clean: string[] = [];
  for (const op of operations) {
    const own = findings.filter((f) => f.operationId === op.operationId && f.method === op.method);
    if (own.length === 0) {
      clean.push(`${op.operationId} (${op.requests})`);
      continue;
    }
    out.push("", `${op.operationId}  ${op.method} ${op.path}  ${plural(op.requests, "request")} (${statusList(op.statuses)})`);
    for (const finding of own) out.push(...findingLines(finding));
  }
  const unknown = findings.filter((f) => f.operationId === null);
  if (unknown.length) {
    out.push("", `no operation  ${plural(entries.unknown, "entry", "entries")}`);
    for (const finding of unknown) out.push(...findingLines(finding));
  }
  if (clean.length) out.push("", `agrees with the spec: ${clean.join(", ")}`);

  out.push("");
  if (findings.length === 0) {
    out.push(entries.total === 0 ? "no entries to check" : "no drift: the traffic agrees with the spec");
  } else {
    const byKind = new Map<FindingKind, number>();
    for (const f of findings) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    const parts = FINDING_KINDS.filter((k) => byKind.has(k)).map((k) => `${byKind.get(k)} ${k}`);
    out.push(`${plural(findings.length, "finding")}: ${parts.join(", ")}`);
  }
  return `${out.join("\n")}\n`;
}

/** The `--json` output: `{ "findings": [ { operationId, method, status, pointer, kind, count, suggestion } ] }`. */
export function formatJson(report: DriftReport): string {
  const findings = report.findings.map(({ operationId, method, status, pointer, kind, count, suggestion }) => ({
    operationId,
    method,
    status,
    pointer,
    kind,
    count,
    suggestion,
  }));
  return `${JSON.stringify({ findings }, null, 2)}\n`;
}
