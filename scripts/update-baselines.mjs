#!/usr/bin/env node
// Refreshes scripts/baselines/<vendor>/ (the spec the breaking-change gate compares with) for
// every vendor whose package version differs from the baseline's: run after `changeset version`
// (`pnpm version-packages` does both), so the committed baseline is the spec of the version that
// `pnpm release` publishes. `--all` refreshes every vendor regardless.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { vendors as allVendors, bundleSpec, repoRoot } from "../packages/spec-tools/src/index.js";
import { readCommittedBaseline, writeCommittedBaseline } from "./lib/breaking-baseline.mjs";

export async function updateBaselines({ root = repoRoot, vendors = allVendors, all = false } = {}) {
  const updated = [];
  for (const vendor of vendors) {
    const pkg = JSON.parse(readFileSync(join(root, "packages", vendor, "package.json"), "utf8"));
    const current = readCommittedBaseline(root, vendor);
    if (!all && current?.version === pkg.version) continue;
    writeCommittedBaseline(root, vendor, { spec: await bundleSpec(vendor, { root }), packageName: pkg.name, version: pkg.version });
    updated.push(`${vendor} ${current?.version ?? "(none)"} -> ${pkg.version}`);
  }
  return updated;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const all = args.includes("--all");
  const vendors = args.filter((a) => a !== "--all");
  const updated = await updateBaselines({ all, ...(vendors.length ? { vendors } : {}) });
  console.log(updated.length ? `baselines updated: ${updated.join(", ")}` : "baselines: every vendor's baseline matches its package version");
}
