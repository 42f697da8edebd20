// Per-call overhead of every vendor client against bare openapi-fetch doing the same request:
// a GET of one record for the REST vendors, and for Centia a `call` against a bare openapi-fetch
// POST of the same body. Once with an in-memory fetch (the cost of the layers themselves), once
// over a loopback HTTP server with keep-alive.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../../packages/spec-tools/src/index.js";
import { compare } from "./lib.mjs";

const requireFromCore = createRequire(join(repoRoot, "packages/core/package.json"));
// the ESM build, the one our ESM dist imports
const { default: createFetchClient } = await import(pathToFileURL(requireFromCore.resolve("openapi-fetch").replace(/\.cjs$/, ".mjs")).href);
const load = (vendor) => import(pathToFileURL(join(repoRoot, `packages/${vendor}/dist/index.js`)).href);
const [{ createSyscapClient }, { createAlgebraixClient }, { createLeancoreClient }, { createEnviaClient }, { createCentiaClient }] = await Promise.all(
  ["syscap", "algebraix", "leancore", "envia", "centia"].map(load),
);

const record = { id: "prospect-uuid", name: "Test", lastname: "Prospect", email: "p@example.com" };
/** The answer each path gets: the record in each vendor's envelope. */
const bodies = {
  "/prospects/abc": JSON.stringify({ data: record }), // Syscap
  "/prospects/WADFERF3": JSON.stringify(record), // Algebraix
  "/lead": JSON.stringify([record]), // LeanCore
  "/prospects/1042": JSON.stringify(record), // Envia
  "/companies": JSON.stringify({ success: true, response: { total: 1, current_page: 1, last_page: 1, companies: [record] } }), // Centia
};
const answer = (pathname) => {
  const body = bodies[pathname] ?? "{}";
  return { body, headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) } };
};
const memoryFetch = async (request) => {
  const { body, headers } = answer(new URL(request.url).pathname);
  return new Response(body, { headers });
};
const rpcBody = { method: "GetCompanies", parameters: { profile_id: 1 } };

export const REST = ["@crm-sdk/syscap", "@crm-sdk/algebraix", "@crm-sdk/leancore", "@crm-sdk/envia"];

function contenders(baseUrl, fetchImpl) {
  const options = { baseUrl, token: "t", fetch: fetchImpl };
  const bare = createFetchClient({ baseUrl, fetch: fetchImpl, headers: { Authorization: "Bearer t" } });
  const syscap = createSyscapClient(options);
  const lean = createSyscapClient({ ...options, timeoutMs: 0, maxRetries: 0 });
  const algebraix = createAlgebraixClient(options);
  const leancore = createLeancoreClient(options);
  const envia = createEnviaClient(options);
  const centia = createCentiaClient(options);
  return {
    "bare openapi-fetch GET": () => bare.GET("/prospects/{id}", { params: { path: { id: "abc" } } }),
    "bare openapi-fetch POST": () => bare.POST("/companies", { body: rpcBody }),
    "@crm-sdk/syscap": () => syscap.prospects.get("abc"),
    "@crm-sdk/algebraix": () => algebraix.prospects.get("WADFERF3"),
    "@crm-sdk/leancore": () => leancore.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" }),
    "@crm-sdk/envia": () => envia.prospects.get(1042),
    "@crm-sdk/centia": () => centia.call("Companies.GetCompanies", { profile_id: 1 }),
    "@crm-sdk/syscap, timeoutMs: 0, maxRetries: 0": () => lean.prospects.get("abc"),
  };
}

/** The baseline each contender is measured against. */
export const baselineOf = (name) => (name === "@crm-sdk/centia" ? "bare openapi-fetch POST" : "bare openapi-fetch GET");

export async function benchOverhead({ rounds = 15, ms = 250 } = {}) {
  const memory = await compare(contenders("http://memory.test", memoryFetch), { rounds, ms });
  const server = createServer((req, res) => {
    const { body, headers } = answer(new URL(req.url, "http://x").pathname);
    req.resume();
    req.on("end", () => res.writeHead(200, headers).end(body));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    const loopback = await compare(contenders(url, globalThis.fetch), { rounds, ms });
    return { memory, loopback };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
