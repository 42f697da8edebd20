import type { Middleware } from "openapi-fetch";
import type { CallState, CallStates } from "./call-state.js";
import { ApiError } from "./errors.js";
import { toNetworkError } from "./network-error.js";

const parseJson = (text: string): unknown => {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * Turns every outcome that is not a usable success into a typed error: a non-2xx status becomes
 * an `ApiError` subclass with the parsed body and the raw text; a network failure becomes
 * `ConnectionError`/`TimeoutError`; a 2xx whose body is not the JSON promised becomes
 * `InvalidResponseError` (never a bare `SyntaxError`). Registered first, so it sees the final
 * response after retries.
 */
export function errorMappingMiddleware(states: CallStates): Middleware {
  return {
    onRequest({ request, id }) {
      states.open(id, request);
      return undefined;
    },
    async onResponse({ response, id, options }) {
      const state = states.get(id);
      if (!response.ok) {
        let raw: string;
        try {
          raw = await response.text();
        } catch (error) {
          throw toNetworkError(state, error, { method: "GET", url: response.url });
        } finally {
          states.close(id);
        }
        throw ApiError.from(errorInit(state, response, raw));
      }
      const empty = response.status === 204 || response.headers.get("content-length") === "0" || state?.method === "HEAD";
      if (options.parseAs !== "json" || empty || !state) {
        states.close(id);
        return undefined;
      }
      guardJsonBody(response, state, () => states.close(id));
      return undefined;
    },
    onError({ error, id }) {
      const state = states.get(id);
      states.close(id);
      const mapped = toNetworkError(state, error);
      return mapped instanceof Error ? mapped : new Error(String(mapped));
    },
  };
}

function errorInit(state: CallState | undefined, response: Response, raw: string) {
  return {
    status: response.status,
    statusText: response.statusText,
    body: parseJson(raw),
    rawBody: raw,
    method: state?.method ?? "GET",
    url: state?.url ?? response.url,
    headers: response.headers,
  };
}

/**
 * openapi-fetch parses a 2xx body with `response.json()` (or `text()` + `JSON.parse`). We wrap
 * both on this response so that a body cut off by a timeout or a reset, or a body that is not
 * JSON, surfaces as a typed error with the raw text kept, and so the attempt's timer is cleared
 * once the body has been read.
 */
function guardJsonBody(response: Response, state: CallState, done: () => void): void {
  const readText = response.text.bind(response);
  const read = async () => {
    try {
      return await readText();
    } catch (error) {
      throw toNetworkError(state, error);
    } finally {
      done();
    }
  };
  const invalid = (raw: string, cause: unknown) =>
    Object.assign(ApiError.from({ ...errorInit(state, response, raw), message: `response body is not valid JSON (${(cause as Error).message})` }), { cause });
  response.json = async () => {
    const raw = await read();
    try {
      return JSON.parse(raw);
    } catch (error) {
      throw invalid(raw, error);
    }
  };
  response.text = async () => {
    const raw = await read();
    if (raw !== "") {
      try {
        JSON.parse(raw);
      } catch (error) {
        throw invalid(raw, error);
      }
    }
    return raw;
  };
}
