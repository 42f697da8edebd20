import type { Middleware } from "openapi-fetch";
import { resolveToken } from "./auth.js";
import type { CallState, CallStates } from "./call-state.js";
import { parseRetryAfter } from "./errors.js";
import { toNetworkError } from "./network-error.js";
import type { ResolvedOptions } from "./options.js";
import { sleep } from "./sleep.js";

/**
 * Sends a call again when that is safe and useful: on connection errors, timeouts, 408, 429 and
 * 5xx, for idempotent methods (or a call the caller marked `idempotent`), at most `maxRetries`
 * times, waiting `Retry-After` (up to a cap) or an exponential backoff with jitter. Also resends
 * once after a 401 when `onAuthError` refreshed the credentials. The caller's signal stops it.
 */
export function retryMiddleware(options: ResolvedOptions, states: CallStates): Middleware {
  const { retry, logger } = options;

  async function resend(state: CallState, refreshAuth: boolean): Promise<Response> {
    const request = (state.replay as Request).clone();
    if (refreshAuth) {
      const token = await resolveToken(options.token);
      if (token) request.headers.set("Authorization", `Bearer ${token}`);
    }
    const signal = state.arm();
    return options.fetch(request, signal ? { signal } : undefined);
  }

  /** How long to wait before the next attempt, or undefined when this outcome is final. */
  function retryDelay(state: CallState, outcome: Response | unknown): number | undefined {
    if (!state.retryable || !state.replay || state.attempt > state.maxRetries) return undefined;
    if (state.callerSignal?.aborted) return undefined;
    if (outcome instanceof Response) {
      if (!retry.retryStatus(outcome.status)) return undefined;
      const retryAfter = parseRetryAfter(outcome.headers);
      if (retryAfter !== undefined) return retryAfter <= retry.maxRetryAfterMs ? retryAfter : undefined;
    }
    return retry.delayMs(state.attempt);
  }

  /** Runs attempts until one is final; returns its response or throws its error. */
  async function loop(state: CallState, first: Response | { error: unknown }): Promise<Response> {
    let outcome = first;
    for (;;) {
      if (outcome instanceof Response && outcome.status === 401 && options.onAuthError && state.replay && !state.authRefreshed) {
        state.authRefreshed = true;
        if (await options.onAuthError()) {
          discard(outcome);
          outcome = await attempt(state, true);
          continue;
        }
      }
      const delay = retryDelay(state, outcome instanceof Response ? outcome : (outcome as { error: unknown }).error);
      if (delay === undefined) {
        if (outcome instanceof Response) return outcome;
        throw toNetworkError(state, outcome.error);
      }
      if (outcome instanceof Response) discard(outcome);
      state.settle();
      logger?.warn(
        "crm-sdk: retrying",
        outcome instanceof Response
          ? state.logFields({ status: outcome.status, retryInMs: Math.round(delay) })
          : state.logFields({ error: String((toNetworkError(state, outcome.error) as Error)?.name), retryInMs: Math.round(delay) }),
      );
      await sleep(delay, state.callerSignal);
      state.attempt += 1;
      outcome = await attempt(state, false);
    }
  }

  async function attempt(state: CallState, refreshAuth: boolean): Promise<Response | { error: unknown }> {
    try {
      return await resend(state, refreshAuth);
    } catch (error) {
      return { error };
    }
  }

  return {
    async onResponse({ response, id }) {
      const state = states.get(id);
      if (!state || response.ok) return undefined;
      try {
        const final = await loop(state, response);
        return final === response ? undefined : final;
      } catch (error) {
        states.close(id);
        throw error;
      }
    },
    async onError({ error, id }) {
      const state = states.get(id);
      if (!state) return undefined;
      try {
        return await loop(state, { error });
      } catch (final) {
        return final instanceof Error ? final : new Error(String(final));
      }
    },
  };
}

/** Drops a response we will not read, without waiting (a cancel can wait on a tee'd clone). */
function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}
