import { CrmSdkError } from "@crm-sdk/core";
import type { ValidationFinding } from "../types.js";

const LISTED = 5;

/**
 * A response does not match the spec (`responseValidation(spec, { mode: "throw" })`). Thrown in
 * place of the value the call would have resolved to, and never retried: `findings` say which
 * operation, status, JSON pointer and kind. The message lists the first few, with no value from
 * the body unless the validation was asked for values.
 */
export class ResponseValidationError extends CrmSdkError {
  override name = "ResponseValidationError";
  /** The spec's operationId (Centia: `Companies.GetCompanies`), `null` when no operation matched. */
  readonly operationId: string | null;
  readonly method: string;
  readonly status: number;
  readonly findings: readonly ValidationFinding[];

  constructor(findings: readonly ValidationFinding[]) {
    const [first] = findings;
    const listed = findings.slice(0, LISTED).map((f) => `${f.pointer || "/"} ${f.message}`);
    if (findings.length > LISTED) listed.push(`and ${findings.length - LISTED} more`);
    super(
      `${first?.method} ${first?.operationId ?? "(no operation of the spec)"} answered ${first?.status}, which does not match the spec: ${listed.join("; ")}`,
    );
    this.operationId = first?.operationId ?? null;
    this.method = first?.method ?? "";
    this.status = first?.status ?? 0;
    this.findings = findings;
  }
}
