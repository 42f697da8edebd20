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

const DOC = {
  ApiError: "Any error answer from {V} (a 2xx without the promised JSON included)",
  BadRequestError: "{V} answered 400",
  AuthenticationError: "{V} answered 401: the token is missing, wrong or expired",
  PermissionDeniedError: "{V} answered 403",
  NotFoundError: "{V} answered 404",
  ConflictError: "{V} answered 409",
  UnprocessableEntityError: "{V} answered 422",
  RateLimitError: "{V} answered 429; `retryAfter` says how long it asked to wait",
  InternalServerError: "{V} answered a 5xx",
  InvalidResponseError: "{V} answered 2xx without the JSON body its API promises (`rawBody` holds what came)",
};

/**
 * `vendor`'s error classes: scoped copies of core's (`instanceof` matches only this vendor's
 * errors, while core's class of the same name matches any vendor's), `body` typed as the spec's
 * error schema, `status` as each class's literal.
 */
export function renderErrorExports(spec, vendor) {
  const names = errorSchemaNames(spec);
  const body = names.length > 0 ? names.map((n) => `components["schemas"]["${n}"]`).join(" | ") : "unknown";
  const title = spec.info?.title?.split(/\s+/)[0] ?? vendor;
  return [
    'import * as core from "@crm-sdk/core";',
    'import type { components } from "./schema.js";',
    "",
    'export { ConnectionError, CrmSdkError, InvalidOptionsError, InvalidParameterError, TimeoutError } from "@crm-sdk/core";',
    "",
    `/** The body of ${title}'s error answers${names.length ? ` (${names.join(", ")})` : " (the spec declares none)"}. */`,
    `export type ErrorBody = ${body};`,
    "",
    ...API_ERRORS.flatMap((n) => [
      `/** ${DOC[n].replace("{V}", title)}. Matches ${title}'s errors only; \`@crm-sdk/core\`'s \`${n}\` matches any vendor's. */`,
      `export const ${n}: core.ScopedErrorClass<${n}> = /* @__PURE__ */ core.scopedError(core.${n}, "${vendor}");`,
      `export type ${n} = core.${n}<ErrorBody>;`,
    ]),
    "",
  ].join("\n");
}

/** The spec's production server, when it documents one: a first server URL without `{variables}`. */
export function documentedServer(spec) {
  const url = spec.servers?.[0]?.url;
  return url && !url.includes("{") ? url.replace(/\/+$/, "") : undefined;
}

/** `generated/server.ts`: the default `baseUrl` (only where the spec documents a production server) and the option's type. */
export function renderServer(spec) {
  const url = documentedServer(spec);
  const title = spec.info?.title?.split(/\s+/)[0] ?? "the vendor";
  return url
    ? [
        `/** ${title}'s production server, from the spec's \`servers\`: the default \`baseUrl\`. */`,
        `export const DEFAULT_BASE_URL: string | undefined = ${JSON.stringify(url)};`,
        "",
        "export interface ServerOptions {",
        `  /** ${title}'s API URL. @default ${JSON.stringify(url)} */`,
        "  baseUrl?: string;",
        "}",
        "",
      ].join("\n")
    : [
        `/** ${title} documents no production server, so there is no default \`baseUrl\`. */`,
        "export const DEFAULT_BASE_URL: string | undefined = undefined;",
        "",
        "export interface ServerOptions {",
        `  /** Your ${title} API URL (${title} documents no public server), e.g. \`process.env.${title.toUpperCase()}_BASE_URL\`. Required. */`,
        "  baseUrl: string;",
        "}",
        "",
      ].join("\n");
}
