import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { type Context, OpenAPIBackend } from "openapi-backend";
import type { MockResponse, OpenApiDocument, Violation } from "../types.js";
import { discriminatorOf } from "./body.js";
import type { OperationRef } from "./operations.js";
import { follow } from "./pointer.js";
import type { SchemeCheck } from "./security.js";

/** A request as openapi-backend takes it: the path without base path or query, the query as an object. */
export interface BackendRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly query: Record<string, string | string[]>;
  readonly body: unknown;
}

/** Answers for each outcome of openapi-backend's routing, security and validation; `state` is the mock's own per-request state. */
export interface BackendHandlers<S> {
  notFound(state: S): MockResponse;
  methodNotAllowed(state: S): MockResponse;
  unauthorized(violation: Violation | undefined, state: S): MockResponse;
  /** `context.validation.errors` holds ajv's errors. */
  invalid(context: Context, state: S): MockResponse;
  /** Routed, authorised and valid: `context.request` has the coerced path and query parameters. */
  valid(context: Context, state: S): MockResponse | Promise<MockResponse>;
}

export interface Backend<S> {
  /** The operationId a method and path route to (`undefined`: no operation, 404 or 405). */
  route(method: string, path: string): string | undefined;
  handle(request: BackendRequest, state: S): Promise<MockResponse>;
}

// OpenAPI's own numeric and binary formats: accepted as annotations, as most validators do.
const OPENAPI_FORMATS = ["int32", "int64", "float", "double", "byte", "binary", "password"];

/**
 * The document openapi-backend gets: a copy where every operation has an operationId (it
 * validates only those), and where the one `discriminator` form ajv supports (`propertyName`,
 * on a `oneOf` whose branches fix it to a `const`) is set on each such request body and removed
 * elsewhere (ajv rejects a `mapping`).
 */
function prepare(spec: OpenApiDocument, operations: readonly OperationRef[]): OpenApiDocument {
  const copy = structuredClone(spec);
  (function strip(node: unknown) {
    if (node === null || typeof node !== "object") return;
    if (!Array.isArray(node) && typeof (node as OpenApiDocument).discriminator?.propertyName === "string") delete (node as OpenApiDocument).discriminator;
    for (const child of Object.values(node)) strip(child);
  })(copy);
  for (const ref of operations) {
    const operation = copy.paths[ref.path][ref.method.toLowerCase()];
    operation.operationId = ref.operationId;
    const body = operation.requestBody && follow(copy, operation.requestBody, "#").node;
    const media = body?.content?.["application/json"];
    const schema = media?.schema ? follow(copy, media.schema, "#").node : undefined;
    const tag = schema === undefined ? undefined : discriminatorOf(copy, schema);
    if (schema && tag) schema.discriminator = { propertyName: tag.property };
  }
  return copy;
}

/**
 * openapi-backend over the spec: its router, parameter parsing and coercion, security
 * requirements and ajv validation (JSON Schema 2020-12 with formats, as OpenAPI 3.1) do the
 * generic part; the handlers are the mock's.
 */
export function createBackend<S>(
  spec: OpenApiDocument,
  operations: readonly OperationRef[],
  checks: Readonly<Record<string, SchemeCheck>>,
  handlers: BackendHandlers<S>,
): Backend<S> {
  const ajvs = new Map<string, Ajv2020>();
  const api = new OpenAPIBackend({
    definition: prepare(spec, operations) as never,
    // Synchronous set-up: the document is already parsed, and validators compile on first use.
    quick: true,
    strict: false,
    coerceTypes: true,
    // openapi-backend asks for an ajv per operation and purpose; one per purpose (parameters,
    // coerced, and bodies) compiles every operation's validators, so formats are set up twice, not 2 × operations.
    customizeAjv: (_default, options, purpose) => {
      let ajv = ajvs.get(purpose);
      if (!ajv) {
        ajv = new Ajv2020({ ...options, strict: false, allErrors: true, validateFormats: true, discriminator: true, logger: false });
        addFormats(ajv);
        for (const format of OPENAPI_FORMATS) ajv.addFormat(format, true);
        ajvs.set(purpose, ajv);
      }
      return ajv as never;
    },
    securityHandlers: Object.fromEntries(
      Object.entries(checks).map(([name, check]) => [
        name,
        (context: Context) => {
          const violation = check({ headers: context.request.headers, query: context.request.query });
          return violation === undefined ? true : { error: violation };
        },
      ]),
    ),
    handlers: {
      notFound: (_context: Context, state: S) => handlers.notFound(state),
      methodNotAllowed: (_context: Context, state: S) => handlers.methodNotAllowed(state),
      unauthorizedHandler: (context: Context, state: S) => {
        const failed = Object.values(context.security ?? {}).find((result) => typeof result === "object" && result?.error);
        return handlers.unauthorized(failed?.error as Violation | undefined, state);
      },
      validationFail: (context: Context, state: S) => handlers.invalid(context, state),
      notImplemented: (context: Context, state: S) => handlers.valid(context, state),
    },
  });
  void api.init();
  // The router lists the operations anew on every match (a lodash chain over the document); the
  // document does not change, so the list is computed once.
  const list = api.router.getOperations();
  api.router.getOperations = () => list;
  return {
    route: (method, path) => (api.router.matchOperation({ method, path, headers: {} }) as OpenApiDocument | undefined)?.operationId,
    handle: (request, state) => api.handleRequest(request as never, state),
  };
}
