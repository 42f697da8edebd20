#!/usr/bin/env node
// pnpm bench: measures, in one process, ratios against baselines run alongside, and writes
// BENCHMARKS.md. Never a timed assertion: the targets are reported, with PASS/MISS.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../packages/spec-tools/src/index.js";
import { benchLeads } from "./leads.mjs";
import { benchLeak } from "./leak.mjs";
import { fmt } from "./lib.mjs";
import { baselineOf, benchOverhead, REST } from "./overhead.mjs";
import { benchPaging } from "./paging.mjs";
import { benchRelogin } from "./relogin.mjs";
import { ablation, benchSize } from "./size.mjs";

const quick = process.argv.includes("--quick");
const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice(7)
  .split(",");
const want = (name) => !only || only.includes(name);
const verdict = (ok) => (ok ? "PASS" : "MISS");
const x = (r) => `${r.toFixed(2)}×`;
const lines = [
  "# Benchmarks",
  "",
  `Produced by \`pnpm bench\` (scripts/bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}. Ratios are measured in one process against a baseline run alongside (order rotated each round); each ratio is the median over rounds of the ratio within a round, with the interquartile range. CPU-time ratios (this process's user + system time) are reported beside wall-time ones, which other load on a shared 2-core machine disturbs more.`,
  "",
];

function overheadTable(result, target) {
  const rows = Object.keys(result.ops)
    .filter((name) => name.startsWith("@crm-sdk/"))
    .map((name) => {
      const base = baselineOf(name);
      const [lo, hi] = result.spread(name, base);
      const cpu = result.ratio(name, base);
      const gate = name.includes(",") ? "" : ` ${verdict(cpu >= target)}`;
      return `| ${name} | ${base} | ${fmt(result.ops[name])} | **${x(cpu)}**${gate} | ${x(lo)}–${x(hi)} | ${x(result.ratio(name, base, "wall"))} |`;
    });
  return [
    "| client | baseline | ops/s (wall) | CPU ratio | CPU ratio, middle half of rounds | wall ratio |",
    "|---|---|---|---|---|---|",
    ...rows,
    `| bare openapi-fetch GET | — | ${fmt(result.ops["bare openapi-fetch GET"])} | 1.00× | | |`,
    `| bare openapi-fetch POST | — | ${fmt(result.ops["bare openapi-fetch POST"])} | 1.00× | | |`,
  ];
}

if (want("overhead")) {
  console.log("bench: per-call overhead …");
  const { memory, loopback } = await benchOverhead(quick ? { rounds: 5, ms: 150 } : {});
  const minOf = (result) => Math.min(...[...REST, "@crm-sdk/centia"].map((n) => result.ratio(n, baselineOf(n))));
  lines.push(
    "## Per-call overhead (one GET of a record; Centia: `call` against a bare POST of the same body)",
    "",
    "In-memory `fetch` (no network): the cost of the layers themselves. Default options (60 s deadline, 2 retries).",
    "",
    ...overheadTable(memory, 0.9),
    "",
    `Target: every client ≥ 0.9× its bare openapi-fetch baseline (CPU) → lowest **${x(minOf(memory))} ${verdict(minOf(memory) >= 0.9)}**.`,
    "",
    "Loopback HTTP server on 127.0.0.1 (keep-alive):",
    "",
    ...overheadTable(loopback, 0.95),
    "",
    `Target: every client ≥ 0.95× (CPU) → lowest **${x(minOf(loopback))} ${verdict(minOf(loopback) >= 0.95)}**.`,
    "",
  );
}

if (want("leak")) {
  console.log("bench: leak …");
  const leak = await benchLeak(quick ? { n: 10_000 } : {});
  const mb = leak.growth / 2 ** 20;
  lines.push(
    "## Nothing per call outlives the call",
    "",
    `${fmt(leak.calls / 2)} calls that fail before they are sent (a token provider that throws, a token with CR/LF, a path parameter that is not valid Unicode; each with a caller's signal) and ${fmt(leak.calls / 2)} that succeed, through the Syscap client: heap after GC ${(leak.before / 2 ** 20).toFixed(2)} MB before, ${(leak.after / 2 ** 20).toFixed(2)} MB after.`,
    "",
    `Target: growth < 1 MB → **${mb.toFixed(2)} MB ${verdict(mb < 1)}**.`,
    "",
  );
}

if (want("relogin")) {
  console.log("bench: re-login …");
  const r = await benchRelogin();
  lines.push(
    "## Centia re-login under load",
    "",
    `${r.calls} calls in flight when the token expires, their 401s arriving spread over ${r.spreadMs} ms; the server counts \`Auth.Login\` calls: **${r.logins}** (${r.failed} calls failed).`,
    "",
    `Target: 1 login → **${r.logins} ${verdict(r.logins === 1 && r.failed === 0)}**.`,
    "",
  );
}

if (want("size")) {
  console.log("bench: bundle size …");
  const { sizes, openapiFetch, ky } = await benchSize();
  const kb = (n) => `${(n / 1000).toFixed(2)} kB`; // kB = 1000 bytes, as size-limit counts
  const limit = (v) => (v === "centia" ? 5.5 : 5.0) * 1000;
  lines.push(
    "## Bundle size (esbuild, minified, gzip -9)",
    "",
    `An app that creates one client and makes one call (scripts/bench/size.mjs), bundled and tree-shaken: the vendor's wrapper, @crm-sdk/core and openapi-fetch. "Catching errors" is the same app catching the vendor's \`NotFoundError\` and \`ApiError\`. For comparison, the same call with openapi-fetch alone: ${kb(openapiFetch.gzip)}${ky ? `; with ky: ${kb(ky.gzip)}` : ""}.`,
    "",
    "| vendor | app: minified | app: min+gzip | target | catching errors: min+gzip |",
    "|---|---|---|---|---|",
    ...Object.entries(sizes).map(
      ([v, s]) => `| ${v} | ${kb(s.app.min)} | ${kb(s.app.gzip)} | ≤ ${kb(limit(v))} ${verdict(s.app.gzip <= limit(v))} | ${kb(s.catching.gzip)} |`,
    ),
    "",
  );
  const shares = { syscap: await ablation("syscap"), centia: await ablation("centia") };
  const names = [
    ...new Set(Object.values(shares).flatMap((a) => a.rows.filter((r) => r.min > 0).map((r) => r.name.replace(/^\w+ wrapper$/, "the vendor's wrapper")))),
  ];
  const share = (a, name) => {
    const row = a.rows.find((r) => r.name === name || (name === "the vendor's wrapper" && r.name.endsWith(" wrapper")));
    return row ? `${kb(row.min)} | ${kb(row.gzip)}` : "– | –";
  };
  lines.push(
    "What stands in the way, measured: the same app bundled from the sources with each module's output marked, and each module's share taken as how much the gzipped app shrinks with that module's output cut out (shares overlap a little, so they do not sum exactly to the app).",
    "",
    `| module | Syscap app: minified | Syscap app: gzip share (of ${kb(shares.syscap.total)}) | Centia app: minified | Centia app: gzip share (of ${kb(shares.centia.total)}) |`,
    "|---|---|---|---|---|",
    ...names.map((name) => `| ${name} | ${share(shares.syscap, name)} | ${share(shares.centia, name)} |`),
    "",
  );
}

if (want("paging")) {
  console.log("bench: paging memory …");
  const paging = await benchPaging();
  const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
  lines.push(
    "## Paging memory (Syscap `listAll`, 100 per page, server in another process)",
    "",
    "Peak RSS of a fresh process paging 1 000 and then 100 000 records; a bare `fetch` loop over the same pages is the baseline. Heap after GC is what stays alive at the end.",
    "",
    "| client | V8 heap | peak RSS, 1 000 | peak RSS, 100 000 | growth | heap after GC, growth |",
    "|---|---|---|---|---|---|",
    ...Object.values(paging).map(
      (p) =>
        `| ${p.variant === "ours" ? "@crm-sdk/syscap listAll" : "bare fetch loop"} | ${p.mode} | ${mb(p.small.peakRss)} | ${mb(p.large.peakRss)} | ${p.growthMb.toFixed(1)} MB | ${p.heapGrowthMb.toFixed(2)} MB |`,
    ),
    "",
  );
}

if (want("leads")) {
  console.log("bench: bulk listing and the Lead mapping …");
  const leads = await benchLeads({ quick });
  lines.push(...leads.lines, "");
}

if (want("validation")) {
  console.log("bench: response validation and the HAR recorder …");
  // drift's own bench (packages/drift/bench/validation.mjs) prints its Markdown table.
  const run = spawnSync(process.execPath, [join(repoRoot, "packages/drift/bench/validation.mjs"), ...(quick ? ["--quick"] : [])], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (run.status === 0) lines.push("## Response validation and the HAR recorder (`@crm-sdk/drift`)", "", run.stdout.trim(), "");
  else console.warn(`bench: validation skipped: ${run.stderr.trim().split("\n").at(-1)}`);
}

if (want("mock")) {
  const extra = await import("./mock.mjs").then((m) => m.benchMock?.({ quick })).catch((error) => ({ error }));
  if (extra && !extra.error) lines.push(...extra.lines, "");
  else if (extra?.error) console.warn(`bench: mock vs Prism skipped: ${extra.error.message}`);
}

if (!only) writeFileSync(join(repoRoot, "BENCHMARKS.md"), `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
