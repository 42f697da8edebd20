import type { Exchange } from "./har.js";
import type { SchemaChecker } from "./internals/ajv.js";
import { isJsonMediaType, parseJsonBody } from "./internals/body.js";
import { code } from "./internals/describe.js";
import { follow, toPointer } from "./internals/json-pointer.js";
import type { Observation } from "./internals/observation.js";
import { walkSchema } from "./internals/schema-walk.js";
import type { Match } from "./match.js";
import type { OpenApiDocument } from "./types.js";

type Matched = Extract<Match, { matched: true }>;
type Location = "path" | "query";
type Scalar = "integer" | "number" | "boolean" | "string";

interface ParameterSpec {
  readonly name: string;
  readonly scalar: Scalar;
  readonly array: Scalar | undefined;
  readonly separator: string | undefined;
}

interface ParameterPlan {
  readonly location: Location;
  readonly params: readonly ParameterSpec[];
  /** One object schema per location, properties `$ref`-ing the parameters' own schemas; the query one is closed, so unknown names are reported. */
  readonly schema: OpenApiDocument;
}

const SEPARATORS: Record<string, string> = { form: ",", simple: ",", pipeDelimited: "|", spaceDelimited: " " };

function scalarOf(schema: OpenApiDocument): Scalar {
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== "null");
  return type === "integer" || type === "number" || type === "boolean" ? type : "string";
}

function coerceScalar(raw: string, scalar: Scalar): unknown {
  if (scalar === "integer") return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (scalar === "number") return raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  if (scalar === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}

function coerce(values: readonly string[], param: ParameterSpec): unknown {
  if (param.array) {
    const parts = param.separator !== undefined && values.length === 1 ? (values[0] as string).split(param.separator) : values;
    return parts.map((part) => coerceScalar(part, param.array as Scalar));
  }
  // A scalar sent twice is passed on as a list, so that its schema rejects it.
  return values.length === 1 ? coerceScalar(values[0] as string, param.scalar) : values.map((v) => coerceScalar(v, param.scalar));
}

/** Validates what the client sent: path and query parameters, and the JSON body. Headers are not looked at. */
export function createRequestValidator(spec: OpenApiDocument, checker: SchemaChecker, keepValues: boolean) {
  const plans = new WeakMap<OpenApiDocument, ParameterPlan[]>();
  const rpcSchemas = new Map<string, OpenApiDocument>();

  function planFor({ operation, pathItem }: Matched["operation"]): ParameterPlan[] {
    let plan = plans.get(operation);
    if (plan) return plan;
    // Operation-level parameters override path-level ones with the same name and location.
    const effective = new Map<string, OpenApiDocument>();
    for (const list of [pathItem.parameters, operation.parameters]) {
      for (const entry of Array.isArray(list) ? list : []) {
        const param = follow(spec, entry);
        if (typeof param.name === "string" && (param.in === "path" || param.in === "query")) effective.set(`${param.in} ${param.name}`, param);
      }
    }
    plan = (["path", "query"] as const).map((location) => {
      const properties: Record<string, unknown> = {};
      const required: string[] = [];
      const params: ParameterSpec[] = [];
      for (const param of effective.values()) {
        if (param.in !== location) continue;
        properties[param.name] = param.schema ?? {};
        if (param.required || location === "path") required.push(param.name);
        const schema = follow(spec, param.schema ?? {});
        const isArray = schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"));
        params.push({
          name: param.name,
          scalar: scalarOf(schema),
          array: isArray ? scalarOf(follow(spec, schema.items ?? {})) : undefined,
          separator:
            isArray && (param.explode === false || location === "path")
              ? (SEPARATORS[param.style ?? (location === "query" ? "form" : "simple")] ?? ",")
              : undefined,
        });
      }
      const schema: OpenApiDocument = { type: "object", properties, required, ...(location === "query" ? { additionalProperties: false } : {}) };
      return { location, params, schema };
    });
    plans.set(operation, plan);
    return plan;
  }

  function checkParameters(match: Matched, exchange: Exchange, out: Observation[]) {
    for (const { location, params, schema } of planFor(match.operation)) {
      const values: Record<string, unknown> = {};
      if (location === "query") {
        const query = exchange.url.searchParams;
        const known = new Map(params.map((p) => [p.name, p]));
        for (const name of new Set(query.keys())) {
          const param = known.get(name);
          values[name] = param ? coerce(query.getAll(name), param) : query.get(name);
        }
      } else {
        for (const param of params) {
          const raw = match.pathParams[param.name];
          if (raw === undefined) continue;
          try {
            values[param.name] = coerce([decodeURIComponent(raw)], param);
          } catch {
            out.push({
              kind: "invalid-request",
              pointer: toPointer(["path", param.name]),
              note: `path parameter ${code(param.name)} is not valid percent-encoding`,
            });
          }
        }
      }
      for (const problem of walkSchema(spec, checker, schema, values, { keepValues })) {
        out.push({ kind: "invalid-request", pointer: toPointer([location, ...problem.segments]), problem });
      }
    }
  }

  function checkBody(match: Matched, exchange: Exchange, out: Observation[]) {
    const requestBody = follow(spec, match.operation.operation.requestBody);
    const content: Record<string, OpenApiDocument> = requestBody.content ?? {};
    const sent = exchange.request;
    if (Object.keys(content).length === 0) return;
    // A body the HAR did not keep (the recorder with `values: false`) is not checked.
    if (sent.text === undefined && (sent.size ?? 0) > 0) return;
    if (sent.text === undefined || sent.text === "") {
      if (requestBody.required) out.push({ kind: "invalid-request", pointer: "/body", note: "the required request body is missing" });
      return;
    }
    const jsonKey = Object.keys(content).find((key) => isJsonMediaType(key.toLowerCase()));
    if (sent.mimeType !== "" && !isJsonMediaType(sent.mimeType)) {
      if (!(sent.mimeType in content))
        out.push({
          kind: "invalid-request",
          pointer: "/body",
          note: `the request body was sent as ${sent.mimeType}; the spec takes ${Object.keys(content).join(", ")}`,
        });
      return;
    }
    if (jsonKey === undefined) return;
    const parsed = parseJsonBody(sent.text);
    if (!parsed.ok) {
      out.push({ kind: "invalid-request", pointer: "/body", note: "the request body is not valid JSON" });
      return;
    }
    let schema: unknown = content[jsonKey]?.schema;
    if (match.rpcMethod) {
      const ref = match.rpcMethod.requestRef;
      schema = rpcSchemas.get(ref) ?? rpcSchemas.set(ref, { $ref: ref }).get(ref);
    }
    if (schema === undefined) return;
    for (const problem of walkSchema(spec, checker, schema, parsed.value, { keepValues })) {
      out.push({ kind: "invalid-request", pointer: toPointer(["body", ...problem.segments]), problem });
    }
  }

  return function validateRequest(match: Matched, exchange: Exchange): Observation[] {
    const out: Observation[] = [];
    checkParameters(match, exchange, out);
    checkBody(match, exchange, out);
    return out;
  };
}
