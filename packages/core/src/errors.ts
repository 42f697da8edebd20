import { redactUrl } from "./redact.js";

/** Base class of every error this SDK throws: `catch (e) { if (e instanceof CrmSdkError) … }` catches ours only. */
export class CrmSdkError extends Error {
  override name = "CrmSdkError";
}

/** The options given to a client are wrong; nothing was sent. The message names the option, never its value. */
export class InvalidOptionsError extends CrmSdkError {
  override name = "InvalidOptionsError";
}

/**
 * A value given for one call cannot be sent as it is (a path segment that is not valid UTF-16, a
 * header value with CR or LF); nothing was sent. `in` and `parameter` say which, never the value.
 */
export class InvalidParameterError extends CrmSdkError {
  override name = "InvalidParameterError";
  declare readonly in: "path" | "query" | "header";
  declare readonly parameter: string;
  constructor(location: "path" | "query" | "header", parameter: string, problem: string) {
    super(`${location} ${location === "header" ? "" : "parameter "}"${parameter}" ${problem}`);
    this.in = location;
    this.parameter = parameter;
  }
}

export interface ApiErrorInit {
  status: number;
  statusText?: string;
  /** The parsed JSON body, or `undefined` when the body was empty or not JSON. */
  body: unknown;
  /** The body as received, kept for bodies that are not JSON (an HTML 502 page, truncated JSON). */
  rawBody: string;
  method: string;
  url: string;
  headers: Headers;
  /** Which vendor's client received it (`"syscap"`); a vendor's error classes match only its own. */
  vendor?: string;
  /** Use this message instead of the one read from the body. */
  message?: string;
}

/**
 * The server answered, and the answer is an error: a non-2xx status, a 2xx without the JSON the
 * spec promises, or a vendor envelope that says `success: false`.
 */
export class ApiError<TBody = unknown> extends CrmSdkError {
  override name = "ApiError";
  declare readonly status: number;
  declare readonly body: TBody | undefined;
  declare readonly rawBody: string;
  declare readonly method: string;
  /** The request URL with credentials (userinfo, token-like query parameters) removed. */
  declare readonly url: string;
  declare readonly headers: Headers;
  declare readonly vendor: string | undefined;
  /** Milliseconds the server asked us to wait (`Retry-After`), when it said. */
  declare readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit) {
    const url = redactUrl(init.url);
    const detail = init.message ?? vendorMessage(init.body) ?? init.rawBody.slice(0, 200);
    super(`${init.status}${init.statusText ? ` ${init.statusText}` : ""} from ${init.method} ${url}${detail ? `: ${detail}` : ""}`);
    this.status = init.status;
    this.body = init.body as TBody | undefined;
    this.rawBody = init.rawBody;
    this.method = init.method;
    this.url = url;
    this.headers = init.headers;
    this.vendor = init.vendor;
    this.retryAfter = parseRetryAfter(init.headers);
  }

  /** Builds the class that matches the status (404 -> NotFoundError, any 5xx -> InternalServerError). */
  static from(init: ApiErrorInit): ApiError {
    const Class = init.status >= 500 ? InternalServerError : init.status < 300 ? InvalidResponseError : (byStatus[init.status] ?? ApiError);
    return new Class(init);
  }

  /** A plain, secret-free view for logs and `JSON.stringify`. */
  toJSON() {
    const { name, message, status, method, url, vendor, body, retryAfter } = this;
    return { name, message, status, method, url, vendor, body, retryAfter };
  }
}

export class BadRequestError<T = unknown> extends ApiError<T> {
  override name = "BadRequestError";
  declare readonly status: 400;
}
export class AuthenticationError<T = unknown> extends ApiError<T> {
  override name = "AuthenticationError";
  declare readonly status: 401;
}
export class PermissionDeniedError<T = unknown> extends ApiError<T> {
  override name = "PermissionDeniedError";
  declare readonly status: 403;
}
export class NotFoundError<T = unknown> extends ApiError<T> {
  override name = "NotFoundError";
  declare readonly status: 404;
}
export class ConflictError<T = unknown> extends ApiError<T> {
  override name = "ConflictError";
  declare readonly status: 409;
}
export class UnprocessableEntityError<T = unknown> extends ApiError<T> {
  override name = "UnprocessableEntityError";
  declare readonly status: 422;
}
export class RateLimitError<T = unknown> extends ApiError<T> {
  override name = "RateLimitError";
  declare readonly status: 429;
}
/** Any 5xx. */
export class InternalServerError<T = unknown> extends ApiError<T> {
  override name = "InternalServerError";
}
/** A 2xx without the JSON body the spec promises (empty, or not JSON: `rawBody` holds what came). */
export class InvalidResponseError<T = unknown> extends ApiError<T> {
  override name = "InvalidResponseError";
}

const byStatus: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** A class whose `instanceof` matches only the errors of one vendor's client. */
export interface ScopedErrorClass<E> {
  new (init: ApiErrorInit): E;
  readonly prototype: E;
}

/**
 * One vendor's copy of an API error class: it extends the generic class (so core's
 * `NotFoundError` still catches a 404 from any vendor), while its own `instanceof` matches only
 * the errors that vendor's client threw (tagged with `vendor`).
 */
export function scopedError<C extends typeof ApiError>(Base: C, vendor: string): C {
  return class extends (Base as typeof ApiError) {
    constructor(init: ApiErrorInit) {
      super({ ...init, vendor });
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Base && value.vendor === vendor;
    }
  } as unknown as C;
}

/** One way a response disagrees with the spec: where (`pointer`, a JSON pointer into the body) and what (`kind`). */
export interface Finding {
  /** The spec's operationId (Centia: the qualified method name, `Companies.GetCompanies`). */
  operationId: string | null;
  method: string;
  status: number;
  pointer: string;
  kind: string;
  /** What is wrong, naming fields, never their values (unless the validation was asked for values). */
  message: string;
}

/** The response does not match the spec (response validation in `"throw"` mode); `findings` say where. */
export class ResponseValidationError extends CrmSdkError {
  override name = "ResponseValidationError";
  declare readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[]) {
    const [first] = findings;
    super(`${first?.method} ${first?.operationId} answered ${first?.status}, which does not match the spec: ${findings.map((f) => `${f.pointer || "/"} ${f.message}`).join("; ")}`);
    this.findings = findings;
  }
}

/** No answer came: DNS, a refused or reset connection, or a body cut off mid-stream. */
export class ConnectionError extends CrmSdkError {
  override name = "ConnectionError";
  declare readonly method: string;
  /** The request URL with credentials removed. */
  declare readonly url: string;
  constructor(method: string, url: string, cause?: unknown, message?: string) {
    const safeUrl = redactUrl(url);
    const c = cause as { code?: string; cause?: { code?: string } } | undefined;
    const code = c?.code ?? c?.cause?.code;
    super(message ?? `Connection error on ${method} ${safeUrl}${cause instanceof Error ? `: ${code ? `${code} ` : ""}${cause.message}` : ""}`, { cause });
    this.method = method;
    this.url = safeUrl;
  }
}

/** An attempt took longer than `timeoutMs` (headers and body together). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  declare readonly timeoutMs: number;
  constructor(method: string, url: string, timeoutMs: number) {
    super(method, url, undefined, `${method} ${redactUrl(url)} timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** The vendor's own message, under the keys vendors use for it. */
const vendorMessage = (body: unknown): string | undefined =>
  ["message", "error", "detail", "error_description"].map((key) => (body as Record<string, unknown> | null)?.[key]).find((m) => typeof m === "string" && m) as
    | string
    | undefined;

/** `Retry-After` (delta seconds or an HTTP date) or `retry-after-ms`, in milliseconds. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && Number(ms) >= 0) return Number(ms);
  const value = headers.get("retry-after")?.trim() ?? "";
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
