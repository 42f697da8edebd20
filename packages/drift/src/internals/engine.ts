import { createMatcher, type Matcher } from "../match.js";
import type { OpenApiDocument } from "../types.js";
import { createResponseValidator } from "../validate-response.js";
import { createSchemaChecker } from "./ajv.js";

type ResponseValidator = ReturnType<typeof createResponseValidator>;

/** What checking responses of one spec needs: its matcher and its ajv instance, the validators of each schema compiled on first use. */
export interface Engine {
  readonly matcher: Matcher;
  /** Whether an operation is an RPC module (Centia), whose request body names the method called. */
  readonly rpc: boolean;
  validator(keepValues: boolean): ResponseValidator;
}

// One per spec object, however many clients (Centia's login client and its main one) or wrappers use it.
const engines = new WeakMap<OpenApiDocument, Engine>();

/** The spec's engine, made on its first use. */
export function engineFor(spec: OpenApiDocument): Engine {
  let engine = engines.get(spec);
  if (engine) return engine;
  const checker = createSchemaChecker(spec);
  const matcher = createMatcher(spec);
  const validators = new Map<boolean, ResponseValidator>();
  engine = {
    matcher,
    rpc: matcher.operations.some((operation) => operation.rpc !== undefined),
    validator(keepValues) {
      let validate = validators.get(keepValues);
      if (!validate) {
        validate = createResponseValidator(spec, checker, keepValues);
        validators.set(keepValues, validate);
      }
      return validate;
    },
  };
  engines.set(spec, engine);
  return engine;
}
