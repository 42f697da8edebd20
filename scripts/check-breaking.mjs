#!/usr/bin/env node
// check:breaking — bundles every vendor's spec, compares it with the spec of the vendor's last
// release (scripts/lib/breaking-baseline.mjs says where that comes from), prints the changes by
// class, and does the same for each package's public TypeScript API (API Extractor's report, vs
// scripts/baselines/<package>/api.md); fails when a package has a breaking change that no
// pending changeset bumps far enough: `major`, or before 1.0.0 `minor` or `major`.
//
//   node scripts/check-breaking.mjs [vendor ...] [--verbose] [--registry <url>]
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { vendors as allVendors, bundleSpec, repoRoot } from "../packages/spec-tools/src/index.js";

import { apiReport, compareSurfaces, formatSurfaceReport } from "./lib/api-surface.mjs";
import { compareSpecs, formatVendorReport, gateVerdict, readPendingChangesets } from "./lib/breaking.mjs";
import { readCommittedBaseline, readRegistryBaseline } from "./lib/breaking-baseline.mjs";

/** The packages whose TypeScript surface is compared with their last release (a built dist is needed). */
export const SURFACE_PACKAGES = ["core", ...allVendors];

/** Runs the gate; returns one entry per vendor and whether all passed. */
export async function checkBreaking({ root = repoRoot, vendors = allVendors, registry, verbose = false, log = console.log } = {}) {
  const changesets = readPendingChangesets(join(root, ".changeset"));
  const results = [];
  for (const vendor of vendors) {
    const pkg = JSON.parse(readFileSync(join(root, "packages", vendor, "package.json"), "utf8"));
    const baseline = registry ? await readRegistryBaseline(registry, pkg.name) : readCommittedBaseline(root, vendor);
    if (!baseline) {
      log(`${vendor} (${pkg.name}@${pkg.version}): no released spec to compare with (never released); skipped\n`);
      results.push({ vendor, ok: true, skipped: true });
      continue;
    }
    const current = await bundleSpec(vendor, { root });
    const result = compareSpecs(baseline.spec, current);
    const verdict = gateVerdict({ packageName: pkg.name, version: pkg.version, breaking: result.counts.breaking, changesets });
    log(`${formatVendorReport({ vendor, packageName: pkg.name, version: pkg.version, baseline: baseline.source, result, verdict, verbose })}\n`);
    results.push({ vendor, ok: verdict.ok, counts: result.counts, changes: result.changes, verdict });
  }
  for (const dir of SURFACE_PACKAGES) {
    const pkgDir = join(root, "packages", dir);
    if (!existsSync(join(pkgDir, "package.json"))) continue;
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    const baselineFile = join(root, "scripts", "baselines", dir, "api.md");
    if (!existsSync(baselineFile) || !existsSync(join(pkgDir, "dist", "index.d.ts"))) {
      log(`${pkg.name}: public API not compared (${existsSync(baselineFile) ? "not built: run the build first" : "no released API report"})\n`);
      continue;
    }
    const diff = compareSurfaces(readFileSync(baselineFile, "utf8"), apiReport(pkgDir));
    const verdict = gateVerdict({ packageName: pkg.name, version: pkg.version, breaking: diff.breaking, changesets });
    log(`${formatSurfaceReport({ packageName: pkg.name, baseline: `scripts/baselines/${dir}/api.md`, diff, verdict })}\n`);
    results.push({ vendor: `${dir} (API)`, ok: verdict.ok, surface: diff, verdict });
  }
  return { ok: results.every((r) => r.ok), results };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const verbose = args.includes("--verbose");
  if (verbose) args.splice(args.indexOf("--verbose"), 1);
  const registry = flag("--registry") ?? process.env.CRM_SDK_BASELINE_REGISTRY;
  const unknown = args.filter((a) => !allVendors.includes(a));
  if (unknown.length > 0) {
    console.error(`check:breaking: unknown vendor or option: ${unknown.join(", ")} (vendors: ${allVendors.join(", ")})`);
    process.exit(2);
  }
  console.log(
    `check:breaking: each vendor's spec against its last release (${registry ? `registry ${registry}` : "committed baselines in scripts/baselines/"})\n`,
  );
  const { ok, results } = await checkBreaking({ vendors: args.length ? args : allVendors, registry, verbose });
  const failed = results.filter((r) => !r.ok).map((r) => r.vendor);
  console.log(ok ? "check:breaking: ok" : `check:breaking: FAILED for ${failed.join(", ")}: add a changeset (\`pnpm changeset\`) with the bump named above`);
  process.exit(ok ? 0 : 1);
}
