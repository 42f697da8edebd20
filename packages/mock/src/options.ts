import { MockOptionsError } from "./errors.js";
import { checkDriftPlan, type DriftPlan } from "./internals/drift.js";

/**
 * How rejected requests are answered:
 * - `"boom"`: hapi's Boom body, `{ statusCode, error, message, validation?, violations }` (Envia).
 * - `"rpc"`: the RPC failure envelope `{ success: false, error, violations }`; a call whose
 *   parameters break the spec is answered HTTP 200, a body that is no RPC call at all 400 (Centia).
 * - `"default"`: `{ message | error, violations }`, the text under the key the spec's error schema names.
 */
export type ErrorFormat = "boom" | "rpc" | "default";

/** A fault injected into one answer. */
export interface Fault {
  /** Wait this long before answering (capped by `maxLatencyMs`). */
  readonly latencyMs?: number;
  /** Drop the connection instead of answering (the node server destroys the socket; msw answers `HttpResponse.error()`). */
  readonly reset?: boolean;
  /** Answer this status instead: its documented example, or an error body in the vendor's shape. Applied after validation. */
  readonly status?: number;
  /** Extra headers for a `status` fault, e.g. `{ "retry-after": "1" }`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a fault policy is told about the request. */
export interface FaultContext {
  readonly method: string;
  /** The path after the base path was stripped, e.g. `/prospects/42`. */
  readonly path: string;
  /** The matched operation, `undefined` for an unknown path. */
  readonly operationId: string | undefined;
  /** 1 for the first request this mock sees, then 2, 3… (reset by `reset()`). */
  readonly count: number;
}

export type FaultPolicy = (context: FaultContext) => Fault | undefined;

export interface MockOptions {
  /**
   * Keep REST resources in memory: `POST /things` creates, `GET /things` lists,
   * `GET|PUT|PATCH|DELETE /things/{id}` act on one record. Default `false`: every answer is the
   * spec's example.
   */
  stateful?: boolean;
  /** Largest request body accepted, in bytes; a larger one is answered 413. Default `1_048_576` (1 MiB). */
  maxBodyBytes?: number;
  /** Shape of the error bodies. Default: read from the spec's own 4xx response schema (see {@link ErrorFormat}). */
  errorFormat?: ErrorFormat;
  /**
   * A path prefix to strip before routing, e.g. `"/custom"` for `http://localhost/custom/prospects`.
   * Default: none. The pathname of the spec's `servers[0].url` (Centia's `/api/v1`) is always
   * stripped when present, and requests without any prefix are accepted too.
   */
  basePath?: string;
  /**
   * Faults for every request (`{ latencyMs: 50 }`), or a policy deciding per request, e.g.
   * `({ count }) => (count <= 2 ? { status: 503, headers: { "retry-after": "0" } } : undefined)`.
   * Default: none. `Prefer: latency=…` and `Prefer: fault=reset` do the same per request.
   */
  faults?: Fault | FaultPolicy;
  /** Upper bound of any injected latency, in ms. Default `30_000`. */
  maxLatencyMs?: number;
  /**
   * Decides whether a well-formed bearer token is accepted. Default: every token is.
   * Example: `(token) => token === "good"` to test a client's re-login on 401.
   */
  authorize?: (token: string) => boolean;
  /**
   * Serve a drifted variant of the vendor: per operationId (Centia: per `Module.Method`), leave
   * fields out, add or retype fields, or answer an undocumented status, e.g.
   * `{ getProspect: { remove: ["/data/id"], set: { "/data/nickname": "x" } }, listProspects: { status: 418 } }`.
   * Applied to the documented 2xx answers (not in stateful mode). Default: none.
   */
  drift?: DriftPlan;
}

export const DEFAULT_MAX_BODY_BYTES = 1_048_576;
export const DEFAULT_MAX_LATENCY_MS = 30_000;

export interface NormalizedOptions {
  readonly stateful: boolean;
  readonly maxBodyBytes: number;
  readonly errorFormat: ErrorFormat | undefined;
  readonly basePath: string | undefined;
  readonly faults: FaultPolicy | undefined;
  readonly maxLatencyMs: number;
  readonly authorize: (token: string) => boolean;
  readonly drift: DriftPlan | undefined;
}

const ERROR_FORMATS: readonly ErrorFormat[] = ["boom", "rpc", "default"];
const acceptEveryToken = () => true;

/** Checks the options once and fills in the defaults; nothing downstream re-checks them. */
export function normalizeOptions(options: MockOptions = {}): NormalizedOptions {
  const { maxBodyBytes = DEFAULT_MAX_BODY_BYTES, maxLatencyMs = DEFAULT_MAX_LATENCY_MS } = options;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 0) throw new MockOptionsError(`maxBodyBytes must be a non-negative integer, got ${maxBodyBytes}`);
  if (!Number.isFinite(maxLatencyMs) || maxLatencyMs < 0) throw new MockOptionsError(`maxLatencyMs must be a non-negative number, got ${maxLatencyMs}`);
  if (options.errorFormat !== undefined && !ERROR_FORMATS.includes(options.errorFormat)) {
    throw new MockOptionsError(`errorFormat must be one of ${ERROR_FORMATS.join(", ")}, got ${String(options.errorFormat)}`);
  }
  if (options.basePath !== undefined && !options.basePath.startsWith("/")) throw new MockOptionsError(`basePath must start with "/", got ${options.basePath}`);
  const { faults } = options;
  return {
    stateful: options.stateful ?? false,
    maxBodyBytes,
    errorFormat: options.errorFormat,
    basePath: options.basePath === undefined ? undefined : options.basePath.replace(/\/+$/, ""),
    faults: typeof faults === "function" ? faults : faults ? () => faults : undefined,
    maxLatencyMs,
    authorize: options.authorize ?? acceptEveryToken,
    drift: options.drift && checkDriftPlan(options.drift),
  };
}
