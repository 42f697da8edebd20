// @crm-sdk/leads: (a) bulk listing with pages in flight against a slow loopback server (20 000
// Syscap-shaped prospects, 100 a page, 20 ms a page), concurrency 4 vs the sequential listing,
// each run in a fresh child process so that its peak RSS is its own; (b) the cost of the Lead
// mapping next to the vendor client's own listing, in one process with an in-memory fetch.
// Ratios only, never timed assertions. Run alone: `node scripts/bench/leads.mjs [--quick]`.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { repoRoot } from "../../packages/spec-tools/src/index.js";
import { compare, fmt } from "./lib.mjs";

const self = fileURLToPath(import.meta.url);
const load = (pkg) => import(pathToFileURL(join(repoRoot, "packages", pkg, "dist/index.js")).href);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** A prospect shaped like the docs' list example (its top-level fields), numbered `i`. */
function prospect(i) {
  return {
    id: `prospect-${i}`,
    sequential_id: i,
    name: `Name${i}`,
    lastname: "Prospect",
    matriname: "Example",
    full_name: `Name${i} Prospect Example`,
    company: false,
    company_name: null,
    person_type: "Persona física",
    email: `prospect${i}@example.com`,
    tentative_investment: { mxn: "0.00", usd: "0.00" },
    max_status: "En proceso",
    phone_number: "5500000000",
    phone_number_extension: "5500000000",
    mobile_number: "5500000000",
    gender: "other",
    dob: "1990-01-01",
    contact_date: null,
    street: null,
    street_number: null,
    street_number_internal: null,
    postal_code: null,
    city: null,
    state: null,
    country: null,
    suburb: null,
    created_at: "2026-04-30 - 10:00",
    updated_at: "2026-04-30 - 12:00",
    created_by_full_name: "Name Example",
    nationality: null,
    translated_nationality: null,
    commentary: "Comment example",
    promoter_id: "promoter-uuid",
    country_translated: null,
    prospections: [],
    promoter: null,
  };
}

/** Every page of `total` prospects, `per` a page, as JSON bytes: `{ data, meta: { count } }`. */
function renderPages(total, per) {
  const pages = [];
  for (let start = 0; start < total; start += per) {
    const data = [];
    for (let i = start; i < Math.min(start + per, total); i++) data.push(prospect(i + 1));
    pages.push(Buffer.from(JSON.stringify({ data, meta: { count: total } })));
  }
  return pages;
}

/** A loopback Syscap `GET /prospects?page&per` that answers each page after `delayMs`. */
async function slowServer(pages, delayMs) {
  const empty = Buffer.from(JSON.stringify({ data: [], meta: { count: 0 } }));
  const server = createServer((req, res) => {
    const page = Number(new URL(req.url, "http://x").searchParams.get("page"));
    setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(pages[page - 1] ?? empty), delayMs);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  return { url: `http://127.0.0.1:${server.address().port}`, close };
}

/**
 * Child process: lists every lead through `leads.list({ pageSize, concurrency })` and reports its
 * time and peak RSS. With `live` (and --expose-gc) it also forces a GC after each page and keeps
 * the largest heap left, what the listing holds at once, and measures one parsed page's size.
 */
async function child([baseUrl, pageSize, concurrency, live]) {
  const { createLeadsClient } = await load("leads");
  const leads = createLeadsClient({ vendor: "syscap", baseUrl, token: "bench" });
  let pageHeap;
  if (live) {
    // A page as the listing holds it: its parsed objects. Twenty copies, so that GC noise averages out.
    const text = await (await fetch(`${baseUrl}/prospects?page=1&per=${pageSize}`)).text();
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const held = Array.from({ length: 20 }, () => JSON.parse(text));
    globalThis.gc();
    pageHeap = (process.memoryUsage().heapUsed - before) / held.length;
    if (held[0].data.length !== Number(pageSize)) throw new Error("short first page");
  }
  let seen = 0;
  let last = "";
  let liveHeap = 0;
  const started = performance.now();
  for await (const lead of leads.list({ pageSize: Number(pageSize), concurrency: Number(concurrency) })) {
    last = lead.id;
    if (++seen % Number(pageSize) === 0 && live) {
      globalThis.gc();
      const { heapUsed, external } = process.memoryUsage();
      liveHeap = Math.max(liveHeap, heapUsed + external); // external: response bodies not yet parsed
    }
  }
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ seen, last, ms, peakRss: process.resourceUsage().maxRSS * 1024, liveHeap, pageHeap }));
}

async function listInChild(url, pageSize, concurrency, flags, live = false) {
  const args = [...flags, self, "--child", url, String(pageSize), String(concurrency), ...(live ? ["live"] : [])];
  const { stdout } = await promisify(execFile)(process.execPath, args, { timeout: 120_000 });
  return JSON.parse(stdout);
}

// V8's young generation grows by tens of MB under any high allocation rate, listing or not;
// capped at 2 MB semi-spaces, what is left is closer to what the code keeps alive (as in paging.mjs).
const heapModes = [
  ["default heap", []],
  ["semi-space 2 MB", ["--max-semi-space-size=2"]],
];

async function benchConcurrency({ records, pageSize, delayMs, concurrency, runs }) {
  const pages = renderPages(records, pageSize);
  const server = await slowServer(pages, delayMs);
  const check = (variant, result) => {
    if (result.seen !== records || result.last !== `prospect-${records}`)
      throw new Error(`${variant}: listed ${result.seen} of ${records}, last ${result.last}`);
    return result;
  };
  const summary = (xs) => ({
    ms: median(xs.map((x) => x.ms)),
    peakRss: median(xs.map((x) => x.peakRss)),
    runs: xs.map(({ ms, peakRss }) => ({ ms, peakRss })),
  });
  const modes = {};
  let live;
  try {
    for (const [mode, flags] of heapModes) {
      const runsOf = { sequential: [], concurrent: [] };
      for (let r = 0; r < runs; r++) {
        // alternate the order, so that neither always runs on a warmer machine
        for (const variant of r % 2 ? ["concurrent", "sequential"] : ["sequential", "concurrent"]) {
          runsOf[variant].push(check(variant, await listInChild(server.url, pageSize, variant === "concurrent" ? concurrency : 1, flags)));
        }
      }
      const sequential = summary(runsOf.sequential);
      const concurrent = summary(runsOf.concurrent);
      modes[mode] = { sequential, concurrent, speedup: sequential.ms / concurrent.ms, rssDelta: concurrent.peakRss - sequential.peakRss };
    }
    const sequential = check("sequential", await listInChild(server.url, pageSize, 1, ["--expose-gc"], true));
    const concurrent = check("concurrent", await listInChild(server.url, pageSize, concurrency, ["--expose-gc"], true));
    live = {
      sequential: sequential.liveHeap,
      concurrent: concurrent.liveHeap,
      delta: concurrent.liveHeap - sequential.liveHeap,
      pageHeap: sequential.pageHeap,
    };
  } finally {
    await server.close();
  }
  const main = modes[heapModes[0][0]];
  return {
    records,
    pageSize,
    pageDelayMs: delayMs,
    concurrency,
    /** One page as JSON on the wire. */
    pageBytes: median(pages.map((p) => p.length)),
    /** One page held in memory: its parsed objects. */
    pageHeap: live.pageHeap,
    /** Per heap mode: median time and peak RSS (maxRSS) of each listing, the speedup and the RSS difference. */
    modes,
    /** Largest heap left after a forced GC at each page boundary, for each listing, and their difference. */
    live,
    /** In the default heap. */
    speedup: main.speedup,
    /** `concurrency` pages held in memory. */
    memoryBudget: concurrency * live.pageHeap,
    targets: { speedup: 3.5, limit: concurrency },
  };
}

async function benchMapping({ pagesPerOp, pageSize, rounds, ms }) {
  const [{ createSyscapClient }, { createLeadsClient }] = await Promise.all([load("syscap"), load("leads")]);
  const pages = renderPages(pagesPerOp * pageSize, pageSize).map((b) => b.toString());
  const fetch = async (request) => {
    const page = Number(new URL(request.url).searchParams.get("page"));
    return new Response(pages[page - 1], { status: 200, headers: { "content-type": "application/json" } });
  };
  const options = { baseUrl: "https://syscap.test", token: "bench", fetch };
  const syscap = createSyscapClient(options);
  const leads = createLeadsClient({ vendor: "syscap", ...options });
  let sink = 0;
  const result = await compare(
    {
      "syscap.prospects.listAll": async () => {
        for await (const p of syscap.prospects.listAll({ pageSize })) sink += p.id.length;
      },
      "leads.list": async () => {
        for await (const lead of leads.list({ pageSize })) sink += lead.id.length;
      },
    },
    { rounds, ms },
  );
  if (sink === 0) throw new Error("nothing listed");
  const recordsPerOp = pagesPerOp * pageSize;
  const [vendor, mapped] = ["syscap.prospects.listAll", "leads.list"];
  const cpuRatio = result.ratio(vendor, mapped); // > 1: the leads listing costs that many times the vendor's
  const wallRatio = result.ratio(vendor, mapped, "wall");
  return {
    recordsPerOp,
    vendorOps: result.ops[vendor],
    leadsOps: result.ops[mapped],
    cpuRatio,
    cpuSpread: result.spread(vendor, mapped),
    wallRatio,
    /** The mapping's share: the vendor listing's cost per record times the ratio's excess. */
    perRecordUs: (1e6 / result.ops[vendor] / recordsPerOp) * (cpuRatio - 1),
    vendorPerRecordUs: 1e6 / result.ops[vendor] / recordsPerOp,
  };
}

/**
 * Both measures, with Markdown lines for BENCHMARKS.md. `quick` runs one round of the listing
 * and shorter mapping rounds.
 */
export async function benchLeads({ quick = false } = {}) {
  const concurrency = await benchConcurrency({ records: 20_000, pageSize: 100, delayMs: 20, concurrency: 4, runs: quick ? 1 : 5 });
  const mapping = await benchMapping({ pagesPerOp: 2, pageSize: 100, rounds: quick ? 5 : 15, ms: quick ? 150 : 250 });
  const c = concurrency;
  const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
  const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
  const signed = (n) => `${n >= 0 ? "+" : "−"}${kb(Math.abs(n))}`;
  const range = (runs, key, f) => {
    const xs = runs.map((r) => r[key]);
    return xs.length > 1 ? ` (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : "";
  };
  const ms = (n) => fmt(n);
  const rows = Object.entries(c.modes).flatMap(([mode, m]) => [
    `| ${mode} | \`leads.list()\` (sequential) | ${fmt(m.sequential.ms)} ms${range(m.sequential.runs, "ms", ms)} | ${mb(m.sequential.peakRss)}${range(m.sequential.runs, "peakRss", mb)} |`,
    `| ${mode} | \`leads.list({ concurrency: ${c.concurrency} })\` | ${fmt(m.concurrent.ms)} ms${range(m.concurrent.runs, "ms", ms)}, **${m.speedup.toFixed(2)}×** | ${mb(m.concurrent.peakRss)}${range(m.concurrent.runs, "peakRss", mb)}, ${signed(m.rssDelta)} |`,
  ]);
  const capped = c.modes[heapModes[1][0]];
  const fits = (delta) => (delta <= c.memoryBudget ? "PASS" : "MISS");
  const lines = [
    "## Leads: bulk listing with pages in flight (`@crm-sdk/leads`, Syscap)",
    "",
    `${fmt(c.records)} Syscap-shaped prospects, ${c.pageSize} a page (${kb(c.pageBytes)} of JSON a page, ${kb(c.pageHeap)} once parsed), from a loopback server in this process that answers each page after ${c.pageDelayMs} ms. Each listing runs in a fresh child process (median of ${Object.values(c.modes)[0].sequential.runs.length}, order alternated); peak RSS is that process's \`maxRSS\`.`,
    "",
    "| V8 heap | listing | time: median (range) | peak RSS: median (range) |",
    "|---|---|---|---|",
    ...rows,
    "",
    `Largest heap (V8 heap and external memory) left after a GC at each page boundary (\`--expose-gc\`, one run each): sequential ${mb(c.live.sequential)}, concurrent ${mb(c.live.concurrent)} (${signed(c.live.delta)}).`,
    "",
    `Target: ≥ ${c.targets.speedup}× the sequential listing (the limit is ${c.targets.limit}×) → **${c.speedup.toFixed(2)}× ${c.speedup >= c.targets.speedup ? "PASS" : "MISS"}**. Memory ≤ the sequential listing's + ${c.concurrency} pages (${kb(c.memoryBudget)}): heap after GC **${signed(c.live.delta)} ${fits(c.live.delta)}**; peak RSS with 2 MB semi-spaces **${signed(capped.rssDelta)} ${fits(capped.rssDelta)}** (default heap ${signed(c.modes[heapModes[0][0]].rssDelta)}). Peak RSS also counts the bodies received and decoded side by side (bytes, text, parse garbage), which the heap after GC does not.`,
    "",
    "## Leads: the cost of the Lead mapping",
    "",
    `In one process with an in-memory \`fetch\` (no network): listing ${mapping.recordsPerOp} Syscap prospects (${mapping.recordsPerOp / 100} pages) through \`syscap.prospects.listAll()\` and through \`leads.list()\`, which maps each prospect to a Lead.`,
    "",
    `The leads listing costs **${mapping.cpuRatio.toFixed(2)}×** the vendor client's (CPU; middle half of rounds ${mapping.cpuSpread.map((x) => x.toFixed(2)).join("–")}×; wall ${mapping.wallRatio.toFixed(2)}×): about ${mapping.perRecordUs.toFixed(2)} µs more per record, next to ${mapping.vendorPerRecordUs.toFixed(2)} µs per record for the vendor's listing (fetch, JSON and paging).`,
  ];
  return { concurrency, mapping, lines };
}

if (process.argv[2] === "--child") await child(process.argv.slice(3));
else if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await benchLeads({ quick: process.argv.includes("--quick") });
  console.log(result.lines.join("\n"));
  console.log(JSON.stringify({ ...result, lines: undefined }, null, 2));
}
