// Child process: pages through N Syscap prospects with listAll() from the server the parent runs
// (so only the client's memory is measured here) and reports its peak RSS and, after a forced
// GC, its heap: what the iterator keeps alive.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [total, repoRoot, baseUrl, variant = "ours"] = [Number(process.argv[2]), process.argv[3], process.argv[4], process.argv[5]];
const { createSyscapClient } = await import(pathToFileURL(join(repoRoot, "packages/syscap/dist/index.js")).href);
const client = createSyscapClient({ baseUrl, token: "t" });

async function* rawPages() {
  for (let page = 1; ; page++) {
    const res = await fetch(`${baseUrl}/prospects?page=${page}&per=100`, { headers: { authorization: "Bearer t" } });
    const body = await res.json();
    yield* body.data;
    if (page * 100 >= body.meta.count) return;
  }
}

let peak = process.memoryUsage().rss;
let seen = 0;
for await (const _ of variant === "raw" ? rawPages() : client.prospects.listAll({ per: 100 })) {
  seen++;
  if (seen % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
peak = Math.max(peak, process.memoryUsage().rss);
globalThis.gc?.();
process.stdout.write(JSON.stringify({ total, seen, peakRss: peak, heapAfterGc: process.memoryUsage().heapUsed }));
