import type { LogFields } from "./logger.js";
import type { CallOptions, ResolvedOptions } from "./options.js";
import { redactUrl } from "./redact.js";

/** Per-call options travel from the wrapper to the middleware as this RequestInit key. */
export const CALL_OPTIONS_KEY = "crmSdk";

/** The attempt's abort signal, set on the outgoing request by the timeout middleware. */
const ATTEMPT_SIGNAL = Symbol("crmSdk.attemptSignal");
type WithAttemptSignal = Request & { [ATTEMPT_SIGNAL]?: AbortSignal };

/** Marks `request` to be sent with `signal` (see {@link attemptFetch}). */
export function setAttemptSignal(request: Request, signal: AbortSignal): void {
  (request as WithAttemptSignal)[ATTEMPT_SIGNAL] = signal;
}

/**
 * Wraps `fetch` so that each attempt is sent as `fetch(request, { signal })`, its deadline and
 * the caller's signal in one. The signal goes in `init` rather than into a new `Request`: undici
 * makes a Request follow its init signal (a listener, a WeakRef and a FinalizationRegistry entry)
 * and `fetch()` builds a Request of its own anyway, so this way each attempt pays for that once,
 * as a bare `fetch` does, instead of twice. A custom `fetch` must therefore pass `init` on.
 */
export function attemptFetch(base: typeof fetch): typeof fetch {
  return (input, ext) => {
    const signal = (input as WithAttemptSignal)[ATTEMPT_SIGNAL];
    return base(input, signal ? { ...ext, signal } : ext);
  };
}

/**
 * What the middleware stack knows about one call (one openapi-fetch request id), across its
 * attempts. Created on the first middleware hook and dropped when the call settles.
 */
export class CallState {
  declare readonly method: string;
  declare readonly url: string;
  declare readonly callerSignal: AbortSignal | undefined;
  declare readonly timeoutMs: number;
  declare readonly maxRetries: number;
  declare readonly retryable: boolean;
  /** A pristine copy of the request (headers and body) to replay for a retry. */
  declare replay: Request | undefined;
  attempt = 1;
  authRefreshed = false;
  startedAt = Date.now();
  declare private timer: ReturnType<typeof setTimeout> | undefined;
  declare private onCallerAbort: (() => void) | undefined;
  timedOut = false;

  constructor(request: Request, options: ResolvedOptions) {
    const given = (request as unknown as Record<string, CallOptions | undefined>)[CALL_OPTIONS_KEY];
    this.method = request.method;
    this.url = request.url;
    // A wrapper call brings its options (and its signal, if any); a call made on `raw` directly
    // may have put a signal into the request, which the attempt's own signal must then follow.
    this.callerSignal = given ? given.signal : request.signal;
    const call = given ?? {};
    this.timeoutMs = call.timeoutMs ?? options.timeoutMs;
    this.maxRetries = call.maxRetries ?? options.retry.maxRetries;
    this.retryable = this.maxRetries > 0 && (call.idempotent === true || options.retry.methods.has(this.method));
  }

  /**
   * Arms the deadline of the next attempt: a fresh timer of `timeoutMs` covering headers and
   * body, and the caller's signal, both aborting one controller. Returns the signal the attempt
   * must be sent with, or `undefined` when it needs none. `settle()` clears it.
   */
  arm(): AbortSignal | undefined {
    this.settle();
    if (this.timeoutMs === 0 && !this.callerSignal) return undefined;
    const controller = new AbortController();
    this.timedOut = false;
    if (this.timeoutMs > 0) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        controller.abort(new DOMException("attempt timed out", "TimeoutError"));
      }, this.timeoutMs);
    }
    const caller = this.callerSignal;
    if (caller) {
      if (caller.aborted) controller.abort(caller.reason);
      else {
        this.onCallerAbort = () => controller.abort(caller.reason);
        caller.addEventListener("abort", this.onCallerAbort, { once: true });
      }
    }
    return controller.signal;
  }

  /** The fields every log line about this call carries: never a header, a body or a secret. */
  logFields(extra: Partial<LogFields> = {}): LogFields {
    return { method: this.method, url: redactUrl(this.url), attempt: this.attempt, durationMs: Date.now() - this.startedAt, ...extra };
  }

  /** Stops the attempt's timer and listeners (the body has been read, or the attempt failed). */
  settle(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.onCallerAbort && this.callerSignal) this.callerSignal.removeEventListener("abort", this.onCallerAbort);
    this.onCallerAbort = undefined;
  }
}

/** The states of calls in flight, by openapi-fetch request id. */
export class CallStates {
  private readonly states = new Map<string, CallState>();
  constructor(private readonly options: ResolvedOptions) {}
  open(id: string, request: Request): CallState {
    let state = this.states.get(id);
    if (!state) {
      state = new CallState(request, this.options);
      this.states.set(id, state);
    }
    return state;
  }
  get(id: string): CallState | undefined {
    return this.states.get(id);
  }
  close(id: string): void {
    this.states.get(id)?.settle();
    this.states.delete(id);
  }
}
