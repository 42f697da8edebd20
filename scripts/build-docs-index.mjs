#!/usr/bin/env node
// docs (site): copies each vendor's Redoc page and bundled spec into docs/<vendor>/, renders the
// package README to docs/<vendor>/README.html, renders the SDK guide (packages/docs-site/guide/*.md)
// to docs/guide/, and writes docs/index.html listing the guide and every vendor with its
// description, operation count and version. Nothing in docs/ loads from the network.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { listOperations, repoRoot, vendors } from "../packages/spec-tools/src/index.js";
import { escapeHtml, renderMarkdown } from "./lib/docs-markdown.mjs";
import { FAVICON_LINK } from "./lib/docs-offline.mjs";

const out = join(repoRoot, "docs");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .5rem .75rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  code { font-size: .9em; }
  pre { background: #f6f8fa; padding: .75rem 1rem; overflow-x: auto; border-radius: 6px; }
  pre code { font-size: .85em; }
  nav { font-size: .9em; margin-bottom: 1.5rem; }`;

const page = (title, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${FAVICON_LINK}
<title>${escapeHtml(title)}</title>
<style>${STYLE}
</style>
</head>
<body>
${body}
</body>
</html>
`;

const rows = [];
for (const vendor of vendors) {
  const pkgDir = join(repoRoot, "packages", vendor);
  const redoc = join(pkgDir, "docs", "index.html");
  if (!existsSync(redoc)) continue; // a vendor without a spec yet has no page
  const spec = JSON.parse(readFileSync(join(pkgDir, "openapi.json"), "utf8"));
  const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
  mkdirSync(join(out, vendor), { recursive: true });
  cpSync(redoc, join(out, vendor, "index.html"));
  cpSync(join(pkgDir, "openapi.json"), join(out, vendor, "openapi.json"));
  cpSync(join(repoRoot, "specs", vendor, "openapi.yaml"), join(out, vendor, "openapi.yaml"));
  const hasReadme = existsSync(join(pkgDir, "README.md"));
  if (hasReadme) {
    const markdown = readFileSync(join(pkgDir, "README.md"), "utf8");
    cpSync(join(pkgDir, "README.md"), join(out, vendor, "README.md"));
    const nav = `<nav><a href="../index.html">crm-sdk API reference</a> · <a href="index.html">${escapeHtml(spec.info.title)} reference</a> · <a href="README.md">README.md</a></nav>`;
    // The READMEs link the guide's sources (../docs-site/guide/x.md, right on GitHub); here they are ../guide/x.html.
    const onSite = markdown.replace(/\]\(\.\.\/docs-site\/guide\/([\w-]+)\.md(#[^)]*)?\)/g, "](../guide/$1.html$2)");
    writeFileSync(join(out, vendor, "README.html"), page(`${pkg.name} — README`, `${nav}\n${renderMarkdown(onSite)}`));
  }
  const operations = listOperations(spec).length;
  rows.push({
    vendor,
    title: spec.info.title,
    summary: spec.info.summary ?? pkg.description,
    version: spec.info.version,
    operations,
    pkg: pkg.name,
    hasReadme,
  });
}

// The guide: one page per Markdown file, in the order the guide's index lists them.
const guideDir = join(repoRoot, "packages", "docs-site", "guide");
const guidePages = readdirSync(guideDir).filter((f) => f.endsWith(".md"));
mkdirSync(join(out, "guide"), { recursive: true });
for (const file of guidePages) {
  const markdown = readFileSync(join(guideDir, file), "utf8");
  const title = /^# (.+)$/m.exec(markdown)?.[1] ?? file;
  const nav = `<nav><a href="../index.html">crm-sdk docs</a> · <a href="index.html">Guide</a></nav>`;
  // The guide links its pages as .md (right on GitHub); on the site they are .html.
  const onSite = markdown.replace(/\]\(([\w-]+)\.md(#[^)]*)?\)/g, "]($1.html$2)");
  writeFileSync(join(out, "guide", file.replace(/\.md$/, ".html")), page(`${title.replace(/`/g, "")} — crm-sdk guide`, `${nav}\n${renderMarkdown(onSite)}`));
}

const body = `<h1>crm-sdk docs</h1>
<p>Typed TypeScript clients for Latin-American CRM APIs, one package per vendor, each generated from a hand-written OpenAPI 3.1 spec.</p>
<p><strong><a href="guide/index.html">The guide</a></strong>: install, authentication, client options, results, errors, retries and timeouts, pagination, Centia's <code>call</code>, testing with the mock.</p>
<h2>API reference</h2>
<p>Every operation of each vendor, with a TypeScript sample using the client and a curl sample.</p>
<table>
<thead><tr><th>Vendor</th><th>Package</th><th>Spec version</th><th>Operations</th><th>Downloads</th></tr></thead>
<tbody>
${rows
  .map(
    (r) => `<tr data-vendor="${r.vendor}">
  <td><a href="${r.vendor}/index.html">${escapeHtml(r.title)}</a><br><small>${escapeHtml(r.summary ?? "")}</small></td>
  <td><code>${escapeHtml(r.pkg)}</code>${r.hasReadme ? ` · <a href="${r.vendor}/README.html">README</a>` : ""}</td>
  <td>${escapeHtml(r.version)}</td>
  <td class="n" data-operations="${r.operations}">${r.operations}</td>
  <td><a href="${r.vendor}/openapi.yaml">openapi.yaml</a> · <a href="${r.vendor}/openapi.json">openapi.json</a></td>
</tr>`,
  )
  .join("\n")}
</tbody>
</table>`;
writeFileSync(join(out, "index.html"), page("crm-sdk — docs", body));
console.log(`docs index: ${rows.map((r) => `${r.vendor} (${r.operations} operations)`).join(", ")}; guide: ${guidePages.length} pages`);
