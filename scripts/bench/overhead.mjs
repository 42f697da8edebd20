// Per-call overhead: raw fetch, bare openapi-fetch and our Syscap client doing the same GET, with
// an in-memory fetch (no network) and over a loopback HTTP server.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../../packages/spec-tools/src/index.js";
import { compare } from "./lib.mjs";

const requireFromCore = createRequire(join(repoRoot, "packages/core/package.json"));
// the ESM build, the one our ESM dist imports
const { default: createFetchClient } = await import(pathToFileURL(requireFromCore.resolve("openapi-fetch").replace(/\.cjs$/, ".mjs")).href);
const { createSyscapClient } = await import(pathToFileURL(join(repoRoot, "packages/syscap/dist/index.js")).href);

const body = JSON.stringify({ data: { id: "prospect-uuid", name: "Test", lastname: "Prospect", email: "p@example.com" } });
const headers = { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) };
const memoryFetch = async () => new Response(body, { headers });

function contenders(baseUrl, fetchImpl) {
  const bare = createFetchClient({ baseUrl, fetch: fetchImpl, headers: { Authorization: "Bearer t" } });
  const ours = createSyscapClient({ baseUrl, token: "t", fetch: fetchImpl });
  // The same client without a per-attempt timeout: no abort signal on the request, which is
  // most of the remaining cost (undici makes every Request follow its init signal).
  const noTimeout = createSyscapClient({ baseUrl, token: "t", fetch: fetchImpl, timeoutMs: 0 });
  return {
    "raw fetch": async () => {
      const res = await fetchImpl(new Request(`${baseUrl}/prospects/abc`, { headers: { Authorization: "Bearer t" } }));
      await res.json();
    },
    "bare openapi-fetch": () => bare.GET("/prospects/{id}", { params: { path: { id: "abc" } } }),
    "@crm-sdk/syscap": () => ours.prospects.get("abc"),
    "@crm-sdk/syscap, timeoutMs: 0": () => noTimeout.prospects.get("abc"),
  };
}

/** µs to create one AbortController (and read its signal), the median of `rounds` timed loops. */
function abortControllerCost(rounds) {
  const n = 20_000;
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < n; i++) new AbortController().signal;
    times.push(((performance.now() - start) * 1000) / n);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export async function benchOverhead({ rounds = 15, ms = 250 } = {}) {
  const abortControllerUs = abortControllerCost(rounds);
  const memory = await compare(contenders("http://memory.test", memoryFetch), { rounds, ms });
  const server = createServer((_req, res) => res.writeHead(200, headers).end(body));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  try {
    const loopback = await compare(contenders(url, globalThis.fetch), { rounds, ms });
    return { memory, loopback, abortControllerUs };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
