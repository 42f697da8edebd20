import { ApiError, type ConnectionError } from "./errors.js";
import type { ResolvedOptions } from "./options.js";

/** The wait before retry `retry` (1-based) after `error`, or `undefined` when the policy does not retry it or it asked for longer than the cap. */
export function retryDelay(o: ResolvedOptions, error: ApiError | ConnectionError, retry: number): number | undefined {
  if (error instanceof ApiError && !o.retryStatus(error.status)) return undefined;
  const asked = error instanceof ApiError ? error.retryAfter : undefined;
  return asked === undefined ? o.delayMs(retry) : asked <= o.maxRetryAfterMs ? asked : undefined;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
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
