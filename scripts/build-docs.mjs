#!/usr/bin/env node
// docs (per vendor): packages/<vendor>/openapi.json -> packages/<vendor>/docs/index.html, one
// self-contained Redoc page: the Redoc script is inlined (--inlineBundle), so the page renders
// with no network. Every operation gets a TypeScript and a curl sample (`x-codeSamples`, built
// from the spec's examples and src/operations.ts) on a copy of the spec; the committed
// openapi.json is not touched. The TypeScript samples are also written to docs/code-samples.json,
// which check-readme-samples.mjs compiles against the built packages. The docs-site package then
// gathers the pages into docs/ with an index.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../packages/spec-tools/src/index.js";
import { buildCodeSamples, loadOperationMaps, withCodeSamples } from "./lib/code-samples.mjs";
import { inlineBundledAssets, remoteResources } from "./lib/docs-offline.mjs";

/**
 * Redoc 3 offers its own generated samples (curl, JavaScript, Python…) in a language picker; we
 * list ours instead, TypeScript first so that it is the one shown. Keys match the samples'
 * labels (code-samples.mjs); "Payload" is the request body example.
 */
const REDOC_OPTIONS = {
  codeSamples: {
    languages: [
      { lang: "TypeScript", label: "TypeScript" },
      { lang: "curl", label: "curl" },
      { lang: "payload", label: "Payload" },
    ],
  },
};

const vendor = process.argv[2];
if (!vendor) {
  console.error("usage: build-docs.mjs <vendor>");
  process.exit(2);
}
const pkgDir = join(repoRoot, "packages", vendor);
const outDir = join(pkgDir, "docs");
const spec = JSON.parse(readFileSync(join(pkgDir, "openapi.json"), "utf8"));
const samples = buildCodeSamples(vendor, spec, await loadOperationMaps(vendor));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), `crm-sdk-docs-${vendor}-`));
try {
  const specWithSamples = join(work, "openapi.json");
  const page = withCodeSamples(spec, samples);
  // The page links the SDK guide (docs/guide/, beside docs/<vendor>/ on the site).
  page.info.description = `**[The crm-sdk guide](../guide/index.html)**: install, authentication, client options, results, errors, retries and timeouts, pagination, testing with the mock.\n\n${page.info.description ?? ""}`;
  writeFileSync(specWithSamples, JSON.stringify(page, null, 2));
  const redocly = join(repoRoot, "node_modules", ".bin", "redocly");
  try {
    execFileSync(
      redocly,
      [
        "build-docs",
        specWithSamples,
        "--inlineBundle",
        "--title",
        `${spec.info.title} — crm-sdk`,
        "--openapi",
        JSON.stringify(REDOC_OPTIONS),
        "-o",
        join(outDir, "index.html"),
      ],
      { cwd: work, stdio: "pipe", encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } },
    );
  } catch (error) {
    // redocly's banners go to stderr on every run: show them only when the build failed
    process.stderr.write(`${error.stdout ?? ""}${error.stderr ?? ""}`);
    throw new Error(`docs ${vendor}: redocly build-docs failed`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The page must not load anything from the network (fonts, scripts, styles, images).
const html = inlineBundledAssets(readFileSync(join(outDir, "index.html"), "utf8"));
writeFileSync(join(outDir, "index.html"), html);
const remote = remoteResources(html);
if (remote.length > 0) {
  console.error(`docs ${vendor}: the page loads remote resources:\n  ${remote.join("\n  ")}`);
  process.exit(1);
}

const typescript = Object.fromEntries(Object.entries(samples).map(([id, list]) => [id, list.find((s) => s.lang === "TypeScript").source]));
writeFileSync(join(outDir, "code-samples.json"), `${JSON.stringify(typescript, null, 2)}\n`);
console.log(
  `docs ${vendor}: packages/${vendor}/docs/index.html (${Math.round(html.length / 1024)} KB, ${Object.keys(samples).length} operations with samples)`,
);
