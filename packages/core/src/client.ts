import type { Client } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import { authMiddleware } from "./auth.js";
import { attemptFetch, CALL_OPTIONS_KEY, CallStates } from "./call-state.js";
import { errorMappingMiddleware } from "./error-mapping.js";
import { loggingMiddleware } from "./logging.js";
import { type CallOptions, type ClientOptions, normalizeOptions, type ResolvedOptions } from "./options.js";
import { pathSerializer } from "./path.js";
import { retryMiddleware } from "./retry.js";
import { timeoutMiddleware } from "./timeout.js";

// openapi-fetch's CJS build only sets `exports.default`; in our CJS output (built from ESM, in a
// `type: module` package) a default import is the whole `module.exports`, so unwrap it once.
type CreateFetchClient = typeof openapiFetch.default;
const createFetchClient: CreateFetchClient = (openapiFetch.default as unknown as { default?: CreateFetchClient }).default ?? openapiFetch.default;

export interface CrmClient<Paths extends {}> {
  /** The typed openapi-fetch client, with auth, timeouts, retries and typed errors applied. */
  raw: Client<Paths>;
  /** Per-call options as openapi-fetch init, for wrapper methods: `raw.GET(path, { params, ...init(o) })`. */
  init: (options?: CallOptions) => CallInit;
  /** The options in force after defaults and shorthands were applied. */
  options: ResolvedOptions;
}

/**
 * openapi-fetch plus our middleware stack, in this order on the way out (reverse on the way back):
 * error mapping, logging, auth, the caller's middleware, timeout, retry.
 */
export function createClient<Paths extends {}>(options: ClientOptions & { baseUrl: string }): CrmClient<Paths> {
  const resolved = normalizeOptions(options);
  const states = new CallStates(resolved);
  const raw = createFetchClient<Paths>({
    baseUrl: resolved.baseUrl,
    fetch: attemptFetch(resolved.fetch),
    headers: resolved.headers,
    pathSerializer: pathSerializer as never,
  });
  raw.use(errorMappingMiddleware(states));
  if (resolved.logger) raw.use(loggingMiddleware(resolved.logger, states));
  raw.use(authMiddleware(resolved.token));
  if (resolved.middleware.length > 0) raw.use(...resolved.middleware);
  raw.use(
    timeoutMiddleware(states, (retryable) => retryable || resolved.onAuthError !== undefined),
    retryMiddleware(resolved, states),
  );
  return { raw, init: callInit, options: resolved };
}

/** What `init()`/`callInit()` return: spread into openapi-fetch's init. */
export interface CallInit {
  headers?: Record<string, string>;
}

const NO_OPTIONS = { [CALL_OPTIONS_KEY]: Object.freeze({}) } as CallInit;

/**
 * Per-call options as openapi-fetch init: `headers` go to the request; the rest, the caller's
 * signal included, travel to our middleware on the request object. The signal is not built into
 * the request: the timeout middleware combines it with the attempt's deadline and hands the one
 * signal to `fetch` (see `attemptFetch`).
 */
export function callInit(options: CallOptions | undefined): CallInit {
  if (!options) return NO_OPTIONS;
  return { headers: options.headers, [CALL_OPTIONS_KEY]: options } as CallInit;
}

/** The success data of an openapi-fetch call; errors were already thrown by the middleware. */
export async function unwrap<R extends { data?: unknown }>(call: Promise<R>): Promise<NonNullable<R["data"]>> {
  const { data } = await call;
  return data as NonNullable<R["data"]>;
}
