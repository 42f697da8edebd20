import { type Fetch, type FetchWrapper, InvalidOptionsError, type LogFields, type Logger, redactUrl } from "@crm-sdk/core";
import { ResponseValidationError } from "./errors/response-validation-error.js";
import type { Exchange } from "./har.js";
import { describe, shownValue } from "./internals/describe.js";
import { type Engine, engineFor } from "./internals/engine.js";
import { liveExchange, readRequestBody } from "./internals/fetch-exchange.js";
import type { OpenApiDocument, ValidationFinding } from "./types.js";

/** `"off"`: the transport untouched. `"report"`: findings go to `onFinding` and the logger; the call succeeds. `"throw"`: a 2xx the spec rejects throws `ResponseValidationError`. */
export type ValidationMode = "off" | "report" | "throw";

export interface ResponseValidationOptions {
  /**
   * `"report"` hands each finding to `onFinding` and to the client's logger (`warn`) and lets the
   * call succeed. `"throw"` rejects a call whose 2xx response the spec rejects with a
   * `ResponseValidationError` (never retried); undeclared properties, which the specs allow, and
   * findings on error responses, which reject with their `ApiError` anyway, are reported as in
   * `"report"`. `"off"` returns the transport as it is: nothing is read, compiled or loaded.
   * @default "report"
   */
  readonly mode?: ValidationMode;
  /** Called with each reported finding (in `"throw"` mode, with those not thrown). @default none */
  readonly onFinding?: (finding: ValidationFinding) => void;
  /**
   * Put the offending value into each finding (`value`, and the end of `message`). Response values
   * are personal data (names, e-mails, phones); credential-named properties stay `"[redacted]"`,
   * and log lines never carry values.
   * @default false
   */
  readonly values?: boolean;
}

const MODES: readonly ValidationMode[] = ["off", "report", "throw"];
const LOG_MESSAGE = "crm-sdk: response does not match the spec";

/** A finding, and its message without a value for the log line. */
type Found = { readonly finding: ValidationFinding; readonly logged: string };

/** Findings of one response: no operation, or each observation of the response validator. */
function findingsOf(engine: Engine, exchange: Exchange, values: boolean): Found[] {
  const { method } = exchange;
  const status = exchange.response?.status ?? 0;
  const match = engine.matcher.match(exchange);
  if (!match.matched) {
    return [{ finding: { operationId: null, method, status, pointer: "", kind: "unknown-operation", message: match.reason }, logged: match.reason }];
  }
  const operationId = match.rpcMethod?.qualified ?? match.operation.operationId;
  return engine
    .validator(values)(match, exchange)
    .observations.map((observation) => {
      const { kind, pointer } = observation;
      const logged = describe(kind, observation, { operationId, status });
      const raw = observation.problem?.value;
      if (!values || raw === undefined) return { finding: { operationId, method, status, pointer, kind, message: logged }, logged };
      const value = shownValue(pointer, raw);
      return { finding: { operationId, method, status, pointer, kind, message: describe(kind, observation, { operationId, status }, value), value }, logged };
    });
}

/**
 * Validates every response a client receives against the spec, as a client option:
 * `createSyscapClient({ baseUrl, validation: responseValidation(spec, { mode: "throw" }) })`.
 * Each attempt's response is matched to its operation (Centia's by the method named in the
 * request body) and its body checked with the drift report's engine (ajv, JSON Schema 2020-12),
 * for 2xx and documented error statuses alike. Validators are compiled on first use, once per spec
 * object, however many clients share it.
 * @throws InvalidOptionsError for an unknown `mode` or a spec that is not an OpenAPI document.
 */
export function responseValidation(spec: OpenApiDocument, options: ResponseValidationOptions = {}): FetchWrapper {
  const { mode = "report", onFinding, values = false } = options;
  if (!MODES.includes(mode)) throw new InvalidOptionsError(`validation mode must be "off", "report" or "throw"`);
  if (spec === null || typeof spec !== "object" || typeof spec.paths !== "object") {
    throw new InvalidOptionsError("responseValidation needs an OpenAPI document (the vendor package's openapi.json)");
  }
  if (onFinding !== undefined && typeof onFinding !== "function") throw new InvalidOptionsError("onFinding must be a function");

  return {
    wrap(fetch: Fetch, { logger }: { logger: Logger | undefined }): Fetch {
      if (mode === "off") return fetch;
      const report = ({ finding, logged }: Found, url: string) => {
        onFinding?.(finding);
        // Never a value in a log line, even with `values`. (`LogFields` has no room for these fields yet, hence the cast.)
        const { operationId, method, status, pointer, kind } = finding;
        logger?.warn(LOG_MESSAGE, { method, url, status, operationId, pointer, kind, message: logged } as unknown as LogFields);
      };

      return async function validateResponse(request, init) {
        const engine = engineFor(spec);
        // Only an RPC spec needs the request body (the method it names); read it before it is sent.
        const sent = engine.rpc ? readRequestBody(request) : undefined;
        const response = await fetch(request, init);
        let text: string;
        try {
          text = await response.clone().text();
        } catch {
          // A body cut off mid-stream: the client finds out when it reads it, as it would without validation.
          return response;
        }
        const findings = findingsOf(engine, liveExchange(request, await sent, response, text), values);
        if (findings.length === 0) return response;
        const thrown = mode === "throw" && response.ok ? findings.filter((f) => f.finding.kind !== "undeclared-property") : [];
        const url = redactUrl(request.url);
        for (const found of findings) if (!thrown.includes(found)) report(found, url);
        if (thrown.length === 0) return response;
        await response.body?.cancel().catch(() => undefined);
        throw new ResponseValidationError(thrown.map((f) => f.finding));
      };
    },
  };
}
