#!/usr/bin/env node
// `pnpm --filter @crm-sdk/drift bench` (after a build): the per-call cost of responseValidation()
// and harRecorder() as client options, as ratios of calls per second against the same client
// without them, measured in one process with the order rotated each round (scripts/bench/lib.mjs).
// In-memory `fetch`, so the ratios show the cost of the wrappers themselves, not of a network.
// Also: the one-time cost of the first validated call of a spec (engine and validators built).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compare, fmt } from "../../../scripts/bench/lib.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const built = (pkg) => import(pathToFileURL(join(here, "..", "..", pkg, "dist", "index.js")).href);
const { harRecorder, responseValidation } = await built("drift");
// The vendors' ES module builds by path (drift does not depend on the vendors, as its tests do
// not): they import the same @crm-sdk/core as drift, so the error classes are shared.
const { createSyscapClient } = await built("syscap");
const { createCentiaClient } = await built("centia");
const { createMock } = await import("@crm-sdk/mock");
const spec = (vendor) => JSON.parse(readFileSync(join(here, "..", "..", vendor, "openapi.json"), "utf8"));
const syscapSpec = spec("syscap");
const centiaSpec = spec("centia");

const quick = process.argv.includes("--quick");
const ID = "3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13";

// The spec's own example answers (taken from the mock once), then served from memory.
const syscapMock = createMock(syscapSpec);
const centiaMock = createMock(centiaSpec);
const answer = async (mock, method, url, body) =>
  (await mock.handle({ method, url, headers: { authorization: "Bearer t", "content-type": "application/json" }, body })).body;
const one = await answer(syscapMock, "GET", `/prospects/${ID}`);
const item = JSON.parse(await answer(syscapMock, "GET", "/prospects?page=1&per=1")).data[0];
const hundred = JSON.stringify({ data: Array.from({ length: 100 }, () => item), meta: { count: 100 } });
const companies = await answer(centiaMock, "POST", "/companies", JSON.stringify({ method: "GetCompanies", parameters: { profile_id: 1 } }));
const memory = (body) => async () => new Response(body, { headers: { "content-type": "application/json" } });

const syscap = (body, extra = {}) => createSyscapClient({ baseUrl: "https://syscap.test", token: "t", fetch: memory(body), ...extra });
const centia = (extra = {}) => createCentiaClient({ baseUrl: "https://centia.test/api/v1", token: "t", fetch: memory(companies), ...extra });
const mode = (s, m) => ({ validation: responseValidation(s, { mode: m }) });

const clients = {
  "syscap get": syscap(one),
  "syscap get, validation off": syscap(one, mode(syscapSpec, "off")),
  "syscap get, validation report": syscap(one, mode(syscapSpec, "report")),
  "syscap get, validation throw": syscap(one, mode(syscapSpec, "throw")),
  "syscap get, recorder": syscap(one, { recorder: harRecorder() }),
  "syscap list of 100": syscap(hundred),
  "syscap list of 100, validation report": syscap(hundred, mode(syscapSpec, "report")),
  "centia call": centia(),
  "centia call, validation report": centia(mode(centiaSpec, "report")),
};
const contenders = Object.fromEntries(
  Object.entries(clients).map(([name, client]) => [
    name,
    name.startsWith("centia")
      ? () => client.call("Companies.GetCompanies", { profile_id: 1 })
      : name.includes("list")
        ? () => client.prospects.list({ page: 1, pageSize: 100 })
        : () => client.prospects.get(ID),
  ]),
);
// A recorder keeps every entry: start each round's recorder afresh so memory does not grow.
const recorderClient = () => syscap(one, { recorder: harRecorder() });
let recorded = recorderClient();
let calls = 0;
contenders["syscap get, recorder"] = () => {
  if (++calls % 5000 === 0) recorded = recorderClient();
  return recorded.prospects.get(ID);
};

// One-time cost: the first validated call of a spec not seen before (a structured clone each time).
const firstCall = [];
for (let i = 0; i < (quick ? 3 : 7); i++) {
  const fresh = syscap(one, mode(structuredClone(syscapSpec), "report"));
  const start = performance.now();
  await fresh.prospects.get(ID);
  firstCall.push(performance.now() - start);
}
firstCall.sort((a, b) => a - b);

const result = await compare(contenders, quick ? { rounds: 5, ms: 150 } : { rounds: 11, ms: 250 });
const baseline = (name) => (name.startsWith("centia") ? "centia call" : name.includes("list") ? "syscap list of 100" : "syscap get");
const rows = Object.keys(contenders).map((name) => {
  const base = baseline(name);
  const [lo, hi] = result.spread(name, base);
  const perCallUs = 1e6 / result.ops[name] - 1e6 / result.ops[base];
  return `| ${name} | ${fmt(result.ops[name])} | ${result.ratio(name, base).toFixed(2)}× (${lo.toFixed(2)}–${hi.toFixed(2)}) | ${name === base ? "—" : `${perCallUs.toFixed(1)} µs`} |`;
});
console.log(
  [
    `Node ${process.version}, ${process.platform}/${process.arch}; in-memory fetch; CPU ratio = calls/s (CPU time) against the same client without the option, median over rounds (interquartile range).`,
    "",
    "| client | calls/s (wall) | CPU ratio vs without | extra per call (wall) |",
    "|---|---|---|---|",
    ...rows,
    "",
    `First validated call of a spec (engine, ajv and the operation's validators built): median ${firstCall[Math.floor(firstCall.length / 2)].toFixed(1)} ms (min ${firstCall[0].toFixed(1)}, max ${firstCall.at(-1).toFixed(1)}).`,
  ].join("\n"),
);
