#!/usr/bin/env node
// Compiles every TypeScript sample a user reads against the built packages, so that a sample
// that drifts from the client fails CI:
//   - the docs' code samples (packages/<vendor>/docs/code-samples.json, written by build-docs.mjs
//     from the same source as the page's x-codeSamples);
//   - every ```ts block of packages/*/README.md, of the root README.md and of the SDK guide
//     (packages/docs-site/guide/*.md); a block opened with ```ts nocheck is a fragment and skipped.
// Each sample becomes one module under packages/docs-site/artifacts/samples/ (so that
// `@crm-sdk/<vendor>` resolves through docs-site's workspace dependencies to each package's
// dist), then one `tsc` run checks them all. Exit code 1 on any error.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { repoRoot, vendors } from "../packages/spec-tools/src/index.js";

const siteDir = join(repoRoot, "packages", "docs-site");
const outDir = join(siteDir, "artifacts", "samples");

/** Every ```ts block of a Markdown file: its text, its first line's number and whether it is checked. */
export function extractTsBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, , info] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j].trimStart().startsWith(fence); j++) body.push(lines[j].slice(indent.length));
    blocks.push({ line: i + 2, code: `${body.join("\n")}\n`, nocheck: /\bnocheck\b/.test(info) });
    i = j;
  }
  return blocks;
}

function collect() {
  const samples = [];
  for (const vendor of vendors) {
    const file = join(repoRoot, "packages", vendor, "docs", "code-samples.json");
    if (!existsSync(file)) throw new Error(`${relative(repoRoot, file)} is missing: run the docs task first (pnpm turbo run docs)`);
    for (const [operationId, code] of Object.entries(JSON.parse(readFileSync(file, "utf8")))) {
      samples.push({ name: `docs/${vendor}/${operationId}.ts`, from: `${vendor} docs, operation ${operationId}`, code });
    }
  }
  const readmes = [
    "README.md",
    ...readdirSync(join(repoRoot, "packages"))
      .map((dir) => join("packages", dir, "README.md"))
      .filter((f) => existsSync(join(repoRoot, f))),
    ...readdirSync(join(siteDir, "guide"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => join("packages", "docs-site", "guide", f)),
  ];
  let skipped = 0;
  for (const readme of readmes) {
    const blocks = extractTsBlocks(readFileSync(join(repoRoot, readme), "utf8"));
    const slug = readme === "README.md" ? "root" : readme.includes("/guide/") ? `guide-${readme.split("/").pop().replace(/\.md$/, "")}` : readme.split("/")[1];
    for (const [i, block] of blocks.entries()) {
      if (block.nocheck) {
        skipped += 1;
        continue;
      }
      // `export {}` keeps each block a module of its own, even one without an import.
      samples.push({
        name: `readme/${slug}-${i + 1}.ts`,
        from: `${readme}:${block.line}`,
        code: `${block.code}export {};\n`,
        source: readme,
        line: block.line,
      });
    }
  }
  return { samples, skipped, readmes };
}

/**
 * A tsconfig for the samples. The README samples import `@crm-sdk/mock` and `msw`; until
 * docs-site lists them as devDependencies they are mapped to the mock package's own copies.
 */
function tsconfig() {
  const paths = {};
  if (!existsSync(join(siteDir, "node_modules", "@crm-sdk", "mock"))) {
    paths["@crm-sdk/mock"] = ["../../../mock/dist/index.d.ts"];
    paths["@crm-sdk/mock/msw"] = ["../../../mock/dist/msw.d.ts"];
  }
  if (!existsSync(join(siteDir, "node_modules", "msw"))) {
    paths.msw = ["../../../mock/node_modules/msw"];
    paths["msw/*"] = ["../../../mock/node_modules/msw/*"];
  }
  return {
    extends: "../../../../tsconfig.base.json",
    compilerOptions: { noEmit: true, skipLibCheck: true, noUnusedLocals: false, ...(Object.keys(paths).length > 0 ? { paths } : {}) },
    include: ["**/*.ts"],
  };
}

export function checkSamples({ quiet = false } = {}) {
  const { samples, skipped, readmes } = collect();
  rmSync(outDir, { recursive: true, force: true });
  for (const sample of samples) {
    const file = join(outDir, sample.name);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, `// ${sample.from}\n${sample.code}`);
  }
  writeFileSync(join(outDir, "tsconfig.json"), `${JSON.stringify(tsconfig(), null, 2)}\n`);
  const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
  const run = spawnSync(tsc, ["-p", join(outDir, "tsconfig.json"), "--pretty", "false"], { cwd: outDir, encoding: "utf8" });
  // Point README errors at the README line (each file starts with one comment line).
  const bySample = new Map(samples.map((s) => [s.name, s]));
  const output = `${run.stdout}${run.stderr}`.replace(/^([^\s(]+)\((\d+),(\d+)\)/gm, (all, file, line, col) => {
    const sample = bySample.get(file.replaceAll("\\", "/"));
    if (!sample?.source) return all;
    return `${sample.source}:${sample.line + Number(line) - 2}:${col} (${file})`;
  });
  const ok = run.status === 0;
  const summary = `${samples.length} TypeScript samples (${samples.filter((s) => s.name.startsWith("docs/")).length} docs operations, ${samples.filter((s) => s.name.startsWith("readme/")).length} README blocks from ${readmes.length} READMEs, ${skipped} marked nocheck): ${ok ? "all compile" : "errors"}`;
  if (!quiet || !ok) {
    if (output.trim()) console.error(output.trim());
    console.log(summary);
  }
  return { ok, samples: samples.length, skipped, output, summary };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exit(checkSamples().ok ? 0 : 1);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
