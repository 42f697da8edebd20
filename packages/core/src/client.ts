import * as openapiFetch from "openapi-fetch";
import { ApiPromise } from "./api-promise.js";
import { type Attempt, type CallSetup, createRun } from "./call.js";
import { type CallOptions, type ClientOptions, normalizeOptions } from "./options.js";
import { pathSerializer, querySerializer } from "./serializers.js";

// openapi-fetch's CJS build only sets `exports.default`; in our CJS build a default import is the whole module.
type CreateFetchClient = typeof openapiFetch.default;
const createFetchClient: CreateFetchClient = (openapiFetch.default as { default?: CreateFetchClient }).default ?? openapiFetch.default;

/** What `createClient` returns: the typed openapi-fetch client, and the two ways a wrapper method makes a call. */
export type CrmClient<Paths extends {}> = ReturnType<typeof createClient<Paths>>;

/**
 * openapi-fetch whose every call runs through the attempt loop. A wrapper method hands the loop
 * its attempt as a function of the attempt's own `fetch`, so a retry re-runs openapi-fetch (the
 * body is serialised again; no request copy is kept); `raw` calls reach the loop through
 * openapi-fetch's `fetch` option, keeping a copy of a body that may be sent again.
 */
export function createClient<Paths extends {}>(options: ClientOptions, setup: CallSetup = {}) {
  const o = normalizeOptions(options);
  const run = createRun(o, setup);
  const raw = createFetchClient<Paths>({
    baseUrl: o.baseUrl,
    headers: o.headers,
    pathSerializer: pathSerializer as never,
    querySerializer,
    fetch: (request: Request) => {
      const spare = request.body ? request.clone() : request;
      let next = request;
      const attempt = (init: { fetch: (r: Request) => Promise<Response> }) => {
        const sending = next;
        next = spare === request ? request : spare.clone();
        return init.fetch(sending).then((response) => ({ response }));
      };
      return run(attempt, { signal: request.signal }).then((r) => r.response);
    },
  });
  raw.use(...o.middleware);
  return {
    /** The typed openapi-fetch client; its calls get the token, deadlines, retries and typed errors too. */
    raw,
    /** One call of an operation that answers JSON: resolves the parsed body, or `select(body)`. */
    call: <R, T = R>(attempt: Attempt<R>, options?: CallOptions, select?: (body: R, response: Response) => T) =>
      new ApiPromise(run(attempt, options, true, select)),
    /** One call of an operation that answers no body: resolves `undefined`. */
    callVoid: (attempt: Attempt<unknown>, options?: CallOptions) => new ApiPromise<void>(run(attempt, options, false)),
  };
}
