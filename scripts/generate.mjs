#!/usr/bin/env node
// generate: specs/<vendor>/openapi.yaml -> packages/<vendor>/openapi.json (bundled spec, shipped
// in the package) and packages/<vendor>/src/generated/schema.ts (openapi-typescript). Both are
// committed; `check-drift.mjs` re-renders them in memory and fails on any difference.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { bundleSpec, repoRoot } from "../packages/spec-tools/src/index.js";
import { renderErrorExports, renderServer } from "./lib/error-exports.mjs";
import { renderMethodMap } from "./lib/method-map.mjs";

const HEADER = (vendor) =>
  `/**\n * Generated from specs/${vendor}/openapi.yaml by scripts/generate.mjs.\n * Do not edit by hand: change the spec and run \`pnpm generate\`.\n */\n\n`;

/** Renders every generated file of a vendor; returns { relativePath: content }. */
export async function renderVendor(vendor, { root = repoRoot } = {}) {
  const spec = await bundleSpec(vendor, { root });
  // openapi-typescript mutates its input (discriminators), so it gets a copy of the bundled spec.
  // rootTypes: every component schema also exported under its own name (`Prospect`), so that
  // signatures and hovers name it instead of expanding it.
  const ast = await openapiTS(structuredClone(spec), {
    alphabetize: false,
    defaultNonNullable: false,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    rootTypesKeepCasing: true,
  });
  const files = {
    [`packages/${vendor}/openapi.json`]: `${JSON.stringify(spec, null, 2)}\n`,
    [`packages/${vendor}/src/generated/schema.ts`]: HEADER(vendor) + astToString(ast),
    [`packages/${vendor}/src/generated/errors.ts`]: HEADER(vendor) + renderErrorExports(spec, vendor),
    [`packages/${vendor}/src/generated/server.ts`]: HEADER(vendor) + renderServer(spec),
  };
  const methodMap = renderMethodMap(spec);
  if (methodMap) files[`packages/${vendor}/src/generated/methods.ts`] = HEADER(vendor) + methodMap;
  return files;
}

/** Writes rendered files ({ relativePath: content }) under `root`; returns their paths. */
export async function writeFiles(files, { root = repoRoot } = {}) {
  for (const [rel, content] of Object.entries(files)) {
    const file = join(root, rel);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return Object.keys(files);
}

export async function writeVendor(vendor, options = {}) {
  const root = options.root ?? repoRoot;
  return writeFiles(await renderVendor(vendor, { root }), { root });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const vendors = process.argv.slice(2);
  if (vendors.length === 0) {
    console.error("usage: generate.mjs <vendor> [<vendor> ...]");
    process.exit(2);
  }
  for (const vendor of vendors) {
    const written = await writeVendor(vendor);
    console.log(`generate ${vendor}: ${written.join(", ")}`);
  }
}
