#!/usr/bin/env node
// check:packages — packs every publishable package the way `pnpm publish` does (`pnpm pack`, so
// `workspace:` ranges are rewritten) and checks the tarball: publint (strict: warnings fail),
// Are the Types Wrong (attw, every resolution mode: node10, node16 CJS/ESM, bundler), and that
// the files a user needs are in it. Packages must be built first (`pnpm build`).
//
//   node scripts/check-packages.mjs [package-dir-name ...]
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { repoRoot } from "../packages/spec-tools/src/index.js";
import { untar } from "./lib/breaking-baseline.mjs";

const run = promisify(execFile);
const bin = (name) => join(repoRoot, "node_modules", ".bin", name);

/** Every package under packages/ that is not private: core, mock and the vendors. */
export function publishablePackages(root = repoRoot) {
  return readdirSync(join(root, "packages"))
    .filter((dir) => existsSync(join(root, "packages", dir, "package.json")))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
    .filter(({ pkg }) => !pkg.private);
}

/** Files every tarball must hold, from its own package.json: the entry points and, for vendors, the spec. */
function requiredFiles(pkg) {
  const files = new Set(["package.json"]);
  const walk = (v) => {
    if (typeof v === "string") files.add(v.replace(/^\.\//, ""));
    else if (v && typeof v === "object") for (const x of Object.values(v)) walk(x);
  };
  walk(pkg.exports);
  for (const f of [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})]) walk(f);
  return [...files].filter((f) => !f.includes("*"));
}

async function checkPackage({ dir, pkg }, out) {
  const pkgDir = join(repoRoot, "packages", dir);
  const errors = [];
  const warnings = [];
  if (!existsSync(join(pkgDir, "dist"))) return { name: pkg.name, errors: [`no dist/: run \`pnpm build\` first`], warnings };

  const { stdout } = await run(bin("pnpm"), ["pack", "--pack-destination", out], { cwd: pkgDir });
  const tgzPath = stdout.trim().split("\n").pop();
  const tgz = readFileSync(tgzPath);
  const files = untar(tgz);
  const packed = JSON.parse(files["package/package.json"].toString("utf8"));

  for (const f of requiredFiles(pkg)) if (!files[`package/${f}`]) errors.push(`tarball lacks ${f}`);
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [dep, range] of Object.entries(packed[field] ?? {}))
      if (String(range).startsWith("workspace:")) errors.push(`${field}.${dep} is still ${range}`);
  }
  if (!files["package/README.md"]) warnings.push("no README.md in the tarball (npm shows an empty page)");
  if (!Object.keys(files).some((f) => /^package\/(LICEN[CS]E|COPYING)/i.test(f)))
    warnings.push(`no LICENSE file in the tarball (license field: ${pkg.license})`);

  const lint = await publint({ pack: { tarball: tgz.buffer.slice(tgz.byteOffset, tgz.byteOffset + tgz.byteLength) }, strict: true });
  for (const m of lint.messages) {
    const text = `publint ${m.type}: ${formatMessage(m, lint.pkg, { color: false })}`;
    (m.type === "suggestion" ? warnings : errors).push(text);
  }

  const attw = await run(bin("attw"), [tgzPath, "--format", "json"], { maxBuffer: 64 * 1024 * 1024 }).catch((e) => e);
  const report = JSON.parse(attw.stdout);
  const problems = Object.values(report.problems ?? {}).flat();
  for (const p of problems) errors.push(`attw ${p.kind}: ${p.entrypoint ?? ""} ${p.resolutionKind ?? ""}`.trim());
  if (problems.length > 0) {
    const table = await run(bin("attw"), [tgzPath, "--format", "table-flipped", "--no-color"]).catch((e) => e);
    errors.push(table.stdout.trim());
  }
  const modes = Object.keys(Object.values(report.analysis.entrypoints)[0]?.resolutions ?? {});
  return { name: pkg.name, version: pkg.version, size: tgz.length, files: Object.keys(files).length, modes, errors, warnings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const only = process.argv.slice(2);
  const packages = publishablePackages().filter(({ dir }) => only.length === 0 || only.includes(dir));
  const out = mkdtempSync(join(tmpdir(), "crm-sdk-pack-"));
  const started = Date.now();
  try {
    // attw and pnpm pack are CPU-bound: one package per core at a time
    const results = new Array(packages.length);
    let next = 0;
    const worker = async () => {
      while (next < packages.length) {
        const i = next++;
        results[i] = await checkPackage(packages[i], out);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), 4)) }, worker));
    for (const r of results) {
      const status = r.errors.length ? "FAIL" : "ok  ";
      const detail = r.size ? `${r.files} files, ${(r.size / 1024).toFixed(1)} kB packed; publint clean; attw clean for ${r.modes.join(", ")}` : "";
      console.log(`${status} ${r.name}${r.version ? `@${r.version}` : ""}${r.errors.length ? "" : `: ${detail}`}`);
      for (const e of r.errors) console.log(`       error: ${e}`);
      for (const w of r.warnings) console.log(`       warning: ${w}`);
    }
    const failed = results.filter((r) => r.errors.length);
    console.log(`check:packages: ${results.length - failed.length}/${results.length} packages clean (${((Date.now() - started) / 1000).toFixed(1)}s)`);
    process.exitCode = failed.length ? 1 : 0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
