import type { Middleware } from "openapi-fetch";
import type { CallStates } from "./call-state.js";
import type { Logger } from "./logger.js";

/**
 * One line per call: method, URL without credentials, status, attempts, duration. Headers and
 * bodies are never logged, so neither is a token nor a password.
 */
export function loggingMiddleware(logger: Logger, states: CallStates): Middleware {
  return {
    onRequest({ request, id }) {
      const state = states.open(id, request);
      logger.debug("crm-sdk: request", state.logFields());
      return undefined;
    },
    onResponse({ response, id }) {
      const state = states.get(id);
      if (!state) return undefined;
      const fields = state.logFields({ status: response.status });
      if (response.ok) logger.info("crm-sdk: response", fields);
      else logger.warn("crm-sdk: error response", fields);
      return undefined;
    },
    onError({ error, id }) {
      const state = states.get(id);
      if (state) {
        logger.warn("crm-sdk: request failed", state.logFields({ error: error instanceof Error ? error.name : "Error" }));
      }
      return undefined;
    },
  };
}
