/** A parsed OpenAPI 3.1 document (bundled: every `$ref` is local). */
// biome-ignore lint/suspicious/noExplicitAny: a JSON document walked by key
export type OpenApiDocument = Record<string, any>;

/** What a finding says about the traffic, by the spec edit it calls for. */
export type FindingKind =
  /** A property the schema requires is absent: make it optional. */
  | "missing-required"
  /** A property the schema does not declare (reported even where unknown properties are allowed): declare it. */
  | "undeclared-property"
  /** A value of another JSON type than the schema's: change or widen the type. */
  | "type-mismatch"
  /** A string (or number) outside its `format`, `pattern` or range: drop or correct the constraint. */
  | "format-mismatch"
  /** A value outside the `enum` (or `const`): add it. */
  | "enum-mismatch"
  /** `null` where the type does not allow it: add `null` to the type. */
  | "unexpected-null"
  /** A status the operation does not document: document it. */
  | "undocumented-status"
  /** An entry that matches no operation of the spec (other hosts, other paths, an unknown RPC method). */
  | "unknown-operation"
  /** The request itself breaks the spec (path or query parameters, JSON body). */
  | "invalid-request";

/** Every kind, in report order. */
export const FINDING_KINDS: readonly FindingKind[] = [
  "undocumented-status",
  "missing-required",
  "unexpected-null",
  "type-mismatch",
  "format-mismatch",
  "enum-mismatch",
  "undeclared-property",
  "invalid-request",
  "unknown-operation",
];

/**
 * One disagreement between the traffic and the spec, counted over the entries that showed it.
 * This is the shape `--json` prints.
 */
export interface Finding {
  /** The spec's operationId; for an RPC spec (Centia) the qualified method, `Companies.GetCompanies`. `null` when no operation matched. */
  readonly operationId: string | null;
  /** The request method, upper case. */
  readonly method: string;
  /** The response status, or `null` when the entry has no response. */
  readonly status: number | null;
  /**
   * A JSON pointer: into the response body (`/data/*\/max_status`, where `*` stands for every
   * array index or map key), or, for `invalid-request`, into the request as
   * `{ path, query, body }` (`/query/per`, `/body/prospect/email`). `""` for the whole body or
   * for findings about the entry (`undocumented-status`, `unknown-operation`).
   */
  readonly pointer: string;
  readonly kind: FindingKind;
  /** How many entries showed it (an entry counts once, however many array items showed it). */
  readonly count: number;
  /** The spec edit it suggests, with the count in words. Holds no value from a body unless `values` was asked for. */
  readonly suggestion: string;
}

/** The traffic one operation saw. */
export interface OperationTraffic {
  readonly operationId: string;
  readonly method: string;
  /** The path template (`/prospects/{id}`); for an RPC method, its module's path. */
  readonly path: string;
  readonly requests: number;
  /** Responses by status (`{ "200": 3 }`). */
  readonly statuses: Readonly<Record<string, number>>;
}

export interface DriftReport {
  /** What the specification says of itself: `info.title` and `info.version`. */
  readonly spec: { readonly title: string; readonly version: string };
  readonly findings: readonly Finding[];
  /** Operations that saw traffic, in spec order. */
  readonly operations: readonly OperationTraffic[];
  readonly entries: {
    readonly total: number;
    /** Matched to an operation. */
    readonly matched: number;
    /** Matched no operation (each is also an `unknown-operation` finding). */
    readonly unknown: number;
    /** Without a response (aborted, blocked or failed): only the request was checked. */
    readonly withoutResponse: number;
    /** With a response whose body the HAR did not keep (`content.text` absent or empty): its body was not checked. */
    readonly bodyNotRecorded: number;
  };
}

export interface DriftOptions {
  /**
   * Put values from the bodies into suggestions (`add "archived" to the enum of status`). Values
   * are personal data (names, e-mails, phones); properties whose names look like secrets
   * (`password`, `token`, …) stay redacted even then.
   * @default false
   */
  readonly values?: boolean;
}

/**
 * One way a live response disagrees with the spec, found by `responseValidation()`: what a
 * client's `onFinding` receives and what `ResponseValidationError.findings` holds.
 */
export interface ValidationFinding {
  /** The spec's operationId; for Centia the qualified method, `Companies.GetCompanies`. `null` when no operation matched. */
  readonly operationId: string | null;
  /** The request method, upper case. */
  readonly method: string;
  /** The response status. */
  readonly status: number;
  /** A JSON pointer into the response body, generalised as in the drift report (`/data/*\/max_status`); `""` for the whole body or the status. */
  readonly pointer: string;
  readonly kind: FindingKind;
  /** What is wrong, naming properties, types and keywords (`` `max_status` on Prospect is required but absent``); a value only when `values` was asked for. */
  readonly message: string;
  /** The offending value, only with `values: true` (credential-named properties stay `"[redacted]"`). */
  readonly value?: unknown;
}
