// Requests per second of our mock server vs Stoplight Prism, on the same spec (Syscap), with the
// same sequential client loop (bounded by count and time), rounds alternated.
import { startOurMock, startPrism } from "../../packages/contract-testing/src/index.js";
import { fmt, ratio } from "./lib.mjs";

async function loop(baseUrl, { maxRequests, maxMs }) {
  const urls = [`${baseUrl}/prospects/prospect-uuid`, `${baseUrl}/prospects?page=1&per=10`];
  const headers = { authorization: "Bearer bench" };
  for (let i = 0; i < 50; i++) await (await fetch(urls[i % 2], { headers })).arrayBuffer(); // warm-up
  let n = 0;
  const start = performance.now();
  while (n < maxRequests && performance.now() - start < maxMs) {
    const res = await fetch(urls[n % 2], { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`unexpected ${res.status} from ${urls[n % 2]}`);
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

export async function benchMock({ quick = false } = {}) {
  const budget = quick ? { maxRequests: 2_000, maxMs: 1_000 } : { maxRequests: 20_000, maxMs: 3_000 };
  const [ours, prism] = [await startOurMock("syscap"), await startPrism("syscap")];
  const results = { ours: [], prism: [] };
  try {
    for (let round = 0; round < (quick ? 2 : 3); round++) {
      for (const [name, server] of round % 2
        ? [
            ["prism", prism],
            ["ours", ours],
          ]
        : [
            ["ours", ours],
            ["prism", prism],
          ])
        results[name].push(await loop(server.url, budget));
    }
  } finally {
    await ours.close();
    await prism.close();
  }
  const best = (xs) => Math.max(...xs);
  const r = best(results.ours) / best(results.prism);
  return {
    ratio: r,
    lines: [
      "## Mock server throughput (Syscap spec, sequential keep-alive GETs, 127.0.0.1)",
      "",
      "| server | req/s (best round) |",
      "|---|---|",
      `| @crm-sdk/mock | ${fmt(best(results.ours))} |`,
      `| Stoplight Prism 5.14 | ${fmt(best(results.prism))} |`,
      "",
      `Target: ≥ 5× Prism → **${ratio(r, 1)}× ${r >= 5 ? "PASS" : "MISS"}**`,
    ],
  };
}
