import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without types
import { formatSummary, runVendor, vendorFromPath } from "../dev.mjs";

describe("pnpm dev", () => {
  it.each([
    ["syscap/openapi.yaml", "syscap"],
    ["centia/paths/companies.yaml", "centia"],
    ["envia\\openapi.yaml", "envia"],
    ["syscap/NOTES.md", null],
    ["syscap", null],
    ["unknown/openapi.yaml", null],
    ["openapi.yaml", null],
    [null, null],
  ])("%s belongs to %s", (path, vendor) => {
    expect(vendorFromPath(path, ["syscap", "centia", "envia"])).toBe(vendor);
  });

  it("summarises a run in one line, with the problems below", () => {
    const at = new Date(2026, 0, 1, 9, 5, 7);
    const text = formatSummary({
      vendor: "syscap",
      at,
      ms: 2340,
      steps: [
        { name: "lint", ok: true },
        { name: "generate", ok: true, detail: "2 files, 1 changed" },
        { name: "typecheck", ok: false, detail: "2 errors", problems: ["src/index.ts(3,1): error TS2304: a", "src/index.ts(4,1): error TS2304: b"] },
      ],
    });
    expect(text).toBe(
      [
        "[09:05:07] syscap: lint ok · generate ok (2 files, 1 changed) · typecheck FAILED (2 errors) in 2.3s",
        "    src/index.ts(3,1): error TS2304: a",
        "    src/index.ts(4,1): error TS2304: b",
      ].join("\n"),
    );
  });

  it("runs lint, generate and typecheck for a vendor", async () => {
    const result = await runVendor("leancore");
    expect(result.steps.map((s: { name: string; ok: boolean }) => `${s.name}:${s.ok}`)).toEqual(["lint:true", "generate:true", "typecheck:true"]);
  }, 60_000);
});
