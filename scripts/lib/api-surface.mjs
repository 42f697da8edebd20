// The public TypeScript surface of a package, as API Extractor reports it (`*.api.md`, the
// format Microsoft's tool writes and reviewers read), and the difference between two reports:
// what a release removed, changed or added. The breaking-change gate (check-breaking.mjs) runs it
// for every package, beside the spec comparison, because a wrapper can break users without any
// spec change (a renamed method, a result that lost its envelope).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

/** API Extractor's report of a built package (`packages/<name>/dist/index.d.ts`), as text. */
export function apiReport(packageDir) {
  const work = mkdtempSync(join(tmpdir(), "crm-sdk-api-"));
  try {
    const config = ExtractorConfig.prepare({
      configObject: {
        mainEntryPointFilePath: join(packageDir, "dist", "index.d.ts"),
        projectFolder: packageDir,
        apiReport: { enabled: true, reportFolder: work, reportTempFolder: work },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        compiler: {
          overrideTsconfig: { compilerOptions: { strict: true, skipLibCheck: true, module: "esnext", moduleResolution: "bundler", target: "es2022" } },
        },
        messages: {
          extractorMessageReporting: { default: { logLevel: "none" } },
          tsdocMessageReporting: { default: { logLevel: "none" } },
          compilerMessageReporting: { default: { logLevel: "none" } },
        },
      },
      configObjectFullPath: join(packageDir, "api-extractor.json"),
      packageJsonFullPath: join(packageDir, "package.json"),
    });
    Extractor.invoke(config, {
      localBuild: true,
      messageCallback: (message) => {
        message.handled = true; // the report is what we want; its warnings are not ours to print
      },
    });
    const [file] = readdirSync(work).filter((f) => f.endsWith(".md"));
    return readFileSync(join(work, file), "utf8");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Each exported name of a report with its declarations (a value and a type of the same name are
 * one entry), comments and release tags dropped, whitespace normalized.
 */
export function exportsOf(report) {
  const body = report.slice(report.indexOf("```ts") + 5, report.lastIndexOf("```"));
  const out = new Map();
  for (const block of body.split(/\n\s*\n/)) {
    const code = block
      .split("\n")
      .filter((line) => !/^\s*\/\//.test(line) && !/^import /.test(line))
      .join("\n")
      .replace(/\s+/g, " ")
      .trim();
    if (!code) continue;
    const reexports = /^export \{ ([\w$, ]+) \}/.exec(code);
    const names = reexports
      ? reexports[1].split(",").map((n) => n.trim().split(" as ").pop())
      : [/^export (?:declare )?(?:abstract )?(?:const|let|function|class|interface|type|enum|namespace) ([\w$]+)/.exec(code)?.[1]].filter(Boolean);
    for (const name of names) out.set(name, [out.get(name), reexports ? `export { ${name} }` : code].filter(Boolean).join(" "));
  }
  return out;
}

/**
 * What changed between two reports: `removed` and `changed` exports break users (a changed
 * declaration may narrow or rename what they use), `added` ones do not.
 */
export function compareSurfaces(before, after) {
  const [a, b] = [exportsOf(before), exportsOf(after)];
  const removed = [...a.keys()].filter((n) => !b.has(n)).sort();
  const added = [...b.keys()].filter((n) => !a.has(n)).sort();
  const changed = [...a.keys()].filter((n) => b.has(n) && a.get(n) !== b.get(n)).sort();
  return { removed, added, changed, breaking: removed.length + changed.length };
}

/** A readable report of one package's surface changes. */
export function formatSurfaceReport({ packageName, baseline, diff, verdict }) {
  const lines = [`${packageName} public API vs ${baseline}: ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.added.length} added`];
  const list = (label, names) => names.length && lines.push(`  ${label.padEnd(10)} ${names.join(", ")}`);
  list("removed", diff.removed);
  list("changed", diff.changed);
  list("added", diff.added);
  lines.push(`  ${verdict.ok ? "ok" : "FAIL"}: ${verdict.reason}`);
  return lines.join("\n");
}
