import type { OpenApiDocument } from "../types.js";
import type { SchemaCompiler } from "./ajv.js";
import { type BodyPlan, compileBody } from "./body.js";
import { compileParameters, type ParameterPlan } from "./parameters.js";
import { compileResponses, type ResponsePlan } from "./responses.js";
import type { OperationRef } from "./router.js";
import { compileSecurity, type SecurityPlan } from "./security.js";

/** Everything needed to check and answer one operation, built once. */
export interface CompiledOperation {
  readonly ref: OperationRef;
  readonly security: SecurityPlan;
  readonly parameters: ParameterPlan;
  readonly body: BodyPlan | undefined;
  readonly responses: ResponsePlan;
}

export interface OperationCompiler {
  /** Compiles the operation on first use and returns the same plan afterwards. */
  get(ref: OperationRef): CompiledOperation;
}

export function createOperationCompiler(spec: OpenApiDocument, compiler: SchemaCompiler, authorize: (token: string) => boolean): OperationCompiler {
  const cache = new Map<OperationRef, CompiledOperation>();
  return {
    get(ref) {
      let compiled = cache.get(ref);
      if (!compiled) {
        compiled = {
          ref,
          security: compileSecurity(spec, ref.operation, authorize),
          parameters: compileParameters(spec, ref, compiler),
          body: compileBody(spec, ref, compiler),
          responses: compileResponses(spec, ref),
        };
        cache.set(ref, compiled);
      }
      return compiled;
    },
  };
}
