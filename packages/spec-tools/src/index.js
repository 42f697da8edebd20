// Plain ESM JavaScript (typed by index.d.ts) so that Node scripts and vitest can both load it.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, createConfig } from "@redocly/openapi-core";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

/** Repository root (this file is packages/spec-tools/src/index.js). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

/** The five vendor ids, used everywhere: folder, package name, redocly api name. */
export const vendors = ["algebraix", "syscap", "leancore", "envia", "centia"];

export const specPath = (vendor, root = repoRoot) => join(root, "specs", vendor, "openapi.yaml");

/** The keys of a path item that are operations. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/**
 * Bundles `specs/<vendor>/openapi.yaml` (and any file it `$ref`s) into one document whose
 * internal `$ref`s all point into `#/components`. Deterministic: the same spec gives the same
 * JSON, which is what the drift check compares.
 */
export async function bundleSpec(vendor, { root = repoRoot } = {}) {
  const config = await createConfig({});
  const result = await bundle({ ref: specPath(vendor, root), config, dereference: false });
  const problems = result.problems.filter((p) => p.severity === "error");
  if (problems.length > 0) {
    throw new Error(`${vendor}: cannot bundle spec: ${problems.map((p) => p.message).join("; ")}`);
  }
  return result.bundle.parsed;
}

/** The bundled spec shipped in `packages/<vendor>/openapi.json` (written by `generate`). */
export function readBundledSpec(vendor) {
  return JSON.parse(readFileSync(join(repoRoot, "packages", vendor, "openapi.json"), "utf8"));
}

/** Every operation of a spec: method, path, operationId, tags and the operation object. */
export function listOperations(spec) {
  const out = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation) {
        out.push({ method, path, operationId: operation.operationId, tags: operation.tags ?? [], operation, pathItem: item });
      }
    }
  }
  return out;
}

const escapePointer = (s) => String(s).replaceAll("~", "~0").replaceAll("/", "~1");
export const pointer = (...segments) => `#/${segments.map(escapePointer).join("/")}`;

/** The unescaped segments of a local JSON pointer: `#/paths/~1lead/get` -> ["paths", "/lead", "get"]. */
export function pointerSegments(ref) {
  if (!ref.startsWith("#")) throw new Error(`only local refs are supported: ${ref}`);
  return ref
    .slice(2)
    .split("/")
    .filter((s) => s.length > 0)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Resolves a local JSON pointer (`#/a/b`) inside a document. */
export function resolvePointer(doc, ref) {
  let node = doc;
  for (const key of pointerSegments(ref)) {
    if (node == null || !(key in node)) throw new Error(`no ${ref} in spec`);
    node = node[key];
  }
  return node;
}

/** `node` itself, or what its local `$ref` points at (one level: components do not chain here). */
export const deref = (spec, node) => (node?.$ref ? resolvePointer(spec, node.$ref) : node);

/**
 * An ajv (JSON Schema 2020-12, which OpenAPI 3.1 uses) bound to one spec. `validate(ref, value)`
 * checks a value against any schema in the spec, addressed by its JSON pointer, so that tests,
 * the mock and the docs all judge values by the spec's own schemas.
 */
export function createSpecValidator(spec, options = {}) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateSchema: false,
    validateFormats: true,
    discriminator: false,
    ...options.ajv,
  });
  addFormats(ajv);
  ajv.addKeyword({ keyword: "example" });
  ajv.addKeyword({ keyword: "x-permissions" });
  const id = "spec.json";
  ajv.addSchema(spec, id);
  const cache = new Map();
  const compile = (ref) => {
    let fn = cache.get(ref);
    if (!fn) {
      fn = ajv.compile({ $ref: `${id}${ref}` });
      cache.set(ref, fn);
    }
    return fn;
  };
  return {
    ajv,
    compile,
    /** @returns {{ valid: boolean, errors: import("ajv").ErrorObject[] }} */
    validate(ref, value) {
      const fn = compile(ref);
      const valid = fn(value);
      return { valid: Boolean(valid), errors: valid ? [] : [...(fn.errors ?? [])] };
    },
  };
}

/**
 * Every example in the spec with the schema it must satisfy: media-type `example`/`examples`
 * of request bodies and responses, parameter examples, and schema-level `example`s of
 * components. Each has a JSON pointer to the example and to its schema.
 */
export function collectExamples(spec) {
  const found = [];
  const fromMediaTypes = (content, at) => {
    for (const [mediaType, media] of Object.entries(content ?? {})) {
      if (!media.schema) continue;
      const schemaRef = pointer(...at, "content", mediaType, "schema");
      if ("example" in media) found.push({ where: pointer(...at, "content", mediaType, "example"), schemaRef, value: media.example });
      for (const [name, ex] of Object.entries(media.examples ?? {})) {
        found.push({ where: pointer(...at, "content", mediaType, "examples", name), schemaRef, value: deref(spec, ex).value });
      }
    }
  };
  for (const { path, method, operation, pathItem } of listOperations(spec)) {
    const base = ["paths", path, method];
    const body = operation.requestBody;
    if (body) {
      fromMediaTypes(deref(spec, body).content, body.$ref ? pointerSegments(body.$ref) : [...base, "requestBody"]);
    }
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const at = response.$ref ? pointerSegments(response.$ref) : [...base, "responses", status];
      fromMediaTypes(deref(spec, response).content, at);
    }
    // Path-level parameters are reached once per operation; the de-duplication below keeps one.
    const params = [
      ...(pathItem.parameters ?? []).map((param, i) => [param, ["paths", path, "parameters", String(i)]]),
      ...(operation.parameters ?? []).map((param, i) => [param, [...base, "parameters", String(i)]]),
    ];
    for (const [param, inline] of params) {
      const p = deref(spec, param);
      const at = param.$ref ? pointerSegments(param.$ref) : inline;
      if (p.schema && "example" in p) found.push({ where: pointer(...at, "example"), schemaRef: pointer(...at, "schema"), value: p.example });
    }
  }
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    if ("example" in schema)
      found.push({ where: pointer("components", "schemas", name, "example"), schemaRef: pointer("components", "schemas", name), value: schema.example });
    for (const [i, value] of (schema.examples ?? []).entries()) {
      found.push({ where: pointer("components", "schemas", name, "examples", String(i)), schemaRef: pointer("components", "schemas", name), value });
    }
  }
  // de-duplicate examples reached through a shared $ref'd response or body
  const seen = new Set();
  return found.filter((e) => {
    if (seen.has(e.where)) return false;
    seen.add(e.where);
    return true;
  });
}
