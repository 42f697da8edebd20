import { ApiError, ConnectionError } from "./errors.js";
import type { ResolvedOptions } from "./options.js";

/**
 * How long to wait before retry number `retry` (1-based) after `error`, or `undefined` when the
 * error is final: a status the policy does not retry, or a `Retry-After` longer than the cap.
 * Whether the call may be retried at all (its method, its budget) is the caller's to check.
 */
export function retryDelay(o: ResolvedOptions, error: ApiError | ConnectionError, retry: number): number | undefined {
  if (error instanceof ApiError) {
    if (!o.retryStatus(error.status)) return undefined;
    if (error.retryAfter !== undefined) return error.retryAfter <= o.maxRetryAfterMs ? error.retryAfter : undefined;
  }
  return o.delayMs(retry);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject((signal as AbortSignal).reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort);
  });
}
