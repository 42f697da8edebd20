import type { Middleware } from "openapi-fetch";
import { InvalidOptionsError, InvalidParameterError } from "./errors.js";
import type { Logger } from "./logger.js";

/** A bearer token, or a function that returns one (called for every attempt; may be async; `undefined` sends none). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface RetryOptions {
  /**
   * Retries after the first attempt; `0` turns retries off.
   * @default 2
   */
  maxRetries?: number;
  /**
   * Methods retried without the caller opting in with `idempotent: true`. Never a create.
   * @default ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]
   */
  methods?: readonly string[];
  /**
   * Statuses retried (connection errors and timeouts always are).
   * @default 408, 429 and every 5xx
   */
  statusCodes?: readonly number[] | ((status: number) => boolean);
  /**
   * Longest `Retry-After` honoured, in ms; an answer asking for longer is thrown, not waited for.
   * @default 60_000
   */
  maxRetryAfterMs?: number;
  /**
   * Wait before retry number `retry` (1-based) when the server gave no `Retry-After`, in ms.
   * @default 500 × 2^(retry-1), capped at 8 000, minus up to 25 % jitter
   */
  delayMs?: (retry: number) => number;
}

/** A `fetch` as the client calls it. */
export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * Something that watches or checks traffic by wrapping the client's `fetch`: response validation
 * and the HAR recorder (`@crm-sdk/drift`'s `responseValidation()` and `harRecorder()`).
 */
export interface FetchWrapper {
  wrap(fetch: Fetch, context: { logger: Logger | undefined }): Fetch;
}

/** What `onAuthError` is told: the token the refused request carried. */
export interface AuthErrorContext {
  /** The token that request was sent with (`undefined`: none). Compare it with your current one. */
  token: string | undefined;
}

export interface ClientOptions {
  /** The server, an `http:` or `https:` URL without credentials, query or fragment, e.g. `"https://crm.example.com/api"`. */
  baseUrl?: string;
  /** Bearer token, or a provider called before every attempt. */
  token?: TokenSource;
  /**
   * Called when a request is refused for its credentials (a 401). Refresh them and resolve `true`
   * to send that request once more with a token read anew from `token`; a token superseded since
   * the request was sent needs no refresh (compare `context.token`).
   * @default undefined (the 401 is thrown as `AuthenticationError`)
   */
  onAuthError?: (context: AuthErrorContext) => boolean | Promise<boolean>;
  /**
   * The `fetch` to send with, called as `fetch(request, { signal })`. A fetch that ignores the
   * signal still cannot outlast the deadline: the call rejects with `TimeoutError` at it.
   * @default globalThis.fetch, looked up at each call (so msw or a polyfill installed later is used)
   */
  fetch?: Fetch;
  /**
   * Time limit of each attempt (headers and body), in ms; `0` turns it off. Calls that start
   * within the same 1 % of this limit share one timer, so a deadline may fire up to 1 % late.
   * @default 60_000
   */
  timeoutMs?: number;
  /**
   * Shorthand for `retry.maxRetries`.
   * @default 2
   */
  maxRetries?: number;
  /** Retry policy; see {@link RetryOptions} for each default. */
  retry?: RetryOptions;
  /**
   * Headers sent with every request.
   * @default {}
   */
  headers?: Record<string, string>;
  /**
   * Logs each attempt (method, URL without credentials, status, duration): never a header, a body,
   * a token or a password. `true` logs to `console`.
   * @default false
   */
  logger?: Logger | boolean;
  /**
   * Checks every response against the vendor's spec: `responseValidation(spec, { mode })` from
   * `@crm-sdk/drift`, in `"report"` (findings to a callback and the logger; the call succeeds)
   * or `"throw"` mode (`ResponseValidationError`). Nothing of it is loaded unless you pass it.
   * @default off
   */
  validation?: FetchWrapper;
  /**
   * Records every request and response as HAR 1.2, with credentials removed: `harRecorder()`
   * from `@crm-sdk/drift`, whose HAR the `crm-sdk-drift` CLI checks against the spec.
   * @default off
   */
  recorder?: FetchWrapper;
  /**
   * openapi-fetch middleware, run on every attempt before it is sent (before the token is added,
   * so a middleware never sees it) and on every response.
   * @default []
   */
  middleware?: Middleware[];
}

/** Per-call options, the last argument of every client method. */
export interface CallOptions {
  /** Aborts the call, including a wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /**
   * The caller asserts that this call is safe to send twice, so a POST or PATCH may be retried.
   * @default false
   */
  idempotent?: boolean;
  /** Extra headers for this call (they win over the client's, and an `Authorization` here wins over `token`). */
  headers?: Record<string, string>;
}

export interface ResolvedOptions {
  baseUrl: string;
  token: TokenSource | undefined;
  onAuthError: ClientOptions["onAuthError"];
  fetch: Fetch;
  timeoutMs: number;
  maxRetries: number;
  retryMethods: readonly string[];
  retryStatus: (status: number) => boolean;
  maxRetryAfterMs: number;
  delayMs: (retry: number) => number;
  headers: Record<string, string>;
  logger: Logger | undefined;
  middleware: Middleware[];
}

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s … capped at 8 s, each minus up to 25 %. */
export const defaultDelayMs = (retry: number): number => Math.min(500 * 2 ** (retry - 1), 8_000) * (1 - Math.random() * 0.25);

const count = (name: string, value: unknown, fallback: number): number => {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || (n as number) < 0) throw new InvalidOptionsError(`${name} must be a non-negative integer`);
  return n as number;
};

const HEADER_NAME = /^[!#$%&'*+.^`|~\w-]+$/;
/** Refuses a header whose name is not a token or whose value holds CR, LF or NUL (request splitting); names it, never the value. */
export function checkHeaders(headers: Record<string, string> | undefined, fail: (name: string, problem: string) => Error): void {
  for (const name in headers) {
    if (!HEADER_NAME.test(name)) throw fail(name, "is not a valid header name");
    if (/[\r\n\0]/.test(String(headers[name]))) throw fail(name, "contains CR, LF or NUL");
  }
}
export const headerError = (name: string, problem: string) => new InvalidParameterError("header", name, problem);

/** Turns the user's options (shorthands included) into one validated shape; nothing downstream re-checks them. */
export function normalizeOptions(options: ClientOptions): ResolvedOptions {
  const { baseUrl, token, fetch, retry = {} } = options;
  const logger = options.logger === true ? console : options.logger || undefined;
  if (typeof baseUrl !== "string") throw new InvalidOptionsError("baseUrl is required: the URL of your vendor's API");
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {}
  // The value is never repeated: a malformed URL may still carry a password.
  if (!url || !/^https?:$/.test(url.protocol)) throw new InvalidOptionsError("baseUrl must be an absolute http: or https: URL");
  if (baseUrl !== baseUrl.trim()) throw new InvalidOptionsError("baseUrl must not start or end with whitespace");
  if (url.username || url.password) throw new InvalidOptionsError("baseUrl must not contain credentials (user:password@); pass `token` instead");
  if (/[?#]/.test(baseUrl)) throw new InvalidOptionsError("baseUrl must not contain a query or a fragment");
  if (typeof token === "string" ? !token || /[\r\n\0]/.test(token) : token !== undefined && typeof token !== "function") {
    throw new InvalidOptionsError("token must be a non-empty string without CR, LF or NUL, or a function returning one");
  }
  if (fetch !== undefined && typeof fetch !== "function") throw new InvalidOptionsError("fetch must be a function");
  checkHeaders(options.headers, (name, problem) => new InvalidOptionsError(`headers: "${name}" ${problem}`));
  const codes = retry.statusCodes;
  // The recorder sits next to the transport, so that it records what came even when validation throws.
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
    retryStatus: typeof codes === "function" ? codes : codes ? (s) => codes.includes(s) : (s) => s >= 500 || s === 408 || s === 429,
    maxRetryAfterMs: count("retry.maxRetryAfterMs", retry.maxRetryAfterMs, 60_000),
    delayMs: retry.delayMs ?? defaultDelayMs,
    headers: { ...options.headers },
    logger,
    middleware: options.middleware ?? [],
  };
}
