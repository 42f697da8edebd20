import { EXPIRED, Ticket } from "./deadline.js";
import { ApiError, ConnectionError, isSdkError, TimeoutError } from "./errors.js";
import { type CallOptions, checkHeaders, headerError, type LogFields, type Logger, type ResolvedOptions } from "./options.js";
import { redactUrl } from "./redact.js";
import { retryDelay, sleep } from "./retry.js";

/** What one attempt hands openapi-fetch: its own `fetch` and the call's headers. (A type: openapi-fetch's init may have an index signature.) */
export type AttemptInit = { fetch: (request: Request) => Promise<Response>; headers?: Record<string, string> };
/** One attempt of a call: an openapi-fetch call made with `init`, or a raw request sent through `init.fetch`. */
export type Attempt<R> = (init: AttemptInit) => Promise<{ data?: R; response: Response }>;
/** What a vendor package tells the loop: its name, to tag every `ApiError`, and which errors mean refused credentials (default: a 401). */
export type CallSetup = { vendor?: string; isAuthError?: (error: ApiError) => boolean };
type Sent = { method: string; url: string; token: string | undefined; sending: boolean; attempt: number; started: number };

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {}
};

/**
 * The attempt loop, the one place that owns a call: each attempt gets the token, its deadline and
 * the caller's signal, is sent and classified; then the loop returns, retries, resends after a
 * credentials refresh, or throws one typed error. Nothing per call outlives it. `body`: `true` when
 * the operation promises JSON (parsed here from the text openapi-fetch read, so a body that is not
 * JSON keeps its raw text), `false` when it promises none, `undefined` for a raw call.
 */
export function createRun(o: ResolvedOptions, { vendor, isAuthError = (e) => e.status === 401 }: CallSetup) {
  const { logger } = o;
  const log = (level: keyof Logger, message: string, sent: Sent, extra?: Partial<LogFields>) =>
    (logger as Logger)[level](`crm-sdk: ${message}`, {
      method: sent.method,
      url: redactUrl(sent.url),
      attempt: sent.attempt,
      durationMs: Date.now() - sent.started,
      ...extra,
    });
  const apiError = (response: Response, sent: Sent, rawBody: string, body: unknown, message?: string) =>
    ApiError.from({
      status: response.status,
      statusText: response.statusText,
      body,
      rawBody,
      method: sent.method,
      url: sent.url,
      headers: response.headers,
      vendor,
      message,
    });

  /** Sends one attempt with its signal; any non-2xx answer becomes a typed error. A raw request gets its token here. */
  async function send(request: Request, ticket: Ticket | undefined, sent: Sent, raw: boolean): Promise<Response> {
    sent.method = request.method;
    sent.url = request.url;
    if (raw && sent.token !== undefined && !request.headers.has("authorization")) request.headers.set("authorization", `Bearer ${sent.token}`);
    if (logger) log("debug", "request", sent);
    sent.sending = true;
    const response = await o.fetch(request, ticket?.signal ? { signal: ticket.signal } : undefined);
    if (logger) log(response.ok ? "info" : "warn", response.ok ? "response" : "error response", sent, { status: response.status });
    if (response.ok) return response;
    const rawBody = await response.text();
    throw apiError(response, sent, rawBody, parseJson(rawBody));
  }

  /** The attempt's headers: the call's, plus the token unless the call sets its own `Authorization` (a promise only for an async provider). */
  function headersFor(given: Record<string, string> | undefined, sent: Sent) {
    if (o.token === undefined || (given && Object.keys(given).some((name) => name.toLowerCase() === "authorization"))) return given;
    const withToken = (token: string | undefined) => {
      if (token !== undefined && (typeof token !== "string" || !token || /[\r\n\0]/.test(token))) {
        throw headerError("Authorization", "from the token provider must be a non-empty string without CR, LF or NUL");
      }
      sent.token = token;
      return token === undefined ? given : token === o.token && !given ? staticAuth : { ...given, Authorization: `Bearer ${token}` };
    };
    const value = typeof o.token === "string" ? o.token : o.token();
    return value instanceof Promise ? value.then(withToken) : withToken(value);
  }
  const staticAuth = { Authorization: `Bearer ${o.token}` };

  /** A 2xx's result: nothing, or the promised JSON (else `InvalidResponseError`), or what `select` picks from it. */
  function read<R, T>(
    { data: text, response }: { data?: unknown; response: Response },
    body: boolean,
    sent: Sent,
    select?: (data: R, response: Response) => T,
  ) {
    if (!body) return { data: undefined as T, response };
    const data = text ? parseJson(text as string) : undefined;
    if (data === undefined)
      throw apiError(response, sent, (text as string) ?? "", undefined, `the body is not the JSON the API promises (${text ? "not JSON" : "it is empty"})`);
    try {
      return { data: select ? select(data as R, response) : (data as T), response };
    } catch (error) {
      // `select` may throw a vendor's error (Centia's envelope); anything else means an unexpected shape.
      if (isSdkError(error)) throw error;
      throw apiError(response, sent, text as string, data, `the body is not what the API promises (${(error as Error).message})`);
    }
  }

  return async function run<R, T = R>(attempt: Attempt<R>, c: CallOptions = {}, body?: boolean, select?: (data: R, response: Response) => T) {
    checkHeaders(c.headers, headerError);
    const { timeoutMs = o.timeoutMs, maxRetries = o.maxRetries, signal } = c;
    const sent: Sent = { method: "", url: "", token: undefined, sending: false, attempt: 1, started: logger ? Date.now() : 0 };
    let refreshed = false;
    for (let retries = 0; ; sent.attempt++) {
      if (signal?.aborted) throw signal.reason;
      sent.sending = false;
      const ticket = timeoutMs > 0 || signal ? new Ticket(timeoutMs, signal) : undefined;
      let failure: unknown;
      try {
        const given = headersFor(c.headers, sent);
        const headers = given instanceof Promise ? await given : given;
        const pending = attempt({ fetch: (request) => send(request, ticket, sent, body === undefined), headers, parseAs: "text" } as AttemptInit);
        const result = await (ticket ? ticket.race(pending) : pending);
        return body === undefined ? (result as { data: T; response: Response }) : read(result, body, sent, select);
      } catch (error) {
        // The caller's reason; our typed errors; the deadline; a transport failure; or, before anything was sent, the error as it is.
        if (signal?.aborted) failure = signal.reason;
        else if (isSdkError(error)) failure = error;
        else if (error === EXPIRED) failure = new TimeoutError(sent.method, sent.url, timeoutMs);
        else failure = sent.sending ? new ConnectionError(sent.method, sent.url, error) : error;
      } finally {
        ticket?.leave();
      }
      if (!(failure instanceof ApiError || failure instanceof ConnectionError)) throw failure;
      if (failure instanceof ApiError && !refreshed && o.onAuthError && isAuthError(failure)) {
        refreshed = true;
        if (await o.onAuthError({ token: sent.token })) continue;
      }
      const delay = retries < maxRetries && (c.idempotent || o.retryMethods.includes(sent.method)) ? retryDelay(o, failure, ++retries) : undefined;
      const fields = failure instanceof ApiError ? { status: failure.status } : { error: failure.name };
      if (delay === undefined) {
        if (logger && failure instanceof ConnectionError) log("warn", "request failed", sent, fields);
        throw failure;
      }
      if (logger) log("warn", "retrying", sent, { ...fields, retryInMs: Math.round(delay) });
      await sleep(delay, signal);
    }
  };
}
