import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { load as parseYaml } from "js-yaml";
import { SpecLoadError } from "./errors/spec-load-error.js";
import type { OpenApiDocument } from "./types.js";

/** The vendors whose packages ship a bundled spec as `@crm-sdk/<vendor>/openapi.json`. */
export const VENDORS = ["algebraix", "syscap", "leancore", "envia", "centia"] as const;
export type VendorId = (typeof VENDORS)[number];

export interface LoadSpecOptions {
  /**
   * Where a vendor package is looked up first (then from this package), and what a relative path is relative to.
   * @default process.cwd()
   */
  readonly cwd?: string;
}

export interface LoadedSpec {
  readonly spec: OpenApiDocument;
  /** The file it was read from. */
  readonly file: string;
}

const looksLikeFile = (value: string) => /[\\/]/.test(value) || /\.(json|ya?ml)$/i.test(value);

/** `@crm-sdk/<vendor>/openapi.json` resolved from the working directory, then from this package. */
function vendorCandidates(vendor: string, cwd: string): string[] {
  const found: string[] = [];
  for (const from of [join(cwd, "noop.js"), fileURLToPath(import.meta.url)]) {
    const require = createRequire(from);
    for (const request of [`@crm-sdk/${vendor}/openapi.json`, `@crm-sdk/${vendor}/package.json`]) {
      try {
        const file = require.resolve(request);
        found.push(request.endsWith("package.json") ? join(dirname(file), "openapi.json") : file);
        break;
      } catch {
        // not installed there, or its exports do not list the file
      }
    }
  }
  return [...new Set(found)];
}

/** The first `$ref` that points outside the document, if any: such a spec must be bundled first. */
function externalRef(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = externalRef(item);
      if (found) return found;
    }
  } else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) return value;
      const found = externalRef(value);
      if (found) return found;
    }
  }
  return undefined;
}

function readSpecFile(file: string, what: string): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new SpecLoadError(what, `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let spec: unknown;
  try {
    spec = /\.ya?ml$/i.test(extname(file)) ? parseYaml(text) : JSON.parse(text);
  } catch {
    throw new SpecLoadError(what, `${file} is not valid ${/\.ya?ml$/i.test(file) ? "YAML" : "JSON"}`);
  }
  const doc = spec as OpenApiDocument;
  if (!doc || typeof doc !== "object" || typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.") || typeof doc.paths !== "object") {
    throw new SpecLoadError(what, `${file} is not an OpenAPI 3 document (no \`openapi: 3.x\` or no \`paths\`)`);
  }
  const ref = externalRef(doc);
  if (ref) throw new SpecLoadError(what, `${file} has an external $ref (${ref}); bundle it first (npx @redocly/cli bundle ${file} -o openapi.json)`);
  return doc;
}

/**
 * Loads the spec to check traffic against: a vendor id (`"syscap"`: the bundled
 * `@crm-sdk/syscap/openapi.json` of the installed package) or a path to a bundled OpenAPI 3.1
 * document, JSON or YAML.
 * @throws SpecLoadError naming what was tried.
 */
export function loadSpec(target: string, options: LoadSpecOptions = {}): LoadedSpec {
  const cwd = options.cwd ?? process.cwd();
  const asFile = resolve(cwd, target);
  if (looksLikeFile(target) || (existsSync(asFile) && statSync(asFile).isFile())) {
    if (!existsSync(asFile)) throw new SpecLoadError(target, `no such file: ${asFile}`);
    return { spec: readSpecFile(asFile, target), file: asFile };
  }
  if (!/^[a-z][a-z0-9-]*$/.test(target)) throw new SpecLoadError(target, `not a vendor id (${VENDORS.join(", ")}) nor a path to an openapi.json`);
  const tried = vendorCandidates(target, cwd);
  const file = tried.find((candidate) => existsSync(candidate));
  if (!file) {
    const hint = (VENDORS as readonly string[]).includes(target) ? `install @crm-sdk/${target}` : `known vendors: ${VENDORS.join(", ")}`;
    throw new SpecLoadError(target, `@crm-sdk/${target}/openapi.json is not installed here (${hint}), or give a path to an openapi.json`, tried);
  }
  return { spec: readSpecFile(file, target), file };
}
