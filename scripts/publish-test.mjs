#!/usr/bin/env node
// test:publish — publishes every public package to a throwaway Verdaccio registry and installs
// them the way a user would, in a fresh project outside the workspace: `npm install
// @crm-sdk/syscap @crm-sdk/centia @crm-sdk/leads`, then an ESM script, a CJS script and a TypeScript file
// (node16 resolution) that create the clients (and a leads client) and call a local server: @crm-sdk/mock's
// `startMockServer` (itself installed from the registry) when published, a tiny node:http stub
// otherwise; and, when published, the `crm-sdk-drift` bin of @crm-sdk/drift on a small HAR.
// The registry is stopped by its PID at the end, whatever happens.
//
// Verdaccio is not a workspace dependency: verdaccio@6.8.0 -> verdaccio-audit asks for
// `node-fetch@cjs`, a dist-tag the registry mirror lacks, so pnpm cannot resolve it. It is
// installed with npm into node_modules/.cache/verdaccio (once; later runs reuse it) with an npm
// `overrides` entry pinning that node-fetch to 2.7.0, the release the `cjs` tag points at.
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../packages/spec-tools/src/index.js";
import { checkBreaking } from "./check-breaking.mjs";
import { publishablePackages } from "./lib/publishable-packages.mjs";

const VERDACCIO_VERSION = "6.8.0";
const sh = promisify(execFile);
const bin = (name) => join(repoRoot, "node_modules", ".bin", name);
const started = Date.now();
const step = (text) => console.log(`\n==> ${text} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
// node_modules/.bin first: turbo looks for pnpm on the PATH (it is a dev dependency, not global)
const env = {
  ...process.env,
  PATH: `${join(repoRoot, "node_modules", ".bin")}:${process.env.PATH}`,
  TURBO_TELEMETRY_DISABLED: "1",
  REDOCLY_TELEMETRY: "off",
  NO_UPDATE_NOTIFIER: "1",
  npm_config_update_notifier: "false",
};

async function run(cmd, args, options = {}) {
  try {
    return await sh(cmd, args, { env, maxBuffer: 64 * 1024 * 1024, ...options });
  } catch (error) {
    console.error(`$ ${cmd} ${args.join(" ")}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    throw error;
  }
}

/** Installs verdaccio into node_modules/.cache/verdaccio unless it is already there. */
async function ensureVerdaccio() {
  const dir = join(repoRoot, "node_modules", ".cache", "verdaccio");
  const installed = join(dir, "node_modules", "verdaccio", "package.json");
  if (existsSync(installed) && JSON.parse(readFileSync(installed, "utf8")).version === VERDACCIO_VERSION) return { dir, cached: true };
  mkdirSync(dir, { recursive: true });
  const manifest = { private: true, dependencies: { verdaccio: VERDACCIO_VERSION }, overrides: { "verdaccio-audit": { "node-fetch": "2.7.0" } } };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await run("npm", ["install", "--no-audit", "--no-fund", "--omit=dev", "--loglevel=error"], { cwd: dir });
  return { dir, cached: false };
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(url, child, log, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited with ${child.exitCode}:\n${readFileSync(log, "utf8")}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`verdaccio did not answer ${url} within ${timeoutMs / 1000}s:\n${readFileSync(log, "utf8")}`);
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(child.pid, "SIGTERM");
  const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid, "SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}

// --- the consumer project: what a user writes -----------------------------------------------

const SERVERS_CJS = `// Starts the servers the clients call: @crm-sdk/mock when installed, else a tiny stub.
const http = require("node:http");

async function startServers(loadMock) {
  let mock;
  try {
    mock = await loadMock();
  } catch (error) {
    mock = undefined;
    console.log("  (@crm-sdk/mock not usable here: " + String(error && error.message).split("\\n")[0] + "; using the node:http stub)");
  }
  if (mock && typeof mock.startMockServer === "function") {
    const syscap = await mock.startMockServer({ vendor: "syscap" });
    const centia = await mock.startMockServer({ vendor: "centia" });
    return { kind: "@crm-sdk/mock startMockServer", syscap: syscap.url, centia: centia.url, close: () => Promise.all([syscap.close(), centia.close()]) };
  }
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const json = (status, value) => { res.writeHead(status, { "content-type": "application/json" }); res.end(JSON.stringify(value)); };
      const rpc = body ? JSON.parse(body) : {};
      if (req.method === "GET" && req.url.startsWith("/syscap/prospects")) return json(200, { data: [{ id: "p-1", full_name: "Test Prospect Example" }], meta: { count: 1 } });
      if (req.method === "POST" && req.url === "/centia/auth" && rpc.method === "Login") return json(200, { success: true, response: { token: "stub-token", user: {} } });
      if (req.method === "POST" && req.url === "/centia/profiles" && rpc.method === "GetProfiles") {
        if (req.headers.authorization !== "Bearer stub-token") return json(401, { success: false, error: "not logged in" });
        return json(200, { success: true, response: { profiles: [{ id: 1, name: "Ventas" }] } });
      }
      json(404, { message: "stub: no route for " + req.method + " " + req.url });
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = "http://127.0.0.1:" + server.address().port;
  return { kind: "node:http stub", syscap: base + "/syscap", centia: base + "/centia", close: () => new Promise((r) => server.close(r)) };
}

async function exercise(label, syscapPkg, centiaPkg, servers) {
  const { createSyscapClient, ApiError } = syscapPkg;
  const { createCentiaClient } = centiaPkg;
  const syscap = createSyscapClient({ token: "consumer-test", baseUrl: servers.syscap, maxRetries: 0 });
  const page = await syscap.prospects.list({ page: 1, pageSize: 10 });
  const centia = createCentiaClient({ email: "user@example.com", password: "secret", baseUrl: servers.centia, maxRetries: 0 });
  const profiles = await centia.profiles.list();
  console.log("  " + label + ": server = " + servers.kind);
  console.log("  " + label + ": syscap.prospects.list() -> " + page.items.length + " prospect(s), first: " + JSON.stringify(page.items[0] && page.items[0].full_name) + ", total = " + page.total);
  console.log("  " + label + ": centia.profiles.list() (after Auth.Login) -> " + JSON.stringify(profiles.items).slice(0, 80));
  console.log("  " + label + ": ApiError is a class: " + (typeof ApiError === "function"));
}

async function exerciseLeads(label, leadsPkg, servers) {
  const leads = leadsPkg.createLeadsClient({ vendor: "syscap", baseUrl: servers.syscap, token: "consumer-test", maxRetries: 0 });
  const listed = await leads.list({ pageSize: 10 }).take(10);
  console.log("  " + label + ": @crm-sdk/leads list() -> " + listed.length + " lead(s), first: " + JSON.stringify(listed[0] && [listed[0].vendor, listed[0].id]) + "; capabilities " + JSON.stringify(leads.capabilities));
}

module.exports = { startServers, exercise, exerciseLeads };
`;

const ESM = `import * as syscap from "@crm-sdk/syscap";
import * as centia from "@crm-sdk/centia";
import * as leads from "@crm-sdk/leads";
import servers from "./servers.cjs";

const s = await servers.startServers(() => import("@crm-sdk/mock"));
try {
  await servers.exerciseLeads("ESM", leads, s);
  await servers.exercise("ESM", syscap, centia, s);
} finally {
  await s.close();
}
`;

const CJS = `const syscap = require("@crm-sdk/syscap");
const centia = require("@crm-sdk/centia");
const leads = require("@crm-sdk/leads");
const servers = require("./servers.cjs");
const spec = require("@crm-sdk/syscap/openapi.json");

(async () => {
  const s = await servers.startServers(async () => require("@crm-sdk/mock"));
  try {
    await servers.exerciseLeads("CJS", leads, s);
    await servers.exercise("CJS", syscap, centia, s);
    console.log("  CJS: require(\\"@crm-sdk/syscap/openapi.json\\") -> " + spec.info.title + " " + spec.info.version);
  } finally {
    await s.close();
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;

// Compiled, not run: the published .d.ts files must resolve from a user's project (node16).
const TS = `import { createSyscapClient, NotFoundError } from "@crm-sdk/syscap";
import { createCentiaClient } from "@crm-sdk/centia";
import { createLeadsClient } from "@crm-sdk/leads";

export async function firstProspectName(baseUrl: string): Promise<string | undefined> {
  const syscap = createSyscapClient({ token: "t", baseUrl });
  const page = await syscap.prospects.list({ pageSize: 10 });
  // @ts-expect-error -- "perPage" is not a query parameter of listProspects
  await syscap.prospects.list({ perPage: 10 });
  return page.items[0]?.full_name;
}
export const centia = createCentiaClient({ token: "t", baseUrl: "https://centia.test" });
export const isNotFound = (e: unknown) => e instanceof NotFoundError;
export async function firstLeadStage(baseUrl: string): Promise<string | undefined> {
  const leads = createLeadsClient({ vendor: "syscap", baseUrl, token: "t" });
  const [lead] = await leads.list().take(1);
  // @ts-expect-error -- LeanCore lists leads per ecosystem: the option is required
  createLeadsClient({ vendor: "leancore", token: "t" });
  return lead?.vendor === "syscap" ? lead.raw.max_status : undefined;
}
`;

async function main() {
  const keep = process.argv.includes("--keep");
  const work = mkdtempSync(join(tmpdir(), "crm-sdk-publish-"));
  const consumer = join(work, "consumer");
  let registry;
  console.log(`test:publish: publish to a throwaway Verdaccio, install like a user (work dir ${work})`);
  try {
    const packages = publishablePackages();
    step(`build the ${packages.length} publishable packages (turbo, cached)`);
    const filters = packages.map(({ pkg }) => `--filter=${pkg.name}`);
    try {
      await sh(bin("turbo"), ["run", "build", "--output-logs=errors-only", ...filters], { cwd: repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      // Publishing is what is under test: go on with the dist/ folders that exist, say so loudly.
      const missing = packages.filter(({ dir }) => !existsSync(join(repoRoot, "packages", dir, "dist", "index.js"))).map(({ pkg }) => pkg.name);
      const why = String(error.stderr || error.stdout || error.message)
        .trim()
        .split("\n")
        .slice(-2)
        .join(" ");
      if (missing.length) throw new Error(`turbo build failed (${why}) and ${missing.join(", ")} have no dist/`);
      console.log(`  WARNING: turbo build failed (${why}); publishing the existing dist/ folders`);
    }
    const hasMock = packages.some(({ dir }) => dir === "mock") && existsSync(join(repoRoot, "packages", "mock", "dist", "index.js"));
    const hasDrift = packages.some(({ dir }) => dir === "drift") && existsSync(join(repoRoot, "packages", "drift", "dist", "cli.js"));

    step(`verdaccio ${VERDACCIO_VERSION}`);
    const { dir: verdaccioDir, cached } = await ensureVerdaccio();
    console.log(`  ${cached ? "reused" : "installed"} ${join(verdaccioDir, "node_modules", "verdaccio")}`);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const config = join(work, "verdaccio.yaml");
    writeFileSync(
      config,
      [
        `storage: ${join(work, "storage")}`,
        "auth:",
        "  htpasswd:",
        `    file: ${join(work, "htpasswd")}`,
        // No uplinks: only @crm-sdk/* lives here; the consumer gets everything else from its usual registry.
        "packages:",
        '  "@crm-sdk/*":',
        "    access: $all",
        "    publish: $authenticated",
        "server:",
        "  keepAliveTimeout: 0",
        "log: { type: stdout, format: pretty, level: warn }",
        "",
      ].join("\n"),
    );
    const log = join(work, "verdaccio.log");
    const out = openSync(log, "a");
    registry = spawn(
      process.execPath,
      [join(verdaccioDir, "node_modules", "verdaccio", "bin", "verdaccio"), "--config", config, "--listen", `127.0.0.1:${port}`],
      {
        stdio: ["ignore", out, out],
        env,
      },
    );
    await waitFor(`${url}-/ping`, registry, log);
    console.log(`  listening on ${url} (pid ${registry.pid})`);

    // A user for publishing (htpasswd registration), and an npmrc that carries its token.
    const user = await fetch(`${url}-/user/org.couchdb.user:publisher`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "publisher", password: "publish-test-only" }),
    });
    const { token } = await user.json();
    if (!token) throw new Error(`verdaccio did not create a user: ${user.status}`);
    const npmrc = join(work, ".npmrc");
    writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=${token}\n@crm-sdk:registry=${url}\n`);
    const withRc = { ...env, npm_config_userconfig: npmrc };

    step("pnpm publish -r (every public package)");
    const published = await run(bin("pnpm"), ["publish", "-r", "--registry", url, "--no-git-checks", "--access", "public"], { cwd: repoRoot, env: withRc });
    const lines = `${published.stdout}`.split("\n").filter((l) => /^\+ @crm-sdk\//.test(l));
    for (const l of lines) console.log(`  ${l}`);
    for (const { pkg } of packages) {
      const res = await fetch(`${url}${pkg.name.replace("/", "%2f")}`);
      const doc = res.ok ? await res.json() : {};
      const version = doc["dist-tags"]?.latest;
      if (version !== pkg.version) throw new Error(`${pkg.name}: registry has ${version ?? "nothing"}, expected ${pkg.version}`);
      const deps = doc.versions[version].dependencies ?? {};
      const leaked = Object.entries(deps).filter(([, range]) => String(range).startsWith("workspace:"));
      if (leaked.length) throw new Error(`${pkg.name}: published with ${leaked.map(([d, r]) => `${d}@${r}`).join(", ")}`);
    }
    console.log(`  registry lists ${packages.map(({ pkg }) => `${pkg.name}@${pkg.version}`).join(", ")}`);

    step(
      `fresh consumer project outside the workspace: npm install @crm-sdk/syscap @crm-sdk/centia @crm-sdk/leads${hasMock ? " @crm-sdk/mock" : ""}${hasDrift ? " @crm-sdk/drift" : ""}`,
    );
    mkdirSync(consumer, { recursive: true });
    writeFileSync(join(consumer, "package.json"), `${JSON.stringify({ name: "crm-sdk-consumer", version: "0.0.0", private: true }, null, 2)}\n`);
    writeFileSync(join(consumer, ".npmrc"), `@crm-sdk:registry=${url}\n`);
    const wanted = ["@crm-sdk/syscap", "@crm-sdk/centia", "@crm-sdk/leads", ...(hasMock ? ["@crm-sdk/mock"] : []), ...(hasDrift ? ["@crm-sdk/drift"] : [])];
    await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefer-online", ...wanted], { cwd: consumer, env: withRc });
    const tree = JSON.parse((await run("npm", ["ls", "--all", "--json"], { cwd: consumer, env: withRc })).stdout);
    const flat = (deps = {}, acc = {}) => {
      for (const [name, d] of Object.entries(deps)) {
        acc[name] = d.version;
        flat(d.dependencies, acc);
      }
      return acc;
    };
    const all = flat(tree.dependencies);
    console.log(
      `  installed ${Object.keys(all).length} packages: ${Object.entries(all)
        .filter(([n]) => n.startsWith("@crm-sdk/") || n === "openapi-fetch")
        .map(([n, v]) => `${n}@${v}`)
        .join(", ")}`,
    );
    const resolved = JSON.parse(readFileSync(join(consumer, "package-lock.json"), "utf8")).packages["node_modules/@crm-sdk/syscap"].resolved;
    console.log(`  @crm-sdk/syscap came from ${resolved}`);

    writeFileSync(join(consumer, "servers.cjs"), SERVERS_CJS);
    writeFileSync(join(consumer, "esm.mjs"), ESM);
    writeFileSync(join(consumer, "cjs.cjs"), CJS);
    writeFileSync(join(consumer, "typed.ts"), TS);

    // The user-side checks are independent: run them all, then fail with every problem found.
    const failures = [];
    const attempt = async (title, fn) => {
      step(title);
      try {
        await fn();
      } catch (error) {
        failures.push(title);
        console.log(
          `  FAILED: ${String(error.stderr || error.stdout || error.message)
            .trim()
            .split("\n")
            .slice(0, 8)
            .join("\n  ")}`,
        );
      }
    };
    await attempt("node esm.mjs (import)", async () => console.log((await sh(process.execPath, ["esm.mjs"], { cwd: consumer, env })).stdout.trimEnd()));
    await attempt("node cjs.cjs (require)", async () => console.log((await sh(process.execPath, ["cjs.cjs"], { cwd: consumer, env })).stdout.trimEnd()));
    await attempt("tsc --module node16 typed.ts (the published types, from a user's project)", async () => {
      const args = [
        "--noEmit",
        "--strict",
        "--module",
        "node16",
        "--moduleResolution",
        "node16",
        "--target",
        "es2022",
        "--lib",
        "es2022,dom",
        "--skipLibCheck",
        "typed.ts",
      ];
      await sh(bin("tsc"), args, { cwd: consumer, env });
      console.log("  typed.ts compiles (and the wrong query parameter is a type error)");
    });
    if (hasDrift) {
      await attempt("npx crm-sdk-drift syscap traffic.har (the published bin, the spec of the installed @crm-sdk/syscap)", async () => {
        // One entry the Syscap spec has no operation for: a finding whatever the spec's schemas say.
        const entry = {
          request: { method: "GET", url: "https://api.syscap.example/nowhere", headers: [] },
          response: { status: 404, content: { mimeType: "application/json", text: "{}" } },
        };
        writeFileSync(join(consumer, "traffic.har"), JSON.stringify({ log: { version: "1.2", entries: [entry] } }));
        const drift = await sh("npx", ["--no-install", "crm-sdk-drift", "syscap", "traffic.har", "--json"], { cwd: consumer, env }).catch((error) => error);
        const findings = JSON.parse(drift.stdout || "{}").findings ?? [];
        if (drift.code !== 1 || findings.length !== 1 || findings[0].kind !== "unknown-operation")
          throw new Error(`crm-sdk-drift exited ${drift.code ?? 0} with ${drift.stdout}${drift.stderr}`);
        console.log(`  crm-sdk-drift exit 1: ${findings[0].kind}: ${findings[0].suggestion}`);
      });
    }
    await attempt("check:breaking against the registry's latest tarballs (--registry)", async () => {
      const gate = await checkBreaking({ registry: url, log: () => {} });
      console.log(`  ${gate.results.map((r) => `${r.vendor}: ${r.counts ? `${r.counts.breaking} breaking` : "skipped"}`).join(", ")}`);
      if (!gate.ok) throw new Error("check:breaking failed against the just-published specs");
    });

    const took = `${((Date.now() - started) / 1000).toFixed(1)}s`;
    if (failures.length) throw new Error(`${failures.length} consumer check(s) failed in ${took}: ${failures.join("; ")}`);
    step(`test:publish: ok in ${took}`);
  } finally {
    if (registry) {
      await stop(registry);
      console.log(`  verdaccio (pid ${registry.pid}) stopped`);
    }
    if (keep) console.log(`  kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\ntest:publish: FAILED: ${error.message}`);
  process.exitCode = 1;
});
