import type { Middleware } from "openapi-fetch";
import { type CallStates, setAttemptSignal } from "./call-state.js";

/**
 * Gives each attempt its own deadline (a fresh timer of `timeoutMs` for headers and body),
 * combined with the caller's `AbortSignal`. Also keeps a pristine copy of a request that may be
 * sent again (a retry, or a resend after refreshing credentials).
 */
export function timeoutMiddleware(states: CallStates, keepReplay: (retryable: boolean) => boolean): Middleware {
  return {
    onRequest({ request, id }) {
      const state = states.open(id, request);
      // A request without a body can be sent again as it is; one with a body needs a copy.
      if (keepReplay(state.retryable)) state.replay = request.body === null ? request : request.clone();
      const signal = state.arm();
      if (signal) setAttemptSignal(request, signal);
      return undefined;
    },
  };
}
