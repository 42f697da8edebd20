import type { Exchange } from "./har.js";
import { parseJsonBody } from "./internals/body.js";
import { type RpcMethod, type RpcModule, rpcMethodOf, rpcModule } from "./rpc.js";
import type { OpenApiDocument } from "./types.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One operation of the spec. */
export interface SpecOperation {
  readonly operationId: string;
  /** Upper case. */
  readonly method: string;
  /** The path template: `/prospects/{id}`. */
  readonly path: string;
  readonly operation: OpenApiDocument;
  readonly pathItem: OpenApiDocument;
  /** Position in the spec, for report order. */
  readonly order: number;
  readonly rpc: RpcModule | undefined;
  readonly segments: readonly string[];
}

export type Match =
  | {
      readonly matched: true;
      readonly operation: SpecOperation;
      /** Path parameters as they appear in the URL (still percent-encoded). */
      readonly pathParams: Readonly<Record<string, string>>;
      /** The RPC method the body named, for an RPC module. */
      readonly rpcMethod: RpcMethod | undefined;
    }
  | {
      readonly matched: false;
      /** Why, in words that hold no value from a body: `no operation matches GET /x`. */
      readonly reason: string;
    };

export interface Matcher {
  readonly operations: readonly SpecOperation[];
  match(exchange: Exchange): Match;
}

const isParam = (segment: string) => /^\{[^{}]+\}$/.test(segment);
const split = (path: string) => path.split("/").filter((s, i, all) => !(s === "" && (i === 0 || i === all.length - 1)));

/** The path of every server URL, variables at their defaults (`https://{host}/api/v1` -> `api/v1`), plus none at all. */
function basePaths(spec: OpenApiDocument): string[] {
  const found = new Set<string>([""]);
  for (const server of Array.isArray(spec.servers) ? spec.servers : []) {
    if (typeof server?.url !== "string") continue;
    const url = server.url.replace(/\{([^}]+)\}/g, (_: string, name: string) => String(server.variables?.[name]?.default ?? "x"));
    try {
      found.add(split(new URL(url, "http://base.invalid").pathname).join("/"));
    } catch {
      // a server URL that is not a URL: no base path to learn from it
    }
  }
  return [...found];
}

interface Candidate {
  readonly operation: SpecOperation;
  readonly knownBase: boolean;
  /** 0 for a literal segment, 1 for a parameter, in order: compared element by element (literal first, as hapi). */
  readonly shape: readonly number[];
  readonly params: Record<string, string>;
}

function compare(a: Candidate, b: Candidate): number {
  if (a.knownBase !== b.knownBase) return a.knownBase ? -1 : 1;
  if (a.shape.length !== b.shape.length) return b.shape.length - a.shape.length;
  for (let i = 0; i < a.shape.length; i++) if (a.shape[i] !== b.shape[i]) return (a.shape[i] as number) - (b.shape[i] as number);
  return a.operation.order - b.operation.order;
}

/**
 * Matches HAR entries to the spec's operations by method and path template. The URL's path may
 * carry any prefix (a server base path such as `/api/v1`, a proxy's): templates are matched
 * against its end. A match under a server's base path (or none) beats one under an unknown
 * prefix; then the longer template wins, then literal segments beat `{param}` segments from left
 * to right. Under an unknown prefix a template must have a literal segment, so that `/{id}` alone
 * does not claim every URL. RPC modules (Centia) are told apart by the `method` in the JSON body.
 */
export function createMatcher(spec: OpenApiDocument): Matcher {
  const operations: SpecOperation[] = [];
  for (const [path, pathItem] of Object.entries<OpenApiDocument>(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem?.[method];
      if (!operation || typeof operation !== "object") continue;
      operations.push({
        operationId: typeof operation.operationId === "string" ? operation.operationId : `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        operation,
        pathItem,
        order: operations.length,
        rpc: rpcModule(spec, operation),
        segments: split(path),
      });
    }
  }
  const bases = basePaths(spec);

  function candidates(segments: readonly string[]): Candidate[] {
    const found: Candidate[] = [];
    for (const operation of operations) {
      const n = operation.segments.length;
      if (n > segments.length) continue;
      const offset = segments.length - n;
      const prefix = segments.slice(0, offset).join("/");
      const knownBase = bases.includes(prefix);
      if (!knownBase && operation.segments.every(isParam)) continue;
      const params: Record<string, string> = {};
      const shape: number[] = [];
      let ok = true;
      operation.segments.forEach((template, i) => {
        const actual = segments[offset + i] as string;
        if (isParam(template)) {
          if (actual === "") ok = false;
          params[template.slice(1, -1)] = actual;
          shape.push(1);
        } else {
          if (template !== actual) ok = false;
          shape.push(0);
        }
      });
      if (ok) found.push({ operation, knownBase, shape, params });
    }
    return found.sort(compare);
  }

  return {
    operations,
    match(exchange) {
      const where = `${exchange.method} ${exchange.url.host}${exchange.url.pathname}`;
      const all = candidates(split(exchange.url.pathname));
      const best = all.find((c) => c.operation.method === exchange.method);
      if (!best) {
        const others = [...new Set(all.map((c) => c.operation.method))];
        const reason = others.length
          ? `no ${exchange.method} operation at ${all[0]?.operation.path} (the spec has ${others.join(", ")}): ${where}`
          : `no operation matches ${where}`;
        return { matched: false, reason };
      }
      const { operation, params } = best;
      if (!operation.rpc) return { matched: true, operation, pathParams: params, rpcMethod: undefined };
      const called = rpcMethodOf(operation.rpc, parseJsonBody(exchange.request.text).value);
      if (called && !called.method) {
        return {
          matched: false,
          reason: `${operation.rpc.module}.${called.name} is not a method of the ${operation.rpc.module} module (${operation.path}): ${where}`,
        };
      }
      return { matched: true, operation, pathParams: params, rpcMethod: called?.method };
    },
  };
}
