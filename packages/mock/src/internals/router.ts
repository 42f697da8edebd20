import { MockSpecError } from "../errors.js";
import type { OpenApiDocument } from "../types.js";
import { pointerTo } from "./pointer.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One operation of the spec, as the router knows it. */
export interface OperationRef {
  /** Upper case: `GET`. */
  readonly method: string;
  /** The path template: `/prospects/{id}`. */
  readonly path: string;
  readonly operationId: string;
  /** `#/paths/~1prospects~1{id}/get`. */
  readonly pointer: string;
  readonly operation: OpenApiDocument;
  readonly pathItem: OpenApiDocument;
}

export interface Route {
  readonly template: string;
  readonly operations: ReadonlyMap<string, OperationRef>;
  /** `Allow` header value for a 405. */
  readonly allow: string;
  /** Parameter name of each templated segment, by segment index. */
  readonly params: ReadonlyMap<number, string>;
}

export interface RouteMatch {
  readonly route: Route;
  /** Path parameters as they appear in the URL (still percent-encoded). */
  readonly rawParams: Readonly<Record<string, string>>;
}

interface TrieNode {
  readonly literal: Map<string, TrieNode>;
  param: TrieNode | undefined;
  route: Route | undefined;
}

const newNode = (): TrieNode => ({ literal: new Map(), param: undefined, route: undefined });
const isTemplate = (segment: string) => /^\{[^{}]+\}$/.test(segment);
const splitPath = (path: string) => path.replace(/\/+$/, "").split("/").slice(1);

export interface Router {
  /** The route for a path (base path already stripped), literal segments winning over templated ones. */
  match(path: string): RouteMatch | undefined;
  readonly operations: readonly OperationRef[];
}

/** Builds a segment trie of the spec's paths once; matching walks it, trying literal children first. */
export function createRouter(spec: OpenApiDocument): Router {
  if (!spec || typeof spec.paths !== "object" || spec.paths === null) throw new MockSpecError("the document has no `paths`: is it a bundled OpenAPI 3 spec?");
  const root = newNode();
  const operations: OperationRef[] = [];
  for (const [template, pathItem] of Object.entries<OpenApiDocument>(spec.paths)) {
    const byMethod = new Map<string, OperationRef>();
    for (const method of HTTP_METHODS) {
      const operation = pathItem?.[method];
      if (!operation) continue;
      const pointer = pointerTo("paths", template, method);
      const ref = { method: method.toUpperCase(), path: template, operationId: operation.operationId ?? `${method} ${template}`, pointer, operation, pathItem };
      byMethod.set(ref.method, ref);
      operations.push(ref);
    }
    const segments = splitPath(template);
    const params = new Map<number, string>();
    let node = root;
    segments.forEach((segment, i) => {
      if (isTemplate(segment)) {
        params.set(i, segment.slice(1, -1));
        node.param ??= newNode();
        node = node.param;
      } else {
        let next = node.literal.get(segment);
        if (!next) {
          next = newNode();
          node.literal.set(segment, next);
        }
        node = next;
      }
    });
    node.route = { template, operations: byMethod, allow: [...byMethod.keys()].join(", "), params };
  }

  function walk(node: TrieNode, segments: readonly string[], i: number): Route | undefined {
    if (i === segments.length) return node.route;
    const segment = segments[i] as string;
    const literal = node.literal.get(segment);
    const viaLiteral = literal && walk(literal, segments, i + 1);
    if (viaLiteral) return viaLiteral;
    return node.param && segment !== "" ? walk(node.param, segments, i + 1) : undefined;
  }

  return {
    operations,
    match(path) {
      const segments = splitPath(path);
      const route = walk(root, segments, 0);
      if (!route) return undefined;
      const rawParams: Record<string, string> = {};
      for (const [index, name] of route.params) rawParams[name] = segments[index] as string;
      return { route, rawParams };
    },
  };
}
