import type { Middleware } from "openapi-fetch";
import { InvalidOptionsError } from "./errors.js";
import type { Logger } from "./logger.js";
import { redactUrl } from "./redact.js";

/** A bearer token, or a function that returns one (called for every request, may be async). */
export type TokenSource = string | (() => string | undefined | Promise<string | undefined>);

export interface RetryOptions {
  /** Retries after the first attempt. Default `2`. `0` turns retries off. */
  maxRetries?: number;
  /** Methods retried without the caller opting in. Default `GET HEAD PUT DELETE OPTIONS`: never a create. */
  methods?: readonly string[];
  /** Statuses retried. Default `408`, `429` and every `5xx`. */
  statusCodes?: readonly number[] | ((status: number) => boolean);
  /** Longest `Retry-After` honoured; a longer one is not retried but thrown. Default `60_000` ms. */
  maxRetryAfterMs?: number;
  /** Delay before retry number `attempt` (1-based) when the server gave no `Retry-After`. Default: 0.5 s × 2^(attempt-1), capped at 8 s, minus up to 25 % jitter. */
  delayMs?: (attempt: number) => number;
}

export interface ClientOptions {
  /** Server URL. Default: the vendor's production server from its spec. */
  baseUrl?: string;
  /** Bearer token, or an async provider called per request. */
  token?: TokenSource;
  /**
   * Called once when a request gets a 401. Refresh your credentials and resolve `true` to send
   * that request again (once) with a token read anew from `token`. Default: no refresh.
   */
  onAuthError?: () => boolean | Promise<boolean>;
  /**
   * `fetch` to use. Default: `globalThis.fetch`, looked up at each call (so msw or a polyfill
   * installed later is used). It is called as `fetch(request, init)`, where `init.signal` carries
   * the attempt's deadline and your `signal`: a wrapper must pass `init` on, as in
   * `(request, init) => fetch(request, init)`.
   */
  fetch?: typeof fetch;
  /** Time limit for each attempt (headers and body), in ms. Default `60_000`. `0` disables it. */
  timeoutMs?: number;
  /** Shorthand for `retry.maxRetries`. Default `2`. */
  maxRetries?: number;
  /** Retry policy; see {@link RetryOptions} for each default. */
  retry?: RetryOptions;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Log requests (never a token, password or Authorization header). Default: off. `true` logs to `console`. */
  logger?: Logger | boolean;
  /** Extra openapi-fetch middleware, run after ours on the request and before ours on the response. */
  middleware?: Middleware[];
}

/** Per-call options, accepted as the last argument of every wrapper method. */
export interface CallOptions {
  /** Aborts the call, including any wait between retries. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
  /** The caller asserts that this call is safe to send twice, so a POST/PATCH may be retried. Default `false`. */
  idempotent?: boolean;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

export interface ResolvedRetry {
  maxRetries: number;
  methods: ReadonlySet<string>;
  retryStatus: (status: number) => boolean;
  maxRetryAfterMs: number;
  delayMs: (attempt: number) => number;
}

export interface ResolvedOptions {
  baseUrl: string;
  token: TokenSource | undefined;
  onAuthError: (() => boolean | Promise<boolean>) | undefined;
  fetch: typeof fetch;
  timeoutMs: number;
  retry: ResolvedRetry;
  headers: Record<string, string>;
  logger: Logger | undefined;
  middleware: Middleware[];
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_RETRY_METHODS = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"] as const;
export const DEFAULT_RETRY_STATUS_CODES = [408, 429] as const;
export const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;

/** Exponential backoff with jitter: 0.5 s, 1 s, 2 s … capped at 8 s, each minus up to 25 %. */
export function defaultDelayMs(attempt: number): number {
  const base = Math.min(500 * 2 ** (attempt - 1), 8_000);
  return base * (1 - Math.random() * 0.25);
}

const isNonNegativeInteger = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

/** Turns the user's options (shorthands included) into one validated shape; nothing downstream re-checks. */
export function normalizeOptions(options: ClientOptions & { baseUrl: string }): ResolvedOptions {
  const maxRetries = options.retry?.maxRetries ?? options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!isNonNegativeInteger(maxRetries)) throw new InvalidOptionsError(`maxRetries must be a non-negative integer, got ${String(maxRetries)}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!isNonNegativeInteger(timeoutMs)) throw new InvalidOptionsError(`timeoutMs must be a non-negative integer (ms), got ${String(timeoutMs)}`);
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new InvalidOptionsError(`baseUrl must be an absolute URL, got ${JSON.stringify(redactUrl(String(options.baseUrl)))}`);
  }
  if (base.username || base.password) throw new InvalidOptionsError("baseUrl must not contain credentials (user:password@); pass `token` instead");
  if (options.token !== undefined && typeof options.token !== "string" && typeof options.token !== "function") {
    throw new InvalidOptionsError("token must be a string or a function returning one");
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw new InvalidOptionsError("fetch must be a function");
  // Without options.fetch, look globalThis.fetch up at call time, so that a client created at
  // module load still sees a fetch patched later (msw's server.listen(), nock, a polyfill).
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const codes = options.retry?.statusCodes;
  const retryStatus =
    typeof codes === "function"
      ? codes
      : codes
        ? (status: number) => codes.includes(status)
        : (status: number) => status >= 500 || (DEFAULT_RETRY_STATUS_CODES as readonly number[]).includes(status);
  const logger = options.logger === true ? consoleLogger : options.logger === false ? undefined : options.logger;
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    token: options.token,
    onAuthError: options.onAuthError,
    fetch: fetchImpl,
    timeoutMs,
    retry: {
      maxRetries,
      methods: new Set((options.retry?.methods ?? DEFAULT_RETRY_METHODS).map((m) => m.toUpperCase())),
      retryStatus,
      maxRetryAfterMs: options.retry?.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
      delayMs: options.retry?.delayMs ?? defaultDelayMs,
    },
    headers: { ...options.headers },
    logger,
    middleware: options.middleware ?? [],
  };
}

const consoleLogger: Logger = {
  debug: (message, fields) => console.debug(message, fields),
  info: (message, fields) => console.info(message, fields),
  warn: (message, fields) => console.warn(message, fields),
};
