#!/usr/bin/env node
// Adds up the vitest JSON reports every package's `test` task wrote (turbo restores them from
// cache too), prints one line per package and a closing total: "tests: N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../packages/spec-tools/src/index.js";

const dirs = [...readdirSync(join(repoRoot, "packages")).map((d) => join("packages", d)), "scripts", "specs"];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of dirs) {
  const report = join(repoRoot, dir, ".vitest", "results.json");
  if (!existsSync(report)) continue;
  const r = JSON.parse(readFileSync(report, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0);
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  console.log(`${dir.padEnd(24)} ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
