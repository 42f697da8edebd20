// The vendor package's error exports, derived from the spec: the API error classes of
// @crm-sdk/core typed with the schema(s) the spec declares for its error responses (4xx/5xx),
// plus the network and option errors and types users need. Written to src/generated/errors.ts.

import { deref, listOperations } from "../../packages/spec-tools/src/index.js";

const API_ERRORS = [
  "ApiError",
  "BadRequestError",
  "AuthenticationError",
  "PermissionDeniedError",
  "NotFoundError",
  "ConflictError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
  "InvalidResponseError",
];

/** Names of the component schemas the spec's error responses use. */
export function errorSchemaNames(spec) {
  const names = new Set();
  for (const { operation } of listOperations(spec)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!/^[45]/.test(status)) continue;
      const schema = deref(spec, response)?.content?.["application/json"]?.schema;
      if (schema?.$ref?.startsWith("#/components/schemas/")) names.add(schema.$ref.split("/").pop());
    }
  }
  return [...names].sort();
}

export function renderErrorExports(spec) {
  const names = errorSchemaNames(spec);
  const body = names.length > 0 ? names.map((n) => `components["schemas"]["${n}"]`).join(" | ") : "unknown";
  return [
    'import { typedErrors } from "@crm-sdk/core";',
    'import type { components } from "./schema.js";',
    "",
    "export {",
    "  type CallOptions,",
    "  type ClientOptions,",
    "  ConnectionError,",
    "  CrmSdkError,",
    "  InvalidOptionsError,",
    "  InvalidParameterError,",
    "  type LogFields,",
    "  type Logger,",
    "  type RetryOptions,",
    "  TimeoutError,",
    "  type TokenSource,",
    '} from "@crm-sdk/core";',
    "",
    `/** The body of the spec's error responses${names.length ? ` (${names.join(", ")})` : " (none declared)"}. */`,
    `export type ErrorBody = ${body};`,
    "",
    "const errors = typedErrors<ErrorBody>();",
    "/** @crm-sdk/core's API error classes (the same classes at runtime), with `body` typed as {@link ErrorBody}. */",
    ...API_ERRORS.map((n) => `export const ${n} = errors.${n};`),
    ...API_ERRORS.map((n) => `export type ${n} = InstanceType<typeof ${n}>;`),
    "",
  ].join("\n");
}
