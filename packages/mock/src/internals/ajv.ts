import type { ValidateFunction } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "../types.js";

const SPEC_ID = "openapi.json";

/** Compiles validators for any schema of one spec, addressed by JSON pointer, each once. */
export interface SchemaCompiler {
  compile(pointer: string): ValidateFunction;
  /** Compiles an ad-hoc schema whose `$ref`s (`#/...`) point into the spec. */
  compileSchema(schema: OpenApiDocument): ValidateFunction;
}

// OpenAPI's own numeric and binary formats: accepted as annotations, as most validators do.
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password"];

/** Rewrites local `$ref`s of an ad-hoc schema so that they point into the registered spec. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === "$ref" && typeof value === "string" && value.startsWith("#") ? `${SPEC_ID}${value}` : rebase(value);
  }
  return out;
}

/** One ajv (JSON Schema 2020-12, as OpenAPI 3.1) per mock, with the whole spec registered once. */
export function createSchemaCompiler(spec: OpenApiDocument): SchemaCompiler {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, validateFormats: true, discriminator: false, logger: false });
  addFormats(ajv);
  for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
  ajv.addSchema(spec, SPEC_ID);
  const cache = new Map<string, ValidateFunction>();
  return {
    compile(pointer) {
      let fn = cache.get(pointer);
      if (!fn) {
        fn = ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
        cache.set(pointer, fn);
      }
      return fn;
    },
    compileSchema(schema) {
      return ajv.compile(rebase(schema) as OpenApiDocument);
    },
  };
}
