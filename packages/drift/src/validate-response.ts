import type { Exchange } from "./har.js";
import type { SchemaChecker } from "./internals/ajv.js";
import { isJsonMediaType, parseJsonBody } from "./internals/body.js";
import { follow, toPointer } from "./internals/json-pointer.js";
import type { Observation } from "./internals/observation.js";
import { walkSchema } from "./internals/schema-walk.js";
import type { Match } from "./match.js";
import type { OpenApiDocument } from "./types.js";

type Matched = Extract<Match, { matched: true }>;

export interface ResponseCheck {
  readonly observations: Observation[];
  /** The HAR did not keep the body, so it was not checked. */
  readonly bodyNotRecorded: boolean;
}

/** The response object documented for a status: exact (`404`), by range (`4XX`), or `default`. */
function documented(operation: OpenApiDocument, status: number): unknown {
  const responses: Record<string, unknown> = operation.responses ?? {};
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses[`${String(status)[0]}xx`] ?? responses.default;
}

/** Validates what the server answered: a documented status, then the JSON body against that status's schema. */
export function createResponseValidator(spec: OpenApiDocument, checker: SchemaChecker, keepValues: boolean) {
  return function validateResponse(match: Matched, exchange: Exchange): ResponseCheck {
    const received = exchange.response;
    const observations: Observation[] = [];
    if (!received) return { observations, bodyNotRecorded: false };
    const declared = documented(match.operation.operation, received.status);
    if (declared === undefined) {
      observations.push({ kind: "undocumented-status", pointer: "", note: `status ${received.status}` });
      return { observations, bodyNotRecorded: false };
    }
    const content: Record<string, OpenApiDocument> = follow(spec, declared).content ?? {};
    const keys = Object.keys(content);
    const { text, mimeType, size } = received;
    const bodyless = exchange.method === "HEAD" || received.status === 204 || received.status === 304;
    if (text === undefined || (text === "" && (size ?? 0) > 0)) return { observations, bodyNotRecorded: !bodyless };
    if (text === "") {
      if (keys.length > 0 && !bodyless)
        observations.push({ kind: "type-mismatch", pointer: "", note: `an empty body where the spec declares ${keys.join(", ")}` });
      return { observations, bodyNotRecorded: false };
    }
    if (keys.length === 0) {
      if (!bodyless) observations.push({ kind: "type-mismatch", pointer: "", note: "a body where the spec declares none" });
      return { observations, bodyNotRecorded: false };
    }
    const jsonKey = keys.find((key) => key.toLowerCase() === mimeType) ?? keys.find((key) => isJsonMediaType(key.toLowerCase()));
    const looksJson = mimeType === "" || isJsonMediaType(mimeType);
    if (!looksJson) {
      if (!(mimeType in content))
        observations.push({ kind: "type-mismatch", pointer: "", note: `a ${mimeType} body where the spec declares ${keys.join(", ")}` });
      return { observations, bodyNotRecorded: false };
    }
    if (jsonKey === undefined || !isJsonMediaType(jsonKey.toLowerCase())) {
      observations.push({ kind: "type-mismatch", pointer: "", note: `a JSON body where the spec declares ${keys.join(", ")}` });
      return { observations, bodyNotRecorded: false };
    }
    const parsed = parseJsonBody(text);
    if (!parsed.ok) {
      observations.push({ kind: "type-mismatch", pointer: "", note: "a body that is not valid JSON" });
      return { observations, bodyNotRecorded: false };
    }
    const schema = content[jsonKey]?.schema;
    if (schema === undefined) return { observations, bodyNotRecorded: false };
    const result = match.rpcMethod?.resultRef;
    // The fast check first (compiled validators); the walk only where it must explain something.
    // Not for an RPC result: the walk holds it to the called method's schema, which the spec's
    // `anyOf` of every result of the module does not.
    if (!result && checker.clean(schema, parsed.value)) return { observations, bodyNotRecorded: false };
    for (const problem of walkSchema(spec, checker, schema, parsed.value, { keepValues, hints: result ? new Set([result]) : undefined })) {
      observations.push({ kind: problem.kind, pointer: toPointer(problem.segments), problem });
    }
    return { observations, bodyNotRecorded: false };
  };
}
