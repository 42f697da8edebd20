// Every TypeScript sample a user reads compiles against the built packages: the docs' code
// samples (one per operation) and the ```ts blocks of the READMEs. See scripts/check-readme-samples.mjs.
import { expect, it } from "vitest";
import { checkSamples, extractTsBlocks } from "../../../scripts/check-readme-samples.mjs";

it("extracts ```ts blocks, with their line, and honours nocheck", () => {
  const blocks = extractTsBlocks(["# t", "```ts", "const a = 1;", "```", "", "```ts nocheck", "a.b;", "```", "```sh", "npm i", "```"].join("\n"));
  expect(blocks).toEqual([
    { line: 3, code: "const a = 1;\n", nocheck: false },
    { line: 7, code: "a.b;\n", nocheck: true },
  ]);
});

it("every docs sample and README block compiles", () => {
  const result = checkSamples({ quiet: true });
  expect(result.samples).toBeGreaterThan(44);
  expect(result.output.trim(), result.summary).toBe("");
  expect(result.ok).toBe(true);
});
