import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { SpecNotFoundError } from "./errors.js";
import type { OpenApiDocument } from "./types.js";

/** The vendors crm-sdk ships a bundled spec for. */
export const VENDORS = ["algebraix", "syscap", "leancore", "envia", "centia"] as const;
export type VendorId = (typeof VENDORS)[number];

const looksLikePath = (value: string) => /[\\/]/.test(value) || value.endsWith(".json");

/** Where `@crm-sdk/<vendor>/openapi.json` may live: beside the package that requires it, the working directory, or the monorepo. */
function candidates(vendor: string): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const found: string[] = [];
  for (const from of [join(here, "noop.js"), join(process.cwd(), "noop.js")]) {
    try {
      // The package's exports may not list openapi.json; its package.json always resolves.
      found.push(join(dirname(createRequire(from).resolve(`@crm-sdk/${vendor}/package.json`)), "openapi.json"));
    } catch {
      // not installed there
    }
  }
  // In the monorepo: packages/mock/{src,dist}/ -> packages/<vendor>/openapi.json
  found.push(resolve(here, "..", "..", vendor, "openapi.json"));
  return found;
}

/**
 * Loads a bundled spec from a vendor id (`"syscap"`) or a path to an `openapi.json`.
 * @throws SpecNotFoundError when no file is found.
 */
export function loadSpec(vendorOrPath: string): OpenApiDocument {
  const tried = looksLikePath(vendorOrPath) ? [resolve(vendorOrPath)] : /^[a-z][a-z0-9-]*$/.test(vendorOrPath) ? candidates(vendorOrPath) : [];
  const file = tried.find((candidate) => existsSync(candidate));
  if (!file) throw new SpecNotFoundError(vendorOrPath, tried);
  return JSON.parse(readFileSync(file, "utf8")) as OpenApiDocument;
}
