import type { ValidateFunction } from "ajv";
import type { OpenApiDocument, Violation } from "../types.js";
import type { SchemaCompiler } from "./ajv.js";
import { follow, instancePointer, pointerTo } from "./pointer.js";
import type { OperationRef } from "./router.js";
import { toViolations } from "./violations.js";

type Location = "path" | "query" | "header";
type Scalar = "integer" | "number" | "boolean" | "string";

interface ParameterSpec {
  readonly name: string;
  /** Lower-cased for headers, as Node and `Headers` give them. */
  readonly key: string;
  readonly scalar: Scalar;
  /** For arrays: the scalar type of the items and the separator of a non-exploded value. */
  readonly array: { readonly items: Scalar; readonly separator: string | undefined } | undefined;
}

interface ParameterGroup {
  readonly params: readonly ParameterSpec[];
  readonly validate: ValidateFunction;
}

/** The compiled parameter checks of one operation. */
export interface ParameterPlan {
  /** Coerces, validates and returns the violations (unknown query parameters included) and the coerced values. */
  check(input: { rawPath: Readonly<Record<string, string>>; query: URLSearchParams; headers: ReadonlyMap<string, string> }): {
    violations: Violation[];
    path: Record<string, unknown>;
    query: Record<string, unknown>;
  };
}

const LOCATIONS: readonly Location[] = ["path", "query", "header"];
const SEPARATORS: Record<string, string> = { form: ",", simple: ",", pipeDelimited: "|", spaceDelimited: " " };

function scalarOf(schema: OpenApiDocument): Scalar {
  const types: unknown[] = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== "null");
  return type === "integer" || type === "number" || type === "boolean" ? type : "string";
}

function coerceScalar(raw: string, scalar: Scalar): unknown {
  switch (scalar) {
    case "integer":
      return /^-?\d+$/.test(raw) ? Number(raw) : raw;
    case "number":
      return raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    case "boolean":
      return raw === "true" ? true : raw === "false" ? false : raw;
    default:
      return raw;
  }
}

function coerce(values: readonly string[], spec: ParameterSpec): unknown {
  const { array } = spec;
  if (array) {
    const parts = array.separator !== undefined && values.length === 1 ? (values[0] as string).split(array.separator) : values;
    return parts.map((part) => coerceScalar(part, array.items));
  }
  // A scalar parameter sent twice is passed on as a list, so the schema rejects it with its pointer.
  return values.length === 1 ? coerceScalar(values[0] as string, spec.scalar) : values.map((v) => coerceScalar(v, spec.scalar));
}

/** Operation-level parameters override path-level ones with the same `name` and `in`. */
export function effectiveParameters(spec: OpenApiDocument, ref: OperationRef) {
  const found = new Map<string, { param: OpenApiDocument; schemaAt: string }>();
  const collect = (list: unknown, base: readonly string[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      const { node: param, at } = follow(spec, entry, pointerTo(...base, "parameters", i));
      if (typeof param.name === "string" && LOCATIONS.includes(param.in)) found.set(`${param.in}\u0000${param.name}`, { param, schemaAt: `${at}/schema` });
    });
  };
  collect(ref.pathItem.parameters, ["paths", ref.path]);
  collect(ref.operation.parameters, ["paths", ref.path, ref.method.toLowerCase()]);
  return [...found.values()];
}

/** Compiles, per location, one object schema whose properties `$ref` the parameters' own schemas. */
export function compileParameters(spec: OpenApiDocument, ref: OperationRef, compiler: SchemaCompiler): ParameterPlan {
  const groups = new Map<Location, ParameterGroup>();
  const knownQuery = new Set<string>();
  const effective = effectiveParameters(spec, ref);
  for (const location of LOCATIONS) {
    const entries = effective.filter(({ param }) => param.in === location);
    if (location === "query") for (const { param } of entries) knownQuery.add(param.name);
    if (entries.length === 0) continue;
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    const params: ParameterSpec[] = [];
    for (const { param, schemaAt } of entries) {
      const key = location === "header" ? param.name.toLowerCase() : param.name;
      const schema = param.schema ? follow(spec, param.schema, schemaAt).node : {};
      properties[key] = param.schema ? { $ref: schemaAt } : {};
      if (param.required || location === "path") required.push(key);
      const isArray = scalarTypeIsArray(schema);
      params.push({
        name: param.name,
        key,
        scalar: scalarOf(schema),
        array: isArray
          ? {
              items: scalarOf(follow(spec, schema.items ?? {}, `${schemaAt}/items`).node),
              separator:
                param.explode === false || location !== "query" ? (SEPARATORS[param.style ?? (location === "query" ? "form" : "simple")] ?? ",") : undefined,
            }
          : undefined,
      });
    }
    groups.set(location, { params, validate: compiler.compileSchema({ type: "object", properties, required }) });
  }

  return {
    check({ rawPath, query, headers }) {
      const violations: Violation[] = [];
      const values: Record<Location, Record<string, unknown>> = { path: {}, query: {}, header: {} };
      const undecodable = new Set<string>();
      for (const [location, group] of groups) {
        const target = values[location];
        for (const param of group.params) {
          let raw: string[] = [];
          if (location === "path") {
            const value = rawPath[param.name];
            if (value !== undefined) {
              try {
                raw = [decodeURIComponent(value)];
              } catch {
                undecodable.add(instancePointer([param.name]));
                violations.push({ in: "path", pointer: instancePointer([param.name]), message: "is not valid percent-encoding" });
                continue;
              }
            }
          } else if (location === "query") raw = query.getAll(param.name);
          else {
            const value = headers.get(param.key);
            if (value !== undefined) raw = [value];
          }
          if (raw.length > 0) target[param.key] = coerce(raw, param);
        }
        if (!group.validate(target))
          violations.push(...toViolations(location, group.validate.errors).filter((v) => !(location === "path" && undecodable.has(v.pointer))));
      }
      const unknown = new Set<string>();
      for (const name of query.keys()) if (!knownQuery.has(name)) unknown.add(name);
      for (const name of unknown) {
        const allowed = [...knownQuery];
        violations.push({
          in: "query",
          pointer: instancePointer([name]),
          message: `is not a parameter of this operation (${allowed.length > 0 ? `known: ${allowed.join(", ")}` : "it takes none"})`,
        });
      }
      return { violations, path: values.path, query: values.query };
    },
  };
}

function scalarTypeIsArray(schema: OpenApiDocument): boolean {
  return schema.type === "array" || (Array.isArray(schema.type) && schema.type.includes("array"));
}
