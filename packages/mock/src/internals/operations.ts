import { MockSpecError } from "../errors.js";
import type { OpenApiDocument } from "../types.js";
import { follow, pointerTo } from "./pointer.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
const PARAMETER_LOCATIONS = ["path", "query", "header", "cookie"];

/** One operation of the spec. */
export interface OperationRef {
  /** Upper case: `GET`. */
  readonly method: string;
  /** The path template: `/prospects/{id}`. */
  readonly path: string;
  /** The spec's, or `get /things/{id}` where it has none. */
  readonly operationId: string;
  /** `#/paths/~1prospects~1{id}/get`. */
  readonly pointer: string;
  readonly operation: OpenApiDocument;
  readonly pathItem: OpenApiDocument;
}

/** Every operation of the spec, in document order. */
export function listOperations(spec: OpenApiDocument): OperationRef[] {
  if (!spec || typeof spec.paths !== "object" || spec.paths === null) throw new MockSpecError("the document has no `paths`: is it a bundled OpenAPI 3 spec?");
  return Object.entries<OpenApiDocument>(spec.paths).flatMap(([path, pathItem]) =>
    HTTP_METHODS.filter((method) => pathItem?.[method]).map((method) => ({
      method: method.toUpperCase(),
      path,
      operationId: pathItem[method].operationId ?? `${method} ${path}`,
      pointer: pointerTo("paths", path, method),
      operation: pathItem[method],
      pathItem,
    })),
  );
}

/** Operation-level parameters override path-level ones with the same `name` and `in`. */
export function effectiveParameters(spec: OpenApiDocument, ref: OperationRef) {
  const found = new Map<string, { param: OpenApiDocument; schemaAt: string }>();
  const collect = (list: unknown, base: readonly string[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, i) => {
      const { node: param, at } = follow(spec, entry, pointerTo(...base, "parameters", i));
      if (typeof param.name === "string" && PARAMETER_LOCATIONS.includes(param.in))
        found.set(`${param.in}\u0000${param.name}`, { param, schemaAt: `${at}/schema` });
    });
  };
  collect(ref.pathItem.parameters, ["paths", ref.path]);
  collect(ref.operation.parameters, ["paths", ref.path, ref.method.toLowerCase()]);
  return [...found.values()];
}

const literalLength = (template: string) => template.replace(/\{[^}]*\}/g, "").length;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * For a 405: the path template a path falls under (the most specific one: literal segments win,
 * as the router picks) and its methods, for the `Allow` header.
 */
export function createAllowLookup(operations: readonly OperationRef[]) {
  const templates = [...new Set(operations.map((op) => op.path))]
    .map((template) => ({
      template,
      pattern: new RegExp(
        `^${template
          .split(/\{[^}]*\}/)
          .map(escapeRegExp)
          .join("[^/]+")}$`,
      ),
      allow: operations
        .filter((op) => op.path === template)
        .map((op) => op.method)
        .join(", "),
    }))
    .sort((a, b) => literalLength(b.template) - literalLength(a.template));
  return (path: string) => {
    const trimmed = path.length > 1 ? path.replace(/\/+$/, "") : path;
    return templates.find(({ pattern }) => pattern.test(trimmed));
  };
}
