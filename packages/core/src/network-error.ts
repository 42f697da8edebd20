import type { CallState } from "./call-state.js";
import { ConnectionError, CrmSdkError, TimeoutError } from "./errors.js";

/**
 * What a failed fetch or body read becomes: the caller's own abort reason when the caller
 * aborted, `TimeoutError` when our attempt timer fired, `ConnectionError` otherwise.
 */
export function toNetworkError(state: CallState | undefined, error: unknown, fallback?: { method: string; url: string }): unknown {
  if (error instanceof CrmSdkError) return error;
  if (state?.callerSignal?.aborted) return state.callerSignal.reason;
  const method = state?.method ?? fallback?.method ?? "GET";
  const url = state?.url ?? fallback?.url ?? "";
  if (state?.timedOut) return new TimeoutError(method, url, state.timeoutMs, { cause: error });
  return new ConnectionError(method, url, { cause: error });
}
