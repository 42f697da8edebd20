// Contract testing: the same client calls run against two servers built from the same bundled
// spec, our @crm-sdk/mock (request validation on) and Stoplight Prism (a validator we did not
// write). A recording fetch notes which spec operation each request hit and fails a request that
// either server reports as violating the spec.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { startMockServer } from "@crm-sdk/mock";
import { deref, listOperations, readBundledSpec, repoRoot } from "@crm-sdk/spec-tools";

const requireFromRoot = createRequire(join(repoRoot, "package.json"));

/**
 * Starts Prism (`prism mock`) on the vendor's bundled spec on 127.0.0.1; resolves once it listens.
 * Port 0: the OS picks a free port when Prism binds it, and Prism prints the URL it listens on, so
 * no port is picked, released and then raced for.
 */
export async function startPrism(vendor, { timeoutMs = 90_000 } = {}) {
  const cli = requireFromRoot.resolve("@stoplight/prism-cli/dist/index.js");
  const child = spawn(process.execPath, [cli, "mock", join(repoRoot, "packages", vendor, "openapi.json"), "-h", "127.0.0.1", "-p", "0"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "test" },
  });
  let output = "";
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const listening = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners("exit");
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Starts our mock server for the vendor's bundled spec on 127.0.0.1. */
export async function startOurMock(vendor) {
  const server = await startMockServer({ spec: readBundledSpec(vendor) });
  return { url: server.url, close: () => server.close() };
}

/** The spec operation a request hit: literal path segments win over templated ones. */
export function matchOperation(spec, method, pathname) {
  const segments = pathname.split("/").filter(Boolean);
  let best;
  for (const op of listOperations(spec)) {
    if (op.method !== method.toLowerCase()) continue;
    const template = op.path.split("/").filter(Boolean);
    if (template.length !== segments.length) continue;
    let score = 0;
    const ok = template.every((t, i) => {
      if (t.startsWith("{")) return true;
      score++;
      return t === decodeURIComponent(segments[i]);
    });
    if (ok && (!best || score > best.score)) best = { op, score };
  }
  return best?.op;
}

/**
 * A fetch for the client under test: it strips the spec server's base path difference (the
 * client is given the test server's URL), records the operationId of each request, and throws
 * when the server says the request violates the spec (Prism's `sl-violations` header).
 */
export function recordingFetch(spec) {
  const exercised = new Set();
  const violations = [];
  /** The last JSON body served for each operation (Centia: its last RPC envelope). */
  const bodies = new Map();
  const fetchImpl = async (input, init) => {
    // Method and URL read without building a Request (that would take over the input's body).
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    const url = input instanceof Request ? input.url : String(input);
    const op = matchOperation(spec, method, new URL(url).pathname);
    if (op) exercised.add(op.operationId);
    // `init` goes on as given: it carries the client's per-attempt signal (deadline and caller's abort).
    const response = await fetch(input, init);
    const violation = response.headers.get("sl-violations");
    if (violation) {
      violations.push({ operationId: op?.operationId, violation });
      throw new Error(`Prism reports a spec violation for ${method} ${url}: ${violation}`);
    }
    if (op && response.ok) {
      const text = await response.clone().text();
      bodies.set(op.operationId, text ? JSON.parse(text) : undefined);
    }
    return response;
  };
  return { fetch: fetchImpl, exercised, violations, bodies };
}

/** The operation object of an operationId. */
export function operation(spec, operationId) {
  const op = listOperations(spec).find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  return op;
}

/** The request body example of an operation (`example`, or the named/first of `examples`). */
export function bodyExample(spec, operationId, name) {
  const media = deref(spec, operation(spec, operationId).operation.requestBody)?.content?.["application/json"];
  if (!media) throw new Error(`${operationId} has no JSON request body`);
  if ("example" in media && !name) return structuredClone(media.example);
  const examples = media.examples ?? {};
  const chosen = deref(spec, name ? examples[name] : Object.values(examples)[0]);
  if (!chosen) throw new Error(`${operationId} has no request example ${name ?? ""}`);
  return structuredClone(chosen.value);
}

/** A parameter's example (or its schema's example, enum's first value or default). */
export function paramExample(spec, operationId, name) {
  const { operation: op, pathItem } = operation(spec, operationId);
  const param = [...(pathItem.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(spec, p)).find((p) => p.name === name);
  if (!param) throw new Error(`${operationId} has no parameter ${name}`);
  const schema = deref(spec, param.schema) ?? {};
  const value = param.example ?? schema.example ?? schema.examples?.[0] ?? schema.enum?.[0] ?? schema.default;
  if (value === undefined) throw new Error(`${operationId}: parameter ${name} has no example`);
  return value;
}

/** Every operationId of a vendor's spec. */
export const operationIds = (spec) => listOperations(spec).map((o) => o.operationId);

/**
 * Whether `value`, what a client method resolved to, is the served body after the wrapper's
 * unwrapping, by the rule of the README: Centia's `{ success, response }` envelope gives its
 * `response`; a single `{ data }` envelope (Syscap) gives its `data`; anything else is the body
 * itself. A `Page` carries that in `data` whole (the vendor's page as it came). A method that
 * resolves nothing matches anything.
 */
export function unwrapsTo(value, served) {
  if (value === undefined) return true;
  const rpc = served && typeof served === "object" && "success" in served && "response" in served;
  const payload = rpc ? served.response : served;
  const isPage = value && typeof value === "object" && "items" in value && "page" in value && "data" in value && "lastPage" in value;
  if (isPage) return isDeepStrictEqual(value.data, payload) && Array.isArray(value.items);
  const enveloped = !rpc && payload && typeof payload === "object" && !Array.isArray(payload) && "data" in payload;
  return isDeepStrictEqual(value, enveloped ? payload.data : payload);
}
