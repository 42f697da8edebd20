import type { OpenApiDocument } from "../types.js";
import { type BodyPlan, compileBody } from "./body.js";
import { effectiveParameters, type OperationRef } from "./operations.js";
import { compileResponses, type ResponsePlan } from "./responses.js";

/** What the mock needs of one operation besides openapi-backend's checks, built once. */
export interface CompiledOperation {
  readonly ref: OperationRef;
  readonly body: BodyPlan | undefined;
  readonly responses: ResponsePlan;
  /** Names of the query parameters (listed when an unknown one is rejected). */
  readonly queryNames: readonly string[];
}

export interface OperationCompiler {
  /** Compiles the operation on first use and returns the same plan afterwards. */
  get(ref: OperationRef): CompiledOperation;
}

export function createOperationCompiler(spec: OpenApiDocument): OperationCompiler {
  const cache = new Map<OperationRef, CompiledOperation>();
  return {
    get(ref) {
      let compiled = cache.get(ref);
      if (!compiled) {
        compiled = {
          ref,
          body: compileBody(spec, ref),
          responses: compileResponses(spec, ref),
          queryNames: effectiveParameters(spec, ref)
            .filter(({ param }) => param.in === "query")
            .map(({ param }) => param.name),
        };
        cache.set(ref, compiled);
      }
      return compiled;
    },
  };
}
