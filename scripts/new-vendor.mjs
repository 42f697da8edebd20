#!/usr/bin/env node
// new-vendor: scaffolds a vendor end to end, so that adding an API is adding a spec.
//
//   pnpm new-vendor <id> [--title "Acme CRM"] [--no-install]
//
// Writes specs/<id>/{openapi.yaml,NOTES.md} (a skeleton with one operation that already passes
// the house lint), the `apis:` entry in redocly.yaml, packages/<id>/ (package.json, tsconfig,
// turbo.json, src/index.ts with create<Id>Client, src/operations.ts, test/coverage.test.ts,
// README.md), adds <id> to spec-tools' `vendors`, the mock's `VENDORS`, docs-site's devDependencies
// and .size-limit.json, links the new package (`pnpm install --prefer-offline`, which also records
// it in pnpm-lock.yaml) and runs generate.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { vendorTurboConfig } from "./lib/vendor-turbo.mjs";

const defaultRoot = join(dirname(new URL(import.meta.url).pathname), "..");
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

export const isVendorId = (id) => /^[a-z][a-z0-9]{1,30}$/.test(id);
export const pascal = (id) => id.charAt(0).toUpperCase() + id.slice(1);

export function specSkeleton(id, title) {
  return `openapi: 3.1.0
info:
  title: ${title} API
  version: 0.1.0
  summary: TODO one line on what the ${title} API manages.
  description: |
    TODO: what the vendor's API is, in a few sentences, and which documentation page this spec
    was written from.

    Written by hand from the vendor's published documentation. Where the docs are silent, the
    choice made is recorded beside it, in the \`x-assumptions\` extension.
  license:
    name: Proprietary (vendor API); this description is MIT
    identifier: MIT
  contact:
    name: crm-sdk maintainers
    url: https://github.com/crm-sdk/crm-sdk
servers:
  - url: "{baseUrl}"
    description: >-
      TODO the vendor's production server, if its docs name one (then write it here, with no
      variable, and it becomes the client's default). Until then users pass their own
      (CONTRIBUTING.md, "Servers").
    variables:
      baseUrl:
        default: https://${id}.invalid
        description: Your ${title} API URL.
security:
  - bearerAuth: []
tags:
  - name: Contacts
    description: TODO the first resource (one tag per resource; it becomes the SDK resource).
paths:
  /contacts:
    get:
      operationId: listContacts
      summary: List contacts
      description: TODO what the docs say about this operation, quoting the vendor's own wording.
      tags: [Contacts]
      parameters:
        - name: page
          in: query
          required: false
          description: Page number, from 1.
          schema:
            type: integer
            minimum: 1
            default: 1
          example: 1
      responses:
        "200":
          description: One page of contacts.
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data:
                    type: array
                    items:
                      $ref: "#/components/schemas/Contact"
              example:
                data:
                  - id: contact-1
                    name: Ada Lovelace
        "401":
          $ref: "#/components/responses/Unauthorized"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      description: "\`Authorization: Bearer {token}\`. TODO: how the vendor issues tokens."
  schemas:
    Contact:
      type: object
      description: TODO a contact, as the docs describe it.
      required: [id]
      properties:
        id:
          type: string
          description: The contact's id.
        name:
          type: string
          description: The contact's name.
    Error:
      type: object
      description: TODO the vendor's error body.
      properties:
        message:
          type: string
          description: Human-readable error message.
      additionalProperties: true
  responses:
    Unauthorized:
      description: Missing or invalid bearer token.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/Error"
          example:
            message: Unauthorized
`;
}

const notes = (title) => `# ${title}: what the docs left open

Source: TODO (the vendor documentation this spec was written from). Every item below is an
assumption the spec makes; each is also recorded in the spec's \`x-assumptions\` where it applies.

| # | where | the docs say | the spec assumes |
|---|---|---|---|
| 1 | \`servers\` | TODO | no documented server: \`baseUrl\` is required |
| 2 | error responses | TODO | an open object with an optional \`message\` |
`;

function packageJson(id, title, root) {
  // Start from an existing vendor's manifest so that packaging fields stay identical.
  const model = JSON.parse(readFileSync(join(root, "packages", "leancore", "package.json"), "utf8"));
  return {
    name: `@crm-sdk/${id}`,
    version: "0.0.0",
    description: `Typed TypeScript client for the ${title} API.`,
    license: model.license,
    type: "module",
    sideEffects: false,
    main: model.main,
    module: model.module,
    types: model.types,
    exports: model.exports,
    files: model.files,
    engines: model.engines,
    repository: { ...model.repository, directory: `packages/${id}` },
    keywords: ["crm", "sdk", "openapi", id, "typescript"],
    scripts: Object.fromEntries(Object.entries(model.scripts).map(([k, v]) => [k, v.replaceAll("leancore", id)])),
    dependencies: { "@crm-sdk/core": "workspace:^" },
    devDependencies: { "@crm-sdk/contract-testing": "workspace:*", "@crm-sdk/spec-tools": "workspace:*" },
    homepage: `https://github.com/crm-sdk/crm-sdk/tree/main/packages/${id}#readme`,
    bugs: model.bugs,
    publishConfig: model.publishConfig,
  };
}

const indexTs = (id, title) => {
  const Id = pascal(id);
  return `import { type ApiPromise, type CallOptions, type ClientOptions, createClient, type Page, Paginator, type PagingOptions, type RawClient } from "@crm-sdk/core";
import type { Contact, operations, paths } from "./generated/schema.js";
import { DEFAULT_BASE_URL, type ServerOptions } from "./generated/server.js";

export type { ApiPromise, CallOptions, LogFields, Logger, Page, PageQuery, Paginator, PagingOptions, RetryOptions, TokenSource, WithResponse } from "@crm-sdk/core";
export * from "./generated/errors.js";
export type * from "./generated/schema.js";

export interface ${Id}ClientOptions extends Omit<ClientOptions, "baseUrl">, ServerOptions {}

/** One page of contacts: \`items\`, \`page\`, and ${title}'s own page in \`data\` (it reports no total). */
export type ContactPage = Page<operations["listContacts"]["responses"][200]["content"]["application/json"], Contact>;

export interface ${Id}Contacts {
  /** One page of contacts (\`GET /contacts\`). */
  list(query?: { page?: number }, options?: CallOptions): ApiPromise<ContactPage>;
  /** Every contact, page by page as you iterate. */
  listAll(options?: CallOptions & PagingOptions): Paginator<ContactPage["data"], Contact>;
}

/** A client for the ${title} API. */
export interface ${Id}Client {
  readonly contacts: ${Id}Contacts;
  /** The typed openapi-fetch client underneath. */
  readonly raw: RawClient<paths>;
}

/** Creates a ${title} client: \`create${Id}Client({ baseUrl, token })\`. */
export function create${Id}Client(options: ${Id}ClientOptions): ${Id}Client {
  const { raw, call } = createClient<paths>({ ...options, baseUrl: options.baseUrl ?? DEFAULT_BASE_URL }, { vendor: "${id}" });
  const list = ({ page = 1 }: { page?: number } = {}, o?: CallOptions) =>
    call((init) => raw.GET("/contacts", { params: { query: { page } }, ...init }), o, (r) => ({ page, lastPage: null, total: null, items: r.data, data: r }));
  return { raw, contacts: { list, listAll: (o = {}) => new Paginator(({ page }) => list({ page }, o), o) } };
}
`;
};

const operationsTs = `import type { operations } from "./generated/schema.js";

/** The client method that calls each operation of the spec (docs samples and coverage tests read it). */
export const operationMethods = {
  listContacts: "contacts.list",
} as const satisfies Record<keyof operations, string>;
`;

const coverageTest = (id) => `import { coverageSuite } from "@crm-sdk/contract-testing/suite";
import { create${pascal(id)}Client } from "../src/index.js";
import { operationMethods } from "../src/operations.js";

coverageSuite({ vendor: "${id}", client: create${pascal(id)}Client({ baseUrl: "https://${id}.test", token: "t" }), operationMethods });
`;

const readme = (id, title) => `# @crm-sdk/${id}

Typed TypeScript client for the ${title} API, generated from \`specs/${id}/openapi.yaml\`.

\`\`\`sh
npm install @crm-sdk/${id}
\`\`\`

\`\`\`ts
import { create${pascal(id)}Client } from "@crm-sdk/${id}";

const ${id} = create${pascal(id)}Client({ baseUrl: process.env.${id.toUpperCase()}_BASE_URL!, token: process.env.${id.toUpperCase()}_TOKEN });
const page = await ${id}.contacts.list({ page: 1 });
\`\`\`
`;

/** Adds `  <id>:\n    root: specs/<id>/openapi.yaml` at the end of redocly.yaml's `apis:` block. */
export function addRedoclyApi(text, id) {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^apis:\s*$/.test(l));
  if (start < 0) throw new Error("redocly.yaml has no `apis:` block");
  let end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  if (end < 0) end = lines.length;
  while (end > start + 1 && lines[end - 1].trim() === "") end--;
  lines.splice(end, 0, `  ${id}:`, `    root: specs/${id}/openapi.yaml`);
  return lines.join("\n");
}

/** Appends <id> to `export const vendors = [...]` in spec-tools (and its VendorId type). */
export function addToVendorList(js, id) {
  const next = js.replace(/export const vendors = \[([^\]]*)\];/, (_, list) => `export const vendors = [${list}, "${id}"];`);
  if (next === js) throw new Error("packages/spec-tools/src/index.js: `export const vendors = [...]` not found");
  return next;
}
export const addToVendorType = (dts, id) => dts.replace(/export type VendorId = ([^;]*);/, (_, union) => `export type VendorId = ${union} | "${id}";`);

/** Appends <id> to the mock's `VENDORS` (the ids `startMockServer({ vendor })` and the CLI list). */
export function addToMockVendors(ts, id) {
  const next = ts.replace(/export const VENDORS = \[([^\]]*)\] as const;/, (_, list) => `export const VENDORS = [${list}, "${id}"] as const;`);
  if (next === ts) throw new Error("packages/mock/src/vendor-spec.ts: `export const VENDORS = [...] as const` not found");
  return next;
}

/** Adds a bundle-size budget for the new vendor to .size-limit.json (the design's 6 kB target), before core's entry. */
export function addSizeBudget(text, id) {
  const entries = JSON.parse(text);
  const entry = { name: `@crm-sdk/${id} (ESM, with core and openapi-fetch)`, path: `packages/${id}/dist/index.js`, limit: "6 kB", gzip: true };
  const core = entries.findIndex((e) => e.path === "packages/core/dist/index.js");
  entries.splice(core < 0 ? entries.length : core, 0, entry);
  return json(entries);
}

export function newVendor(id, { root = defaultRoot, title = pascal(id), install = true, log = console.log } = {}) {
  if (!isVendorId(id)) throw new Error(`vendor id must be lowercase letters and digits, starting with a letter: ${id}`);
  for (const taken of [join("specs", id), join("packages", id)]) if (existsSync(join(root, taken))) throw new Error(`${taken} already exists`);
  const touched = [];
  const write = (rel, content) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
    touched.push(rel);
    log(`  wrote ${rel}`);
  };
  const edit = (rel, change) => {
    writeFileSync(join(root, rel), change(readFileSync(join(root, rel), "utf8")));
    touched.push(rel);
    log(`  updated ${rel}`);
  };

  write(`specs/${id}/openapi.yaml`, specSkeleton(id, title));
  write(`specs/${id}/NOTES.md`, notes(title));
  edit("redocly.yaml", (t) => addRedoclyApi(t, id));
  write(`packages/${id}/package.json`, json(packageJson(id, title, root)));
  write(`packages/${id}/tsconfig.json`, json({ extends: "../../tsconfig.base.json", include: ["src", "test"] }));
  write(`packages/${id}/turbo.json`, json(vendorTurboConfig(id)));
  write(`packages/${id}/src/index.ts`, indexTs(id, title));
  write(`packages/${id}/src/operations.ts`, operationsTs);
  write(`packages/${id}/test/coverage.test.ts`, coverageTest(id));
  write(`packages/${id}/README.md`, readme(id, title));
  edit("packages/spec-tools/src/index.js", (t) => addToVendorList(t, id));
  edit("packages/spec-tools/src/index.d.ts", (t) => addToVendorType(t, id));
  edit("packages/mock/src/vendor-spec.ts", (t) => addToMockVendors(t, id));
  edit(".size-limit.json", (t) => addSizeBudget(t, id));
  edit("packages/docs-site/package.json", (t) => {
    const pkg = JSON.parse(t);
    const deps = { ...pkg.devDependencies, [`@crm-sdk/${id}`]: "workspace:*" };
    pkg.devDependencies = Object.fromEntries(Object.entries(deps).sort(([a], [b]) => a.localeCompare(b)));
    return json(pkg);
  });

  const env = { ...process.env, PATH: `${join(root, "node_modules", ".bin")}:${process.env.PATH}`, REDOCLY_TELEMETRY: "off", TURBO_TELEMETRY_DISABLED: "1" };
  // The house formatting (biome.json), so that `biome ci .` passes on the new files as written.
  const formattable = touched.filter((rel) => /\.(json|ts|js|mjs)$/.test(rel));
  if (existsSync(join(root, "node_modules", ".bin", "biome"))) {
    execFileSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", ...formattable], { cwd: root, env, stdio: "ignore" });
  }
  if (install) {
    // Not --offline: adding a workspace package re-resolves the lockfile, which needs registry
    // metadata that a frozen-lockfile install (`npm run setup`) never cached on a fresh machine.
    log("  pnpm install --prefer-offline --no-frozen-lockfile (links the new package, records it in pnpm-lock.yaml)");
    execFileSync("pnpm", ["install", "--prefer-offline", "--no-frozen-lockfile", "--reporter=append-only"], {
      cwd: root,
      env,
      stdio: ["ignore", "inherit", "inherit"],
    });
  }
  log(`  node scripts/generate.mjs ${id}`);
  execFileSync(process.execPath, [join(root, "scripts", "generate.mjs"), id], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const t = args.indexOf("--title");
  const title = t >= 0 ? args.splice(t, 2)[1] : undefined;
  const install = !args.includes("--no-install");
  const [id] = args.filter((a) => !a.startsWith("--"));
  if (!id) {
    console.error('usage: pnpm new-vendor <id> [--title "Acme CRM"] [--no-install]');
    process.exit(2);
  }
  console.log(`new-vendor ${id}:`);
  try {
    newVendor(id, { title, install });
  } catch (error) {
    console.error(`new-vendor: ${error.message}`);
    process.exit(1);
  }
  console.log(`
next:
  1. write specs/${id}/openapi.yaml from the vendor's docs (assumptions in specs/${id}/NOTES.md)
  2. pnpm turbo run lint generate build test --filter=@crm-sdk/${id}...   (review the type diff)
  3. keep packages/${id}/src/index.ts and src/operations.ts in step with the spec
  4. pnpm changeset   (a new package starts at 0.0.0; its first release is a minor)`);
}
