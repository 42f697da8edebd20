#!/usr/bin/env node
// Drift check: re-renders every vendor's generated files from its spec, in memory, and fails
// when a committed file differs (someone changed a spec without running `pnpm generate`, or
// edited generated code by hand).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { vendors as allVendors, repoRoot } from "../packages/spec-tools/src/index.js";
import { renderVendor } from "./generate.mjs";

/** @returns {Promise<{ file: string, reason: string }[]>} the drifted files */
export async function findDrift({ root = repoRoot, vendors = allVendors } = {}) {
  const drift = [];
  for (const vendor of vendors) {
    const files = await renderVendor(vendor, { root });
    for (const [rel, expected] of Object.entries(files)) {
      let actual;
      try {
        actual = readFileSync(join(root, rel), "utf8");
      } catch {
        drift.push({ file: rel, reason: "missing (run `pnpm generate`)" });
        continue;
      }
      if (actual !== expected) drift.push({ file: rel, reason: "differs from what the spec generates (run `pnpm generate`)" });
    }
  }
  return drift;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const vendors = process.argv.slice(2);
  const drift = await findDrift(vendors.length ? { vendors } : {});
  if (drift.length > 0) {
    for (const d of drift) console.error(`drift: ${d.file} ${d.reason}`);
    process.exit(1);
  }
  console.log("drift check: generated files match the specs");
}
