// Bundle size of an app that creates one client and makes one call, as esbuild ships it
// (bundled, tree-shaken, minified, then gzip -9): for each vendor, the same app also catching the
// vendor's error classes, openapi-fetch alone, and ky doing the same call.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { repoRoot } from "../../packages/spec-tools/src/index.js";

/** The one call each app makes, by vendor. */
const CALLS = {
  algebraix: 'c.prospects.get("WADFERF3")',
  syscap: 'c.prospects.get("prospect-uuid")',
  leancore: 'c.leads.list({ ecosystem: "e" })',
  envia: "c.prospects.get(1042)",
  centia: 'c.call("Companies.GetCompanies", { profile_id: 1 })',
};
const OPTIONS = {
  algebraix: '{ baseUrl: "https://crm.example.org", token: "t" }',
  syscap: '{ baseUrl: "https://crm.example.org", token: "t" }',
  leancore: '{ token: "t" }',
  envia: '{ baseUrl: "https://crm.example.org", token: "t" }',
  centia: '{ baseUrl: "https://crm.example.org", token: "t" }',
};
const factory = (vendor) => `create${vendor.charAt(0).toUpperCase()}${vendor.slice(1)}Client`;

/** The app as esbuild ships it: bundled, tree-shaken and minified (`extra`: more esbuild options). */
const bundle = (contents, extra = {}) =>
  build({
    stdin: { contents, resolveDir: repoRoot },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
    ...extra,
  });

export async function measure(contents) {
  const result = await bundle(contents);
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The app: one client, one call, the result printed. */
export const appSource = (vendor, { catching = false } = {}) => {
  const dist = `./packages/${vendor}/dist/index.js`;
  const imports = catching ? `${factory(vendor)}, ApiError, NotFoundError` : factory(vendor);
  const body = catching
    ? `try { console.log(await ${CALLS[vendor]}); } catch (e) { if (e instanceof NotFoundError) console.log("missing"); else if (e instanceof ApiError) console.log(e.status); else throw e; }`
    : `console.log(await ${CALLS[vendor]});`;
  return `import { ${imports} } from "${dist}";\nconst c = ${factory(vendor)}(${OPTIONS[vendor]});\n${body}\n`;
};

export async function benchSize() {
  const sizes = {};
  for (const vendor of Object.keys(CALLS)) {
    sizes[vendor] = { app: await measure(appSource(vendor)), catching: await measure(appSource(vendor, { catching: true })) };
  }
  const openapiFetch = await measure(
    `import createClient from "${join(repoRoot, "packages/core/node_modules/openapi-fetch/dist/index.mjs")}";\nconst c = createClient({ baseUrl: "https://crm.example.org", headers: { Authorization: "Bearer t" } });\nconsole.log(await c.GET("/prospects/{id}", { params: { path: { id: "1" } } }));\n`,
  );
  const kyPath = join(repoRoot, "node_modules/ky/distribution/index.js");
  const ky = existsSync(kyPath)
    ? await measure(
        `import ky from "${kyPath}";\nconst api = ky.create({ prefixUrl: "https://crm.example.org", headers: { Authorization: "Bearer t" } });\nconsole.log(await api.get("prospects/1").json());\n`,
      )
    : undefined;
  return { sizes, openapiFetch, ky };
}

/**
 * What each module costs inside one vendor's app: the app is bundled from the sources (core's
 * modules marked with legal comments, which esbuild keeps in place), and each module's share is
 * how much smaller the gzipped bundle gets with that module's stretch of output cut out.
 */
export async function ablation(vendor = "syscap") {
  const marker = (name) => `/*! @module ${name} */\n`;
  const marking = {
    name: "mark-modules",
    setup(b) {
      b.onLoad({ filter: /\.(ts|mjs|js)$/ }, async (args) => {
        const name = moduleName(args.path);
        if (!name) return undefined;
        const loader = args.path.endsWith(".ts") ? "ts" : "js";
        return { contents: marker(name) + (await readFile(args.path, "utf8")), loader };
      });
    },
  };
  const contents = appSource(vendor).replace(`./packages/${vendor}/dist/index.js`, `./packages/${vendor}/src/index.ts`);
  const result = await bundle(contents, {
    alias: { "@crm-sdk/core": join(repoRoot, "packages/core/src/index.ts") },
    legalComments: "inline",
    plugins: [marking],
  });
  const code = result.outputFiles[0].text;
  const parts = code.split(/\/\*! @module ([^*]+) \*\/\n?/);
  const stretches = new Map([["(app)", parts[0]]]);
  for (let i = 1; i < parts.length; i += 2) stretches.set(parts[i], (stretches.get(parts[i]) ?? "") + parts[i + 1]);
  const gz = (s) => gzipSync(s, { level: 9 }).length;
  const whole = [...stretches.values()].join("");
  const total = gz(whole);
  const rows = [...stretches].map(([name, text]) => ({ name, min: text.length, gzip: total - gz(whole.replace(text, "")) }));
  return { total, rows: rows.sort((a, b) => b.gzip - a.gzip) };
}

function moduleName(path) {
  const core = path.match(/packages\/core\/src\/([\w-]+)\.ts$/);
  if (core) return `core/${core[1]}`;
  if (path.includes("openapi-fetch")) return "openapi-fetch";
  const vendor = path.match(/packages\/(\w+)\/src\//);
  return vendor ? `${vendor[1]} wrapper` : undefined;
}
