import { redactUrl } from "./redact.js";

/** Base class of every error this SDK throws, so `catch (e) { if (e instanceof CrmSdkError) … }` catches ours only. */
export class CrmSdkError extends Error {
  override name = "CrmSdkError";
}

/** The options given to a client or a call are wrong; nothing was sent. */
export class InvalidOptionsError extends CrmSdkError {
  override name = "InvalidOptionsError";
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
  /** Vendor message to use instead of the one read from the body. */
  message?: string;
}

/**
 * The server answered, and the answer is an error: a non-2xx status, a 2xx whose body is not
 * the JSON the spec promised, or a vendor envelope that says `success: false`.
 * `body` is typed per call site (`ApiError<components["schemas"]["Boom"]>`).
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
  /** Milliseconds the server asked us to wait (`Retry-After`), when it said. */
  declare readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit) {
    const url = redactUrl(init.url);
    const detail = init.message ?? vendorMessage(init.body) ?? (init.rawBody ? truncate(init.rawBody, 200) : undefined);
    super(`${init.status}${init.statusText ? ` ${init.statusText}` : ""} from ${init.method} ${url}${detail ? `: ${detail}` : ""}`);
    this.status = init.status;
    this.body = init.body as TBody | undefined;
    this.rawBody = init.rawBody;
    this.method = init.method;
    this.url = url;
    this.headers = init.headers;
    this.retryAfter = parseRetryAfter(init.headers);
  }

  /** Builds the subclass that matches the status (404 -> NotFoundError, 5xx -> InternalServerError…). */
  static from(init: ApiErrorInit): ApiError {
    const Class = errorClassFor(init.status);
    return new Class(init);
  }

  /** A plain, secret-free view for logs and `JSON.stringify`. */
  toJSON() {
    return { name: this.name, message: this.message, status: this.status, method: this.method, url: this.url, body: this.body, retryAfter: this.retryAfter };
  }
}

export class BadRequestError<T = unknown> extends ApiError<T> {
  override name = "BadRequestError";
}
export class AuthenticationError<T = unknown> extends ApiError<T> {
  override name = "AuthenticationError";
}
export class PermissionDeniedError<T = unknown> extends ApiError<T> {
  override name = "PermissionDeniedError";
}
export class NotFoundError<T = unknown> extends ApiError<T> {
  override name = "NotFoundError";
}
export class ConflictError<T = unknown> extends ApiError<T> {
  override name = "ConflictError";
}
export class UnprocessableEntityError<T = unknown> extends ApiError<T> {
  override name = "UnprocessableEntityError";
}
export class RateLimitError<T = unknown> extends ApiError<T> {
  override name = "RateLimitError";
}
export class InternalServerError<T = unknown> extends ApiError<T> {
  override name = "InternalServerError";
}
/** A 2xx answer whose body is not the JSON the spec promised (`rawBody` holds what came). */
export class InvalidResponseError<T = unknown> extends ApiError<T> {
  override name = "InvalidResponseError";
}

const statusClasses: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function errorClassFor(status: number): typeof ApiError {
  if (status >= 500) return InternalServerError;
  if (status >= 200 && status < 300) return InvalidResponseError;
  return statusClasses[status] ?? ApiError;
}

/** No answer came: DNS, refused or reset connection, or a body cut off mid-stream. */
export class ConnectionError extends CrmSdkError {
  override name = "ConnectionError";
  declare readonly method: string;
  declare readonly url: string;
  constructor(method: string, url: string, options?: { cause?: unknown; message?: string }) {
    const safeUrl = redactUrl(url);
    super(options?.message ?? `Connection error on ${method} ${safeUrl}${causeText(options?.cause)}`, { cause: options?.cause });
    this.method = method;
    this.url = safeUrl;
  }
  toJSON() {
    return { name: this.name, message: this.message, method: this.method, url: this.url };
  }
}

/** An attempt took longer than `timeoutMs` (headers and body together). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  declare readonly timeoutMs: number;
  constructor(method: string, url: string, timeoutMs: number, options?: { cause?: unknown }) {
    super(method, url, { cause: options?.cause, message: `${method} ${redactUrl(url)} timed out after ${timeoutMs} ms` });
    this.timeoutMs = timeoutMs;
  }
}

function vendorMessage(body: unknown): string | undefined {
  if (body && typeof body === "object") {
    const b = body as Record<string, unknown>;
    for (const key of ["message", "error", "detail", "error_description"]) {
      if (typeof b[key] === "string" && b[key]) return b[key] as string;
    }
  }
  return undefined;
}

function causeText(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code ?? (cause.cause as { code?: string } | undefined)?.code;
    return `: ${code ? `${code} ` : ""}${cause.message}`;
  }
  return "";
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** `Retry-After` (delta seconds or an HTTP date) or `retry-after-ms`, in milliseconds. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
