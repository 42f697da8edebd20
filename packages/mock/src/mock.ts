import { createSchemaCompiler } from "./internals/ajv.js";
import { specBasePath, stripBasePath } from "./internals/base-path.js";
import { checkBody } from "./internals/body.js";
import { createErrorFormatter } from "./internals/error-format.js";
import { fromRequest, toResponse } from "./internals/fetch-messages.js";
import { normalizeHeaders } from "./internals/headers.js";
import { type CompiledOperation, createOperationCompiler } from "./internals/operation.js";
import { parsePrefer } from "./internals/prefer.js";
import { createRouter } from "./internals/router.js";
import { sleep } from "./internals/sleep.js";
import { detectResources } from "./internals/stateful/resources.js";
import { createStore, type Store } from "./internals/stateful/store.js";
import { type ErrorFormat, type MockOptions, normalizeOptions } from "./options.js";
import type { MockRequest, MockResponse, OpenApiDocument, Violation } from "./types.js";

/** A spec-driven mock of one API, independent of any transport. */
export interface Mock {
  /** The spec's `info.title`. */
  readonly title: string;
  /** The error format in use (given, or read from the spec). */
  readonly errorFormat: ErrorFormat;
  /** Checks a request against the spec and answers it. Never rejects: internal errors are answered 500. */
  handle(request: MockRequest): Promise<MockResponse>;
  /**
   * The same as a `fetch` function, for clients that accept one (`createSyscapClient({ fetch: mock.fetch })`).
   * A `reset` fault rejects with a `TypeError`, as `fetch` does on a dropped connection.
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Forgets every stored record (stateful mode) and restarts the request count of fault policies. */
  reset(): void;
}

const RESET: MockResponse = { status: 0, headers: {}, body: undefined, fault: "reset" };
const JSON_HEADERS = { "content-type": "application/json" } as const;
const decoder = new TextDecoder();

/** Whether the body (or its declared `Content-Length`) is over the limit, encoding a string only when it might be. */
function tooLarge(body: string | Uint8Array, declared: number, max: number): boolean {
  if (Number.isFinite(declared) && declared > max) return true;
  if (typeof body !== "string") return body.byteLength > max;
  if (body.length > max) return true;
  return body.length * 3 > max && new TextEncoder().encode(body).byteLength > max;
}

/**
 * Builds a mock from a bundled OpenAPI 3.x document (`require("@crm-sdk/syscap/openapi.json")`).
 * Validators are compiled once per operation, on its first request.
 */
export function createMock(spec: OpenApiDocument, options: MockOptions = {}): Mock {
  const settings = normalizeOptions(options);
  const router = createRouter(spec);
  const compiler = createSchemaCompiler(spec);
  const operations = createOperationCompiler(spec, compiler, settings.authorize);
  const formatter = createErrorFormatter(spec, settings.errorFormat);
  const prefixes = [settings.basePath ?? "", specBasePath(spec)];
  const store: Store | undefined = settings.stateful ? createStore(spec, detectResources(spec, router.operations, operations, compiler)) : undefined;
  let count = 0;

  function json(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
    return { status, headers: { ...JSON_HEADERS, ...headers }, body: body === undefined ? undefined : JSON.stringify(body) };
  }

  function reject(status: number, summary: string | undefined, violations: readonly Violation[], headers?: Record<string, string>): MockResponse {
    return json(status, formatter.body(status, summary, violations), headers);
  }

  /** The documented answer for `status` (default: the first 2xx), with the example asked for. */
  function documented(
    compiled: CompiledOperation,
    status: number | undefined,
    exampleName: string | undefined,
    methodName: string | undefined,
    headers: Record<string, string> = {},
  ): MockResponse {
    const entry = status === undefined ? compiled.responses.success : compiled.responses.byStatus(status);
    const { operationId } = compiled.ref;
    if (!entry) {
      if (status !== undefined && status >= 400) return reject(status, undefined, [], headers);
      return reject(500, `mock: ${operationId} documents no ${status ?? "2xx"} response`, []);
    }
    const answered = status ?? entry.status;
    if (entry.mediaType === undefined) return { status: answered, headers, body: undefined };
    let body = entry.defaultBody;
    if (exampleName !== undefined) {
      body = entry.examples.get(exampleName);
      if (body === undefined) {
        const known = [...entry.examples.keys()].filter((k) => k !== "");
        return reject(
          500,
          `mock: ${operationId} has no example "${exampleName}" for ${entry.status}${known.length > 0 ? `; known: ${known.join(", ")}` : ""}`,
          [],
        );
      }
    } else if (methodName !== undefined) body = entry.examples.get(methodName) ?? body;
    return { status: answered, headers: { "content-type": entry.mediaType, ...headers }, body };
  }

  async function answer(request: MockRequest): Promise<MockResponse> {
    count += 1;
    const method = String(request.method).toUpperCase();
    let url: URL;
    try {
      // A path is kept as a path even when it starts with `//` (which URL would read as a host).
      url = request.url.startsWith("/") ? new URL(`http://mock.invalid${request.url}`) : new URL(request.url);
    } catch {
      return reject(400, "Bad Request: the URL cannot be parsed", []);
    }
    const headers = normalizeHeaders(request.headers);
    const prefer = parsePrefer(headers.get("prefer"));
    const path = stripBasePath(url.pathname, prefixes);
    const match = router.match(path);
    const ref = match?.route.operations.get(method);
    const fault = settings.faults?.({ method, path, operationId: ref?.operationId, count });
    const latency = Math.min(prefer.latencyMs ?? fault?.latencyMs ?? 0, settings.maxLatencyMs);
    if (latency > 0) await sleep(latency);
    if (prefer.reset || fault?.reset) return RESET;

    if (!match) return reject(404, `Not Found: no path of the spec matches ${path}`, []);
    if (!ref) return reject(405, `Method Not Allowed: ${method} ${match.route.template}; allowed: ${match.route.allow}`, [], { allow: match.route.allow });

    const body = request.body ?? "";
    if (tooLarge(body, Number(headers.get("content-length") ?? 0), settings.maxBodyBytes)) {
      return reject(413, undefined, [{ in: "body", pointer: "", message: `is larger than the mock's limit of ${settings.maxBodyBytes} bytes` }], {
        connection: "close",
      });
    }

    const compiled = operations.get(ref);
    const denied = compiled.security.check({ headers, query: url.searchParams });
    if (denied) return reject(401, undefined, [denied], { "www-authenticate": "Bearer" });

    const params = compiled.parameters.check({ rawPath: match.rawParams, query: url.searchParams, headers });
    const violations = params.violations;
    let unreadable = false;
    let value: unknown;
    let methodName: string | undefined;
    if (compiled.body) {
      const outcome = checkBody(compiled.body, typeof body === "string" ? body : decoder.decode(body), headers.get("content-type"));
      if (outcome.kind === "unsupported") return reject(formatter.statusFor("unsupported-media-type"), undefined, outcome.violations);
      violations.push(...outcome.violations);
      unreadable = outcome.unreadable;
      value = outcome.value;
      methodName = outcome.discriminatorValue;
    }
    if (violations.length > 0) return reject(formatter.statusFor(unreadable ? "unreadable" : "invalid"), undefined, violations);

    const forced = prefer.code ?? fault?.status;
    if (forced !== undefined) return documented(compiled, forced, prefer.example, methodName, { ...fault?.headers });
    if (store && prefer.example === undefined) {
      const stateful = store.answer({ compiled, path: params.path, query: params.query, body: value });
      if (stateful?.kind === "not-found") return reject(404, stateful.message, []);
      if (stateful) {
        if (stateful.mediaType === undefined || stateful.body === undefined) return { status: stateful.status, headers: {}, body: undefined };
        return { status: stateful.status, headers: { "content-type": stateful.mediaType }, body: JSON.stringify(stateful.body) };
      }
    }
    return documented(compiled, undefined, prefer.example, methodName);
  }

  async function handle(request: MockRequest): Promise<MockResponse> {
    try {
      return await answer(request);
    } catch (error) {
      return reject(500, `mock: internal error: ${error instanceof Error ? error.message : String(error)}`, []);
    }
  }

  async function mockFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(typeof input === "string" && input.startsWith("/") ? new URL(input, "http://mock.invalid") : input, init);
    const result = await handle(await fromRequest(request));
    if (result.fault === "reset") throw new TypeError("fetch failed", { cause: new Error("mock: connection reset (injected fault)") });
    return toResponse(result, Response);
  }

  return {
    title: String(spec.info?.title ?? "OpenAPI mock"),
    errorFormat: formatter.format,
    handle,
    fetch: mockFetch,
    reset() {
      count = 0;
      store?.reset();
    },
  };
}
