#!/usr/bin/env node
import { existsSync, readFileSync, writeFileSync } from "node:fs";
// Refreshes scripts/baselines/<vendor>/ (the spec and API report the breaking-change gate compares with) for
// every vendor whose package version differs from the baseline's: run after `changeset version`
// (`pnpm version-packages` does both), so the committed baseline is the spec of the version that
// `pnpm release` publishes. `--all` refreshes every vendor regardless.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { vendors as allVendors, bundleSpec, repoRoot } from "../packages/spec-tools/src/index.js";
import { SURFACE_PACKAGES } from "./check-breaking.mjs";
import { apiReport } from "./lib/api-surface.mjs";
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
  // The public TypeScript API of each package whose version moved, from its build; the first
  // line names the version the report belongs to.
  for (const dir of SURFACE_PACKAGES) {
    const pkgDir = join(root, "packages", dir);
    const { name, version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    const file = join(root, "scripts", "baselines", dir, "api.md");
    const stamp = `<!-- ${name}@${version} -->`;
    if (!all && existsSync(file) && readFileSync(file, "utf8").startsWith(stamp)) continue;
    if (!existsSync(join(pkgDir, "dist", "index.d.ts"))) throw new Error(`${name} is not built: run the build before updating the baselines`);
    writeFileSync(file, `${stamp}\n${apiReport(pkgDir)}`);
    updated.push(`${name} API report`);
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
