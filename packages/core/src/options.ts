import type { Middleware } from "openapi-fetch";
import { InvalidOptionsError, InvalidParameterError } from "./errors.js";

/** A bearer token, or a function called before every attempt (may be async; `undefined` sends none). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);
/** A `fetch` as the client calls it. */
export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;
/** Watches or checks traffic by wrapping the client's `fetch`: `@crm-sdk/drift`'s `responseValidation()` and `harRecorder()`. */
export type FetchWrapper = { wrap(fetch: Fetch, context: { logger: Logger | undefined }): Fetch };
/** What the client logs: one line per attempt; never a header, a body, a token or a password. */
export type Logger = Record<"debug" | "info" | "warn", (message: string, fields: LogFields) => void>;
/** A log line's fields (a validation finding adds `operationId`, `pointer`, `kind`); `url` has its credentials removed. */
export type LogFields = { method: string; url: string; attempt?: number; status?: number; durationMs?: number; retryInMs?: number; error?: string } & {
  [field: string]: string | number | null | undefined;
};

export interface RetryOptions {
  /** Retries after the first attempt; `0` turns them off. @default 2 */
  maxRetries?: number;
  /** Methods retried without `idempotent: true` (never a create). @default ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"] */
  methods?: readonly string[];
  /** Statuses retried (connection errors and timeouts always are). @default 408, 429 and every 5xx */
  statusCodes?: readonly number[] | ((status: number) => boolean);
  /** Longest `Retry-After` waited for, in ms; a longer one is thrown. @default 60_000 */
  maxRetryAfterMs?: number;
  /** The wait before retry `retry` (1-based) without a `Retry-After`, in ms. @default 500 × 2^(retry−1), ≤ 8 000, minus up to 25 % jitter */
  delayMs?: (retry: number) => number;
}

export interface ClientOptions {
  /** The vendor's API: an `http:`/`https:` URL without credentials, query or fragment. @default the vendor's documented server, if any */
  baseUrl?: string;
  /** Bearer token, or a provider called before every attempt. @default none */
  token?: TokenSource;
  /** After a 401: refresh, then resolve `true` to resend once with the token read anew; `token` is what the refused request carried. @default none */
  onAuthError?: (refused: { token: string | undefined }) => boolean | Promise<boolean>;
  /** The transport, called as `fetch(request, { signal })`; one that ignores the signal still cannot outlast a deadline. @default globalThis.fetch, looked up per call */
  fetch?: Fetch;
  /** Limit of each attempt (headers and body), in ms, possibly 1 % late; `0` turns it off. @default 60_000 */
  timeoutMs?: number;
  /** Shorthand for `retry.maxRetries`. @default 2 */
  maxRetries?: number;
  /** The retry policy (see each default there). */
  retry?: RetryOptions;
  /** Headers sent with every request. @default {} */
  headers?: Record<string, string>;
  /** One line per attempt (method, URL without credentials, status, duration); `true` logs to `console`. @default off */
  logger?: Logger | boolean;
  /** Response validation against the spec (`responseValidation(spec, { mode })` from `@crm-sdk/drift`). @default off */
  validation?: FetchWrapper;
  /** A HAR 1.2 recorder without credentials (`harRecorder()` from `@crm-sdk/drift`). @default off */
  recorder?: FetchWrapper;
  /** openapi-fetch middleware, run on every attempt (it sees the `Authorization` header: never log it). @default [] */
  middleware?: Middleware[];
}

/** Per-call options, the last argument of every client method. */
export interface CallOptions {
  /** Aborts the call, a wait between retries included; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** This call is safe to send twice, so a POST or PATCH may be retried. @default false */
  idempotent?: boolean;
  /** Headers for this call; they win over the client's, and an `Authorization` here over `token`. */
  headers?: Record<string, string>;
}

/** The options in force: defaults applied, shorthands expanded, everything checked. */
export type ResolvedOptions = ReturnType<typeof normalizeOptions>;

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s … capped at 8 s, each minus up to 25 %. */
export const defaultDelayMs = (retry: number): number => Math.min(500 * 2 ** (retry - 1), 8_000) * (1 - Math.random() * 0.25);

const fail = (message: string) => new InvalidOptionsError(message);
const count = (name: string, value: unknown, fallback: number): number => {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || (n as number) < 0) throw fail(`${name} must be a non-negative integer`);
  return n as number;
};

/** Refuses a header name that is not a token, or a value with CR, LF or NUL (request splitting); names the header, never the value. */
export function checkHeaders(headers: Record<string, string> | undefined, refuse: (name: string, problem: string) => Error): void {
  for (const name in headers) {
    if (!/^[!#$%&'*+.^`|~\w-]+$/.test(name)) throw refuse(name, "is not a valid header name");
    if (/[\r\n\0]/.test(String(headers[name]))) throw refuse(name, "contains CR, LF or NUL");
  }
}
export const headerError = (name: string, problem: string) => new InvalidParameterError("header", name, problem);

/** The user's options as one checked shape; nothing downstream re-checks them. A value is never repeated: it may hold a password. */
export function normalizeOptions(options: ClientOptions) {
  const { baseUrl, token, fetch, retry = {} } = options;
  const logger = (options.logger === true ? console : options.logger || undefined) as Logger | undefined;
  if (typeof baseUrl !== "string") throw fail("baseUrl is required: the URL of your vendor's API");
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) throw fail("baseUrl must be an absolute http: or https: URL");
  if (baseUrl !== baseUrl.trim()) throw fail("baseUrl must not start or end with whitespace");
  if (url.username || url.password) throw fail("baseUrl must not contain credentials (user:password@); pass `token` instead");
  if (/[?#]/.test(baseUrl)) throw fail("baseUrl must not contain a query or a fragment");
  if (typeof token === "string" ? !token || /[\r\n\0]/.test(token) : token !== undefined && typeof token !== "function") {
    throw fail("token must be a non-empty string without CR, LF or NUL, or a function returning one");
  }
  if (fetch !== undefined && typeof fetch !== "function") throw fail("fetch must be a function");
  checkHeaders(options.headers, (name, problem) => fail(`headers: "${name}" ${problem}`));
  const codes = retry.statusCodes;
  // The recorder sits next to the transport, so it records what came even when validation throws.
  let transport: Fetch = fetch ?? ((request, init) => globalThis.fetch(request, init));
  for (const wrapper of [options.recorder, options.validation]) if (wrapper) transport = wrapper.wrap(transport, { logger });
  return {
    baseUrl: baseUrl.replace(/\/+$/, ""),
    token,
    onAuthError: options.onAuthError,
    fetch: transport,
    timeoutMs: count("timeoutMs", options.timeoutMs, 60_000),
    maxRetries: count("maxRetries", retry.maxRetries ?? options.maxRetries, 2),
    retryMethods: (retry.methods ?? ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]).map((m) => m.toUpperCase()),
    retryStatus: typeof codes === "function" ? codes : codes ? (s: number) => codes.includes(s) : (s: number) => s >= 500 || s === 408 || s === 429,
    maxRetryAfterMs: count("retry.maxRetryAfterMs", retry.maxRetryAfterMs, 60_000),
    delayMs: retry.delayMs ?? defaultDelayMs,
    headers: { ...options.headers },
    logger,
    middleware: options.middleware ?? [],
  };
}
