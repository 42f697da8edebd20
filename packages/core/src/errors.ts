import { redactUrl } from "./redact.js";

/** Every error this SDK throws: `if (e instanceof CrmSdkError)` catches ours only. */
export class CrmSdkError extends Error {
  override name = "CrmSdkError";
}
const BRAND = Symbol.for("crm-sdk.error");
Object.defineProperty(CrmSdkError.prototype, BRAND, { value: true });
/** An SDK error from any copy of this package (a CommonJS and an ES module copy can meet in one program). */
export const isSdkError = (error: unknown): boolean => error instanceof CrmSdkError || (typeof error === "object" && error !== null && BRAND in error);

/** A client option is wrong; nothing was sent. The message names the option, never its value. */
export class InvalidOptionsError extends CrmSdkError {
  override name = "InvalidOptionsError";
}

/** A value given for one call cannot be sent (a lone surrogate, a header with CR/LF); nothing was sent. Names it, never its value. */
export class InvalidParameterError extends CrmSdkError {
  override name = "InvalidParameterError";
  readonly in: "path" | "query" | "header";
  readonly parameter: string;
  constructor(location: "path" | "query" | "header", parameter: string, problem: string) {
    super(`${location === "header" ? "header" : `${location} parameter`} "${parameter}" ${problem}`);
    this.in = location;
    this.parameter = parameter;
  }
}

/** What an `ApiError` is built from; `body` is the parsed JSON (or `undefined`), `rawBody` the text as received. */
export type ApiErrorInit = {
  status: number;
  statusText?: string;
  body: unknown;
  rawBody: string;
  method: string;
  url: string;
  headers: Headers;
  vendor?: string;
  message?: string;
};

/** The server answered with an error: a non-2xx, a 2xx without the JSON the spec promises, or a vendor's failure envelope. */
export class ApiError<TBody = unknown> extends CrmSdkError {
  override name = "ApiError";
  readonly status: number;
  readonly body: TBody | undefined;
  readonly rawBody: string;
  readonly method: string;
  /** The request URL with credentials (userinfo, token-like query values) removed. */
  readonly url: string;
  readonly headers: Headers;
  /** The vendor whose client received it: a vendor's error classes match only its own. */
  readonly vendor: string | undefined;
  /** Milliseconds the server asked us to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;
  constructor(init: ApiErrorInit) {
    const url = redactUrl(init.url);
    const detail = init.message ?? vendorMessage(init.body) ?? init.rawBody.slice(0, 200);
    super(`${init.status}${init.statusText ? ` ${init.statusText}` : ""} from ${init.method} ${url}${detail ? `: ${detail}` : ""}`);
    ({ status: this.status, rawBody: this.rawBody, method: this.method, headers: this.headers, vendor: this.vendor } = init);
    this.body = init.body as TBody | undefined;
    this.url = url;
    this.retryAfter = parseRetryAfter(init.headers);
  }
  /** The class for the status: 404 -> NotFoundError, any 5xx -> InternalServerError, a 2xx -> InvalidResponseError. */
  static from(init: ApiErrorInit): ApiError {
    const Class = init.status >= 500 ? InternalServerError : init.status < 300 ? InvalidResponseError : (byStatus[init.status] ?? ApiError);
    return new Class(init);
  }
  /** A view for logs and `JSON.stringify`: no headers, no raw body. */
  toJSON() {
    const { name, message, status, method, url, vendor, body, retryAfter } = this;
    return { name, message, status, method, url, vendor, body, retryAfter };
  }
}

/** An `ApiError` class for one status (`status` typed as its literal). */
export type StatusErrorClass<S extends number | undefined = undefined> = new <T = unknown>(init: ApiErrorInit) => StatusError<T, S>;
type StatusError<T, S> = S extends number ? ApiError<T> & { readonly status: S } : ApiError<T>;
const byStatus: Record<number, new (init: ApiErrorInit) => ApiError> = {};
function named<S extends number | undefined = undefined>(name: string, status?: S) {
  const Class = class extends ApiError {
    override name = name;
  };
  Object.defineProperty(Class, "name", { value: name });
  if (status) byStatus[status] = Class;
  return Class as unknown as StatusErrorClass<S>;
}
export const BadRequestError = named("BadRequestError", 400);
export type BadRequestError<T = unknown> = StatusError<T, 400>;
export const AuthenticationError = named("AuthenticationError", 401);
export type AuthenticationError<T = unknown> = StatusError<T, 401>;
export const PermissionDeniedError = named("PermissionDeniedError", 403);
export type PermissionDeniedError<T = unknown> = StatusError<T, 403>;
export const NotFoundError = named("NotFoundError", 404);
export type NotFoundError<T = unknown> = StatusError<T, 404>;
export const ConflictError = named("ConflictError", 409);
export type ConflictError<T = unknown> = StatusError<T, 409>;
export const UnprocessableEntityError = named("UnprocessableEntityError", 422);
export type UnprocessableEntityError<T = unknown> = StatusError<T, 422>;
export const RateLimitError = named("RateLimitError", 429);
export type RateLimitError<T = unknown> = StatusError<T, 429>;
/** Any 5xx. */
export const InternalServerError = named("InternalServerError");
export type InternalServerError<T = unknown> = ApiError<T>;
/** A 2xx without the JSON body the spec promises (empty, or not JSON: `rawBody` holds what came). */
export const InvalidResponseError = named("InvalidResponseError");
export type InvalidResponseError<T = unknown> = ApiError<T>;

/** A class whose `instanceof` matches only one vendor's errors. */
export type ScopedErrorClass<E> = { new (init: ApiErrorInit): E; readonly prototype: E };
/** A vendor's copy of an API error class: `instanceof` matches that vendor's errors only, while `Base` still matches every vendor's. */
export const scopedError = <C extends StatusErrorClass<number | undefined>>(Base: C, vendor: string): C =>
  class extends (Base as unknown as typeof ApiError) {
    constructor(init: ApiErrorInit) {
      super({ ...init, vendor });
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Base && (value as ApiError).vendor === vendor;
    }
  } as unknown as C;

/** No answer came: DNS, a refused or reset connection, or a body cut off mid-stream. */
export class ConnectionError extends CrmSdkError {
  override name = "ConnectionError";
  /** The request URL with credentials removed. */
  readonly url: string;
  constructor(
    readonly method: string,
    url: string,
    cause?: unknown,
    message?: string,
  ) {
    const c = cause as { code?: string; cause?: { code?: string } } | undefined;
    const code = c?.code ?? c?.cause?.code;
    const safe = redactUrl(url);
    super(message ?? `Connection error on ${method} ${safe}${cause instanceof Error ? `: ${code ? `${code} ` : ""}${cause.message}` : ""}`, { cause });
    this.url = safe;
  }
}

/** An attempt took longer than `timeoutMs` (headers and body together). */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  readonly timeoutMs: number;
  constructor(method: string, url: string, timeoutMs: number) {
    super(method, url, undefined, `${method} ${redactUrl(url)} timed out after ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

const vendorMessage = (body: unknown): string | undefined =>
  ["message", "error", "detail", "error_description"].map((k) => (body as Record<string, string> | null)?.[k]).find((m) => typeof m === "string" && m);

/** `Retry-After` (seconds or an HTTP date) or `retry-after-ms`, in milliseconds. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms && Number(ms) >= 0) return Number(ms);
  const value = headers.get("retry-after") ?? "";
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
