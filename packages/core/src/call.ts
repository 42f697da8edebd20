import { EXPIRED, Ticket } from "./deadline.js";
import { ApiError, ConnectionError, CrmSdkError, TimeoutError } from "./errors.js";
import type { LogFields, Logger } from "./logger.js";
import { type CallOptions, checkHeaders, headerError, type ResolvedOptions } from "./options.js";
import { redactUrl } from "./redact.js";
import { retryDelay, sleep } from "./retry.js";

/** What one attempt hands openapi-fetch: this attempt's `fetch`, and the call's headers. */
// A type, not an interface: openapi-fetch's init for an operation without parameters has an index signature.
export type AttemptInit = {
  fetch: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
};

/** One attempt of a call: an openapi-fetch call made with `init`, or a raw request sent through `init.fetch`. */
export type Attempt<R> = (init: AttemptInit) => Promise<{ data?: R; response: Response }>;

/** What a vendor package tells the loop about its API. */
export interface CallSetup {
  /** Tags every `ApiError`, so that a vendor's error classes match only its own errors. */
  vendor?: string;
  /** Whether an error means the request's credentials were refused. Default: a 401. */
  isAuthError?: (error: ApiError) => boolean;
}

/** What the last attempt sent: for errors, log lines and `onAuthError`. */
export interface Sent {
  method: string;
  url: string;
  token: string | undefined;
  sending: boolean;
}

export type Run = <R, T = R>(
  attempt: Attempt<R>,
  options: CallOptions | undefined,
  body: boolean | undefined,
  select?: (data: R, response: Response) => T,
) => Promise<{ data: T; response: Response }>;

const NONE: CallOptions = {};

/**
 * The attempt loop: the one place that owns a call from start to end. Each attempt gets the
 * token, its deadline and the caller's signal, is sent, and its outcome is classified; then the
 * loop returns, retries, resends after a credentials refresh, or throws one typed error. Every
 * per-call thing (deadline ticket, listeners, timers) is released before the loop moves on.
 * `body`: `true` when the operation promises a JSON body (parsed here from the text openapi-fetch
 * read), `false` when it promises none, `undefined` for a raw call (its body is the caller's).
 */
export function createRun(o: ResolvedOptions, setup: CallSetup): Run {
  const { logger } = o;
  const { vendor } = setup;
  const isAuthError = setup.isAuthError ?? ((error: ApiError) => error.status === 401);
  const log = (level: keyof Logger, message: string, sent: Sent, attempt: number, started: number, extra?: Partial<LogFields>) =>
    (logger as Logger)[level](`crm-sdk: ${message}`, { method: sent.method, url: redactUrl(sent.url), attempt, durationMs: Date.now() - started, ...extra });

  /** Sends one attempt's request: token, signal, and a typed error for any non-2xx answer. */
  async function send(request: Request, ticket: Ticket | undefined, sent: Sent, attempt: number, started: number): Promise<Response> {
    sent.method = request.method;
    sent.url = request.url;
    if (o.token !== undefined && !request.headers.has("authorization")) {
      const value = typeof o.token === "string" ? o.token : o.token();
      const token = value instanceof Promise ? await value : value;
      if (token !== undefined) {
        if (typeof token !== "string" || !token || /[\r\n\0]/.test(token)) {
          throw headerError("Authorization", "from the token provider must be a non-empty string without CR, LF or NUL");
        }
        request.headers.set("authorization", `Bearer ${token}`);
      }
      sent.token = token;
    }
    if (logger) log("debug", "request", sent, attempt, started);
    sent.sending = true;
    const response = await o.fetch(request, ticket?.signal ? { signal: ticket.signal } : undefined);
    if (logger) log(response.ok ? "info" : "warn", response.ok ? "response" : "error response", sent, attempt, started, { status: response.status });
    if (response.ok) return response;
    const rawBody = await response.text();
    throw apiError(response, sent, rawBody, parseJson(rawBody));
  }

  const apiError = (response: Response, sent: Sent, rawBody: string, body: unknown, message?: string) =>
    ApiError.from({ status: response.status, statusText: response.statusText, body, rawBody, method: sent.method, url: sent.url, headers: response.headers, vendor, message });

  /**
   * What a failed attempt means: the caller's abort reason, a typed error, or (when it failed
   * before anything was sent, in a token provider or a middleware) the error as it is.
   */
  function classify(error: unknown, sent: Sent, timeoutMs: number, signal: AbortSignal | undefined): unknown {
    if (signal?.aborted) return signal.reason;
    if (error instanceof CrmSdkError) return error;
    if (error === EXPIRED) return new TimeoutError(sent.method, sent.url, timeoutMs);
    return sent.sending ? new ConnectionError(sent.method, sent.url, error) : error;
  }

  return async function run<R, T>(attempt: Attempt<R>, c: CallOptions = NONE, body: boolean | undefined, select?: (data: R, response: Response) => T) {
    checkHeaders(c.headers, headerError);
    const timeoutMs = c.timeoutMs ?? o.timeoutMs;
    const maxRetries = c.maxRetries ?? o.maxRetries;
    const started = logger ? Date.now() : 0;
    const sent: Sent = { method: "", url: "", token: undefined, sending: false };
    let retries = 0;
    let refreshed = false;
    for (let n = 1; ; n++) {
      if (c.signal?.aborted) throw c.signal.reason;
      sent.sending = false;
      const ticket = timeoutMs > 0 || c.signal ? new Ticket(timeoutMs, c.signal) : undefined;
      let failure: unknown;
      try {
        const init = { fetch: (request: Request) => send(request, ticket, sent, n, started), headers: c.headers, parseAs: "text" };
        const pending = attempt(init);
        const result = await (ticket ? ticket.race(pending) : pending);
        if (body === undefined) return result as unknown as { data: T; response: Response };
        const { response } = result;
        const text = result.data as string | undefined;
        if (!body) return { data: undefined as T, response };
        if (!text) throw apiError(response, sent, "", undefined, "the body is not the JSON the API promises (it is empty)");
        let data: unknown;
        try {
          data = JSON.parse(text);
        } catch (error) {
          throw apiError(response, sent, text, undefined, `the body is not the JSON the API promises (${(error as Error).message})`);
        }
        if (!select) return { data: data as T, response };
        // `select` picks the result out of the body, and may throw a vendor's error (Centia's
        // envelope); any other failure there means the body is not what the API promises.
        try {
          return { data: select(data as R, response), response };
        } catch (error) {
          if (error instanceof CrmSdkError) throw error;
          throw apiError(response, sent, text, data, `the body is not what the API promises (${(error as Error).message})`);
        }
      } catch (error) {
        failure = classify(error, sent, timeoutMs, c.signal);
      } finally {
        ticket?.leave();
      }
      if (!(failure instanceof ApiError || failure instanceof ConnectionError)) throw failure;
      if (failure instanceof ApiError && !refreshed && o.onAuthError && isAuthError(failure)) {
        refreshed = true;
        if (await o.onAuthError({ token: sent.token })) continue;
      }
      const retryable = retries < maxRetries && (c.idempotent === true || o.retryMethods.includes(sent.method));
      const delay = retryable ? retryDelay(o, failure, retries + 1) : undefined;
      if (delay === undefined) {
        if (logger && failure instanceof ConnectionError) log("warn", "request failed", sent, n, started, { error: failure.name });
        throw failure;
      }
      retries++;
      if (logger) {
        log("warn", "retrying", sent, n, started, failure instanceof ApiError ? { status: failure.status, retryInMs: Math.round(delay) } : { error: failure.name, retryInMs: Math.round(delay) });
      }
      await sleep(delay, c.signal);
    }
  };
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
