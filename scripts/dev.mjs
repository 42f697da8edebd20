#!/usr/bin/env node
// pnpm dev: watches specs/ and, for the vendor whose spec was saved, re-runs lint, generate and
// typecheck, then prints one summary line (and the first problems). Saves within 300 ms of each
// other make one run; a save during a run queues one more run of that vendor.
import { execFile } from "node:child_process";
import { readFileSync, watch } from "node:fs";
import { join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { vendors as allVendors, repoRoot } from "../packages/spec-tools/src/index.js";
import { renderVendor, writeFiles } from "./generate.mjs";

const run = promisify(execFile);
const SPEC_FILE = /\.(ya?ml|json)$/;

/** The vendor a changed file under specs/ belongs to (`syscap/openapi.yaml` -> "syscap"), or null. */
export function vendorFromPath(relative, vendors = allVendors) {
  if (!relative) return null;
  const parts = String(relative).split(/[\\/]/).filter(Boolean);
  if (parts.length < 2 || !SPEC_FILE.test(parts.at(-1))) return null;
  return vendors.includes(parts[0]) ? parts[0] : null;
}

/** One line per run, then up to `max` problem lines indented below it. */
export function formatSummary({ vendor, steps, ms, at = new Date() }, max = 8) {
  const time = at.toTimeString().slice(0, 8);
  const parts = steps.map((s) => `${s.name} ${s.ok ? "ok" : "FAILED"}${s.detail ? ` (${s.detail})` : ""}`);
  const lines = [`[${time}] ${vendor}: ${parts.join(" · ")} in ${(ms / 1000).toFixed(1)}s`];
  const problems = steps.flatMap((s) => (s.ok ? [] : (s.problems ?? [])));
  for (const p of problems.slice(0, max)) lines.push(`    ${p}`);
  if (problems.length > max) lines.push(`    … ${problems.length - max} more`);
  return lines.join("\n");
}

const bin = (name) => join(repoRoot, "node_modules", ".bin", name);
const output = (e) => `${e.stdout ?? ""}${e.stderr ?? ""}`;

async function lint(vendor) {
  try {
    await run(bin("redocly"), ["lint", vendor, "--config", "redocly.yaml", "--format", "codeframe"], {
      cwd: repoRoot,
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    });
    return { name: "lint", ok: true };
  } catch (e) {
    const problems = output(e)
      .split("\n")
      .filter((l) => /^\[\d+\]|\b(error|warning)\b.*:/.test(l) || /^specs\//.test(l))
      .map((l) => l.trim());
    const count = /(\d+) errors?/.exec(output(e))?.[1];
    return {
      name: "lint",
      ok: false,
      detail: count ? `${count} errors` : undefined,
      problems: problems.length ? problems : [output(e).trim().split("\n").pop()],
    };
  }
}

async function generate(vendor) {
  try {
    const files = await renderVendor(vendor);
    // Files that existed and now read differently (a new file is not counted as changed).
    const onDisk = (rel) => {
      try {
        return readFileSync(join(repoRoot, rel), "utf8");
      } catch {
        return undefined;
      }
    };
    const changed = Object.entries(files).filter(([rel, content]) => {
      const before = onDisk(rel);
      return before !== undefined && before !== content;
    });
    const written = await writeFiles(files);
    return { name: "generate", ok: true, detail: `${written.length} files${changed.length ? `, ${changed.length} changed` : ""}` };
  } catch (e) {
    return { name: "generate", ok: false, problems: [String(e.message)] };
  }
}

async function typecheck(vendor) {
  try {
    await run(bin("tsc"), ["-p", join("packages", vendor, "tsconfig.json"), "--pretty", "false"], { cwd: repoRoot });
    return { name: "typecheck", ok: true };
  } catch (e) {
    const problems = output(e)
      .split("\n")
      .filter((l) => l.includes("error TS"));
    return { name: "typecheck", ok: false, detail: `${problems.length} errors`, problems };
  }
}

export async function runVendor(vendor) {
  const started = Date.now();
  const steps = [await lint(vendor)];
  if (steps[0].ok) steps.push(await generate(vendor));
  if (steps.at(-1).ok) steps.push(await typecheck(vendor));
  return { vendor, steps, ms: Date.now() - started };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const specs = join(repoRoot, "specs");
  const timers = new Map();
  const running = new Map();
  const trigger = (vendor) => {
    clearTimeout(timers.get(vendor));
    timers.set(
      vendor,
      setTimeout(async () => {
        if (running.get(vendor)) return running.set(vendor, "again");
        running.set(vendor, true);
        do {
          running.set(vendor, true);
          console.log(formatSummary(await runVendor(vendor)));
        } while (running.get(vendor) === "again");
        running.delete(vendor);
      }, 300),
    );
  };
  watch(specs, { recursive: true }, (_event, filename) => {
    const vendor = vendorFromPath(filename?.split(sep).join("/"));
    if (vendor) trigger(vendor);
  });
  console.log(`dev: watching specs/ (${allVendors.join(", ")}); save a spec to lint, generate and typecheck its vendor. Ctrl-C stops.`);
}
