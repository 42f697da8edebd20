#!/usr/bin/env node
// docs (per vendor): packages/<vendor>/openapi.json -> packages/<vendor>/docs/index.html, one
// self-contained Redoc page: the Redoc script is inlined (--inlineBundle), so the page renders
// with no network. The docs-site package then gathers the pages into docs/ with an index.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../packages/spec-tools/src/index.js";

const vendor = process.argv[2];
if (!vendor) {
  console.error("usage: build-docs.mjs <vendor>");
  process.exit(2);
}
const pkgDir = join(repoRoot, "packages", vendor);
const spec = JSON.parse(readFileSync(join(pkgDir, "openapi.json"), "utf8"));
mkdirSync(join(pkgDir, "docs"), { recursive: true });
const redocly = join(repoRoot, "node_modules", ".bin", "redocly");
execFileSync(
  redocly,
  ["build-docs", join(pkgDir, "openapi.json"), "--inlineBundle", "--title", `${spec.info.title} — crm-sdk`, "-o", join(pkgDir, "docs", "index.html")],
  { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
);
console.log(`docs ${vendor}: packages/${vendor}/docs/index.html`);
