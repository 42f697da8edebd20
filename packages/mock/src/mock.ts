import type { Context } from "openapi-backend";
import { createSchemaCompiler } from "./internals/ajv.js";
import { type BackendRequest, createBackend } from "./internals/backend.js";
import { specBasePath, stripBasePath } from "./internals/base-path.js";
import { type BodyOutcome, readBody } from "./internals/body.js";
import { drifted } from "./internals/drift.js";
import { createErrorFormatter } from "./internals/error-format.js";
import { fromRequest, toResponse } from "./internals/fetch-messages.js";
import { normalizeHeaders } from "./internals/headers.js";
import { type CompiledOperation, createOperationCompiler } from "./internals/operation.js";
import { createAllowLookup, listOperations } from "./internals/operations.js";
import { instancePointer } from "./internals/pointer.js";
import { type Preferences, parsePrefer } from "./internals/prefer.js";
import { schemeChecks } from "./internals/security.js";
import { sleep } from "./internals/sleep.js";
import { detectResources } from "./internals/stateful/resources.js";
import { createStore, type Store } from "./internals/stateful/store.js";
import { toViolations } from "./internals/violations.js";
import { type ErrorFormat, type Fault, type MockOptions, normalizeOptions } from "./options.js";
import type { MockRequest, MockResponse, OpenApiDocument, Violation } from "./types.js";

/** A spec-driven mock of one API, independent of any transport. */
export interface Mock {
  /** The spec's `info.title`. */
  readonly title: string;
  /** The error format in use (given, or read from the spec). */
  readonly errorFormat: ErrorFormat;
  /**
   * Checks a request against the spec and answers it. Internal errors are answered 500; it
   * rejects only when the request's `signal` aborts it, with the signal's reason (as `fetch` does).
   */
  handle(request: MockRequest): Promise<MockResponse>;
  /**
   * The same as a `fetch` function, for clients that accept one (`createSyscapClient({ fetch: mock.fetch })`).
   * A `reset` fault rejects with a `TypeError`, as `fetch` does on a dropped connection; the
   * request's signal (a client's timeout, an `AbortController`) ends the call, injected latency included.
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Forgets every stored record (stateful mode) and restarts the request count of fault policies. */
  reset(): void;
}

/** What the mock knows of a request when openapi-backend hands it to one of the mock's handlers. */
interface RequestState {
  readonly path: string;
  readonly method: string;
  readonly prefer: Preferences;
  readonly fault: Fault | undefined;
  readonly compiled: CompiledOperation | undefined;
  readonly body: BodyOutcome | undefined;
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

/** The query as openapi-backend takes it: names kept as sent (Envia's `nextContact[0]` is a name, not qs syntax). */
function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

/** A path parameter that is not valid percent-encoding (`/prospects/%zz`): named here, as the router would fail on it. */
function undecodableParameter(template: string, path: string): Violation | undefined {
  const names = template.split("/");
  const segments = path.split("/");
  for (const [i, name] of names.entries()) {
    if (!/^\{[^{}]+\}$/.test(name)) continue;
    try {
      decodeURIComponent(segments[i] ?? "");
    } catch {
      return { in: "path", pointer: instancePointer([name.slice(1, -1)]), message: "is not valid percent-encoding" };
    }
  }
  return undefined;
}

/**
 * Builds a mock from a bundled OpenAPI 3.x document (`require("@crm-sdk/syscap/openapi.json")`).
 * Routing, parameter parsing and validation are openapi-backend's; validators are compiled once
 * per operation, on its first request.
 */
export function createMock(spec: OpenApiDocument, options: MockOptions = {}): Mock {
  const settings = normalizeOptions(options);
  const operations = listOperations(spec);
  const byId = new Map(operations.map((ref) => [ref.operationId, ref]));
  const plans = createOperationCompiler(spec);
  const formatter = createErrorFormatter(spec, settings.errorFormat);
  const allowFor = createAllowLookup(operations);
  const prefixes = [settings.basePath ?? "", specBasePath(spec)];
  const store: Store | undefined = settings.stateful ? createStore(spec, detectResources(spec, operations, plans, createSchemaCompiler(spec))) : undefined;
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
    const module = compiled.ref.operation["x-rpc-module"];
    const drift = status === undefined ? settings.drift?.[methodName && module ? `${module}.${methodName}` : operationId] : undefined;
    if (drift) return { status: drift.status ?? answered, headers: { "content-type": entry.mediaType, ...headers }, body: drifted(body, drift) };
    return { status: answered, headers: { "content-type": entry.mediaType, ...headers }, body };
  }

  /** A body the mock could not use, found before validation, is answered once the request is authorised. */
  function rejectBody(body: BodyOutcome | undefined, others: readonly Violation[]): MockResponse | undefined {
    if (body?.kind === "unsupported") return reject(formatter.statusFor("unsupported-media-type"), undefined, body.violations);
    if (body?.kind === "unreadable") return reject(formatter.statusFor("unreadable"), undefined, [...others, ...body.violations]);
    return undefined;
  }

  const backend = createBackend<RequestState>(spec, operations, schemeChecks(spec, settings.authorize), {
    notFound: ({ path }) => reject(404, `Not Found: no path of the spec matches ${path}`, []),
    methodNotAllowed({ method, path }) {
      const route = allowFor(path);
      return reject(405, `Method Not Allowed: ${method} ${route?.template}; allowed: ${route?.allow}`, [], { allow: route?.allow ?? "" });
    },
    unauthorized: (violation) =>
      reject(401, undefined, [violation ?? { in: "header", pointer: "/authorization", message: "is not accepted" }], { "www-authenticate": "Bearer" }),
    invalid(context: Context, { compiled, body }) {
      const known = { query: compiled?.queryNames ?? [], tagValues: compiled?.body?.tag?.values ?? [] };
      const violations = toViolations(context.validation.errors, known, body?.kind === "unreadable");
      return rejectBody(body, violations) ?? reject(formatter.statusFor("invalid"), undefined, violations);
    },
    valid(context: Context, { compiled, body, prefer, fault }) {
      const early = rejectBody(body, []);
      if (early || !compiled) return early ?? reject(500, "mock: no operation", []);
      const methodName = body?.kind === "parsed" ? body.tagValue : undefined;
      const forced = prefer.code ?? fault?.status;
      if (forced !== undefined) return documented(compiled, forced, prefer.example, methodName, { ...fault?.headers });
      if (store && prefer.example === undefined) {
        const value = body?.kind === "parsed" ? body.value : undefined;
        const stateful = store.answer({ compiled, path: context.request.params, query: context.request.query, body: value });
        if (stateful?.kind === "not-found") return reject(404, stateful.message, []);
        if (stateful) {
          if (stateful.mediaType === undefined || stateful.body === undefined) return { status: stateful.status, headers: {}, body: undefined };
          return { status: stateful.status, headers: { "content-type": stateful.mediaType }, body: JSON.stringify(stateful.body) };
        }
      }
      return documented(compiled, undefined, prefer.example, methodName);
    },
  });

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
    const ref = byId.get(backend.route(method, path) ?? "");
    const fault = settings.faults?.({ method, path, operationId: ref?.operationId, count });
    const latency = Math.min(prefer.latencyMs ?? fault?.latencyMs ?? 0, settings.maxLatencyMs);
    if (latency > 0) await sleep(latency, request.signal);
    if (prefer.reset || fault?.reset) return RESET;

    const raw = request.body ?? "";
    let compiled: CompiledOperation | undefined;
    let body: BodyOutcome | undefined;
    if (ref) {
      if (tooLarge(raw, Number(headers.get("content-length") ?? 0), settings.maxBodyBytes)) {
        const violation: Violation = { in: "body", pointer: "", message: `is larger than the mock's limit of ${settings.maxBodyBytes} bytes` };
        return reject(413, undefined, [violation], { connection: "close" });
      }
      const undecodable = undecodableParameter(ref.path, path);
      if (undecodable) return reject(formatter.statusFor("invalid"), undefined, [undecodable]);
      compiled = plans.get(ref);
      if (compiled.body) body = readBody(compiled.body, typeof raw === "string" ? raw : decoder.decode(raw), headers.get("content-type"));
    }
    const forBackend: BackendRequest = {
      method,
      path,
      headers: Object.fromEntries(headers),
      query: queryObject(url.searchParams),
      body: body?.kind === "parsed" ? body.value : undefined,
    };
    return backend.handle(forBackend, { path, method, prefer, fault, compiled, body });
  }

  async function handle(request: MockRequest): Promise<MockResponse> {
    try {
      return await answer(request);
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      return reject(500, `mock: internal error: ${error instanceof Error ? error.message : String(error)}`, []);
    }
  }

  async function mockFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(typeof input === "string" && input.startsWith("/") ? new URL(input, "http://mock.invalid") : input, init);
    request.signal.throwIfAborted();
    const result = await handle({ ...(await fromRequest(request)), signal: request.signal });
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
