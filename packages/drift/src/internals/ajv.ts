import type { ErrorObject, ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "../types.js";
import { type StrictSchemas, strictSchemas } from "./strict.js";

const SPEC_ID = "openapi.json";
const STRICT_ID = "strict.json";

// OpenAPI's own numeric and binary formats: annotations, as most validators treat them.
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password"];

// Keywords the schema walk handles itself; a "shallow" schema keeps every other keyword.
const STRUCTURAL = new Set([
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "discriminator",
  "properties",
  "patternProperties",
  "additionalProperties",
  "unevaluatedProperties",
  "required",
  "items",
  "prefixItems",
  "unevaluatedItems",
]);

/** Validates values against schemas of one spec with ajv (JSON Schema 2020-12, as OpenAPI 3.1), compiling each schema once. */
export interface SchemaChecker {
  /** ajv's errors for `data` against the whole `schema` (its `$ref`s followed), or `[]` when valid. */
  errors(schema: unknown, data: unknown): ErrorObject[];
  /** The same for the schema's own keywords only (type, enum, format, pattern, …), not its properties, items or composition. */
  shallowErrors(schema: OpenApiDocument, data: unknown): ErrorObject[];
  /**
   * `true` when `data` is valid and has no property the schema does not declare (see strict.ts):
   * then the schema walk would report nothing. `false` says only that the walk must look.
   */
  clean(schema: unknown, data: unknown): boolean;
}

/** Rewrites local `$ref`s of a schema taken out of the spec so that they point into the registered spec (or its strict copy). */
function rebase(schema: unknown, id = SPEC_ID): unknown {
  if (Array.isArray(schema)) return schema.map((item) => rebase(item, id));
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === "$ref" && typeof value === "string" && value.startsWith("#") ? `${id}${value}` : rebase(value, id);
  }
  return out;
}

// Keywords that validate nothing: a node with only these needs no validator.
const ANNOTATIONS = new Set([
  "title",
  "description",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
  "externalDocs",
  "xml",
]);

function shallow(schema: OpenApiDocument): OpenApiDocument | undefined {
  const out: OpenApiDocument = {};
  let validates = false;
  for (const [key, value] of Object.entries(schema)) {
    if (STRUCTURAL.has(key)) continue;
    out[key] = value;
    if (!ANNOTATIONS.has(key) && !key.startsWith("x-")) validates = true;
  }
  return validates ? out : undefined;
}

export function createSchemaChecker(spec: OpenApiDocument): SchemaChecker {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, validateFormats: true, discriminator: false, logger: false });
  addFormats(ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  ajv.addSchema(spec, SPEC_ID);
  const whole = new WeakMap<object, ValidateFunction>();
  const own = new WeakMap<object, ValidateFunction | null>();
  const cleanChecks = new WeakMap<object, (data: unknown) => boolean>();
  let strict: StrictSchemas | undefined;
  const compileWhole = (schema: object) => {
    let fn = whole.get(schema);
    if (!fn) {
      fn = ajv.compile(rebase(schema) as object);
      whole.set(schema, fn);
    }
    return fn;
  };

  const none: ErrorObject[] = [];
  // The same empty list for every valid value: the schema walk calls this for every node of a body.
  const run = (fn: ValidateFunction | null | undefined, data: unknown) => (!fn || fn(data) ? none : [...(fn.errors ?? [])]);
  return {
    errors(schema, data) {
      if (schema === true || schema === undefined) return [];
      if (schema === false) return [{ keyword: "false schema", instancePath: "", schemaPath: "#", params: {}, message: "boolean schema is false" }];
      return run(compileWhole(schema as object), data);
    },
    clean(schema, data) {
      if (schema === null || typeof schema !== "object") return false;
      let check = cleanChecks.get(schema);
      if (!check) {
        try {
          if (!strict) {
            strict = strictSchemas(spec);
            ajv.addSchema(strict.document, STRICT_ID);
          }
          const valid = compileWhole(schema);
          const closed = ajv.compile(rebase(strict.strict(schema), STRICT_ID) as object);
          check = (value) => valid(value) && closed(value);
        } catch {
          // a schema ajv cannot compile: the walk reports what it can
          check = () => false;
        }
        cleanChecks.set(schema, check);
      }
      return check(data);
    },
    shallowErrors(schema, data) {
      let fn = own.get(schema);
      if (fn === undefined) {
        const keywords = shallow(schema);
        fn = keywords ? ajv.compile(rebase(keywords) as object) : null;
        own.set(schema, fn);
      }
      return run(fn, data);
    },
  };
}
