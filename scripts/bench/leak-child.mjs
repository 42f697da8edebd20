// Run by leak.mjs with --expose-gc: heap after GC before and after `n` calls that fail before they
// are sent (a token provider that throws, a token with CR/LF, an unencodable path parameter) and
// `n` that succeed, through the Syscap client on an in-memory fetch. Prints JSON.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [, , repoRoot, n = "50000"] = process.argv;
const { createSyscapClient } = await import(pathToFileURL(join(repoRoot, "packages/syscap/dist/index.js")).href);
const body = JSON.stringify({ data: { id: "p1", name: "Ana" } });
const fetch = async () => new Response(body, { headers: { "content-type": "application/json" } });
const ok = createSyscapClient({ baseUrl: "http://memory.test", token: "t", fetch });
let i = 0;
const failing = createSyscapClient({
  baseUrl: "http://memory.test",
  fetch,
  token: () => {
    if (i % 2) throw new Error("vault unreachable");
    return "bad\r\ntoken";
  },
});
const signal = new AbortController().signal;

async function round(count) {
  for (let k = 0; k < count; k++) {
    i = k;
    await failing.prospects.get("p1", { signal }).catch(() => {});
    await ok.prospects.get(k % 3 ? "p1" : "\uD800").catch(() => {});
    await ok.prospects.get("p1");
  }
}
const heap = async () => {
  for (let k = 0; k < 3; k++) {
    globalThis.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed;
};

await round(2_000); // warm-up: compiled code, caches, the deadline window
const before = await heap();
await round(Number(n) / 2);
const after = await heap();
console.log(JSON.stringify({ calls: Number(n) * 2, before, after, growth: after - before }));
