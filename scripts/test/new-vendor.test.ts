import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { repoRoot } from "@crm-sdk/spec-tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without types
import { addRedoclyApi, addSizeBudget, addToMockVendors, addToVendorList, isVendorId } from "../new-vendor.mjs";

// The scaffold runs for real in a copy of the repo (sources only; `pnpm install --frozen-lockfile
// --prefer-offline` links it from the local store in a few seconds), then the new vendor's whole pipeline runs.
// On one core of this machine setup takes about a minute and the pipeline about 100 s; the
// 300 s limits leave room for a slower CI machine and only stop a hung step.
const SKIP = new Set(["node_modules", ".git", "dist", ".turbo", "docs", ".vitest", "coverage", "artifacts"]);
const root = mkdtempSync(join(tmpdir(), "crm-sdk-new-vendor-"));
const bin = join(repoRoot, "node_modules", ".bin");
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, TURBO_TELEMETRY_DISABLED: "1", REDOCLY_TELEMETRY: "off", CI: "true" };
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: root, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

// The copy holds a full pnpm node_modules (tens of thousands of links); on a slow disk removing it
// takes longer than vitest's default 10 s hook timeout, which once failed CI after every test passed.
afterAll(() => rm(root, { recursive: true, force: true, maxRetries: 3 }), 180_000);

describe("pnpm new-vendor acme, in a copy of the repo", () => {
  let output = "";
  beforeAll(() => {
    cpSync(repoRoot, root, { recursive: true, filter: (src) => !SKIP.has(basename(src)) });
    sh(join(bin, "pnpm"), ["install", "--frozen-lockfile", "--prefer-offline", "--reporter=silent"]);
    output = sh(process.execPath, ["scripts/new-vendor.mjs", "acme", "--title", "Acme CRM"]);
  }, 300_000);

  it("writes the spec, the package and the registrations", () => {
    for (const rel of [
      "specs/acme/openapi.yaml",
      "specs/acme/NOTES.md",
      "packages/acme/package.json",
      "packages/acme/tsconfig.json",
      "packages/acme/turbo.json",
      "packages/acme/src/index.ts",
      "packages/acme/src/operations.ts",
      "packages/acme/test/coverage.test.ts",
      "packages/acme/openapi.json",
      "packages/acme/src/generated/schema.ts",
      "packages/acme/node_modules/@crm-sdk/core/package.json",
    ]) {
      expect(existsSync(join(root, rel)), rel).toBe(true);
    }
    expect(readFileSync(join(root, "redocly.yaml"), "utf8")).toContain("  acme:\n    root: specs/acme/openapi.yaml\n");
    expect(readFileSync(join(root, "packages/spec-tools/src/index.js"), "utf8")).toMatch(/export const vendors = \[[^\]]*"acme"\]/);
    expect(JSON.parse(readFileSync(join(root, "packages/docs-site/package.json"), "utf8")).devDependencies["@crm-sdk/acme"]).toBe("workspace:*");
    expect(readFileSync(join(root, "packages/mock/src/vendor-spec.ts"), "utf8")).toMatch(/export const VENDORS = \[[^\]]*"acme"\] as const/);
    expect(JSON.parse(readFileSync(join(root, ".size-limit.json"), "utf8")).map((e: { path: string }) => e.path)).toContain("packages/acme/dist/index.js");
    expect(output).toContain("next:");
  });

  it("lint, generate, build, typecheck and test pass for the new vendor", () => {
    const out = sh(join(bin, "turbo"), ["run", "lint", "generate", "build", "typecheck", "test", "--filter=@crm-sdk/acme", "--output-logs=errors-only"]);
    expect(out).toMatch(/Tasks:\s+(\d+) successful, \1 total/);
    const results = JSON.parse(readFileSync(join(root, "packages/acme/.vitest/results.json"), "utf8"));
    expect(results.numFailedTests).toBe(0);
    expect(results.numPassedTests).toBeGreaterThanOrEqual(2);
  }, 300_000);

  it("the mock (built in the copy) lists the new vendor and serves it from its spec", async () => {
    // The pipeline above built the mock: the new vendor's devDependencies reach it.
    const mock: {
      VENDORS: readonly string[];
      startMockServer(options: { vendor: string }): Promise<{ url: string; close(): Promise<void> }>;
    } = await import(join(root, "packages/mock/dist/index.js"));
    expect(mock.VENDORS).toContain("acme");
    const server = await mock.startMockServer({ vendor: "acme" });
    try {
      const answer = await fetch(`${server.url}/contacts?page=1`, { headers: { authorization: "Bearer test-token" } });
      expect(answer.status).toBe(200);
      expect(await answer.json()).toEqual({ data: [{ id: "contact-1", name: "Ada Lovelace" }] }); // the skeleton's example
      expect((await fetch(`${server.url}/contacts`)).status).toBe(401); // the skeleton's bearer auth, checked
      expect((await fetch(`${server.url}/contacts?page=0`, { headers: { authorization: "Bearer t" } })).status).toBe(400); // minimum: 1
    } finally {
      await server.close();
    }
  });

  it("the new files are formatted the house way (biome)", () => {
    const files = ["src", "test", "package.json", "tsconfig.json", "turbo.json"].map((f) => `packages/acme/${f}`);
    sh(join(bin, "biome"), ["check", ...files, "packages/docs-site/package.json", "packages/spec-tools/src", "packages/mock/src", ".size-limit.json"]);
  });

  it("the breaking-change gate skips it until its first release", () => {
    expect(sh(process.execPath, ["scripts/check-breaking.mjs", "acme"])).toContain(
      "acme (@crm-sdk/acme@0.0.0): no released spec to compare with (never released); skipped",
    );
  });

  it("refuses an id that is taken or malformed", () => {
    expect(() => sh(process.execPath, ["scripts/new-vendor.mjs", "acme"])).toThrow(/specs\/acme already exists/);
    expect(isVendorId("Acme")).toBe(false);
    expect(isVendorId("a-b")).toBe(false);
  });
});

describe("the scaffold's edits", () => {
  it("adds the api at the end of redocly.yaml's apis block, keeping what follows", () => {
    const yaml = "extends:\n  - x\n\napis:\n  a:\n    root: specs/a/openapi.yaml\n    rules:\n      r: off\n\nrules:\n  y: error\n";
    expect(addRedoclyApi(yaml, "b")).toBe(
      "extends:\n  - x\n\napis:\n  a:\n    root: specs/a/openapi.yaml\n    rules:\n      r: off\n  b:\n    root: specs/b/openapi.yaml\n\nrules:\n  y: error\n",
    );
  });
  it("appends to spec-tools' vendor list and the mock's", () => {
    expect(addToVendorList('export const vendors = ["a", "b"];', "c")).toBe('export const vendors = ["a", "b", "c"];');
    expect(addToMockVendors('export const VENDORS = ["a", "b"] as const;', "c")).toBe('export const VENDORS = ["a", "b", "c"] as const;');
  });
  it("adds a size budget before core's", () => {
    const budgets = JSON.stringify([
      { name: "a", path: "packages/a/dist/index.js" },
      { name: "core", path: "packages/core/dist/index.js" },
    ]);
    expect(JSON.parse(addSizeBudget(budgets, "c")).map((e: { path: string }) => e.path)).toEqual([
      "packages/a/dist/index.js",
      "packages/c/dist/index.js",
      "packages/core/dist/index.js",
    ]);
  });
});
