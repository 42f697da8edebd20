import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@crm-sdk/spec-tools";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without types
import { findDrift } from "../check-drift.mjs";

// A throwaway copy of the LeanCore spec and its generated files, so the test can edit the spec.
const root = mkdtempSync(join(tmpdir(), "crm-sdk-drift-"));
for (const rel of ["specs/leancore", "packages/leancore/openapi.json", "packages/leancore/src/generated"]) {
  cpSync(join(repoRoot, rel), join(root, rel), { recursive: true });
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("drift check", () => {
  it("passes when the committed generated files match the spec", async () => {
    expect(await findDrift({ root, vendors: ["leancore"] })).toEqual([]);
  });

  it("fails, naming the files, when a spec changed without regenerating", async () => {
    const spec = join(root, "specs/leancore/openapi.yaml");
    writeFileSync(spec, readFileSync(spec, "utf8").replace("summary: List the leads of an ecosystem", "summary: List every lead"));
    const drift = await findDrift({ root, vendors: ["leancore"] });
    expect(drift.map((d: { file: string }) => d.file).sort()).toEqual(["packages/leancore/openapi.json", "packages/leancore/src/generated/schema.ts"]);
  });

  it("fails when a generated file was edited by hand", async () => {
    const generated = join(root, "packages/leancore/src/generated/schema.ts");
    cpSync(join(repoRoot, "specs/leancore/openapi.yaml"), join(root, "specs/leancore/openapi.yaml"));
    writeFileSync(generated, `${readFileSync(generated, "utf8")}\n// hand edit\n`);
    const drift = await findDrift({ root, vendors: ["leancore"] });
    expect(drift.map((d: { file: string }) => d.file)).toEqual(["packages/leancore/src/generated/schema.ts"]);
  });
});
