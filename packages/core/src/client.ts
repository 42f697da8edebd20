import type { Client } from "openapi-fetch";
import * as openapiFetch from "openapi-fetch";
import { ApiPromise } from "./api-promise.js";
import { type Attempt, type CallSetup, createRun } from "./call.js";
import { type CallOptions, type ClientOptions, normalizeOptions } from "./options.js";
import { pathSerializer, querySerializer } from "./serializers.js";

// openapi-fetch's CJS build only sets `exports.default`; in our CJS output a default import is
// the whole `module.exports`, so unwrap it once.
type CreateFetchClient = typeof openapiFetch.default;
const createFetchClient: CreateFetchClient = (openapiFetch.default as { default?: CreateFetchClient }).default ?? openapiFetch.default;

export interface CrmClient<Paths extends {}> {
  /** The typed openapi-fetch client. Its calls get the token, the deadline, retries and typed errors too. */
  raw: Client<Paths>;
  /** One call of an operation that answers JSON: resolves the parsed body, or `select(body)`. */
  call<R, T = R>(attempt: Attempt<R>, options?: CallOptions, select?: (body: R, response: Response) => T): ApiPromise<T>;
  /** One call of an operation that answers no body (a delete): resolves `undefined`. */
  callVoid(attempt: Attempt<unknown>, options?: CallOptions): ApiPromise<void>;
}

/**
 * A client over openapi-fetch whose every call runs through one attempt loop (`createRun`).
 * Wrapper methods hand the loop one attempt as a function of the attempt's own `fetch`, so a
 * retry or a resend re-runs openapi-fetch (the body is serialised again: no request copy is
 * kept); `raw` calls reach the loop through openapi-fetch's `fetch` option instead.
 */
export function createClient<Paths extends {}>(options: ClientOptions, setup: CallSetup = {}): CrmClient<Paths> {
  const o = normalizeOptions(options);
  const run = createRun(o, setup);
  const raw = createFetchClient<Paths>({
    baseUrl: o.baseUrl,
    headers: o.headers,
    pathSerializer: pathSerializer as never,
    querySerializer,
    fetch: (request: Request) => {
      // A raw request with a body is consumed when sent: keep a copy in case it is sent again.
      const spare = request.body ? request.clone() : request;
      let next = request;
      const attempt = (init: { fetch: (r: Request) => Promise<Response> }) => {
        const sending = next;
        next = spare === request ? request : spare.clone();
        return init.fetch(sending).then((response) => ({ response }));
      };
      // The request follows the caller's own `signal`, if any: so must every attempt.
      return run(attempt, { signal: request.signal }, undefined).then((r) => r.response);
    },
  });
  raw.use(...o.middleware);
  return {
    raw,
    call: (attempt, options, select) => new ApiPromise(run(attempt, options, true, select)),
    callVoid: (attempt, options) => new ApiPromise(run(attempt, options, false)),
  };
}
