import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@crm-sdk/spec-tools";
import { expect, it } from "vitest";

it("the root README's mock example is the code of readme-example.test.ts", () => {
  const test = readFileSync(join(import.meta.dirname, "readme-example.test.ts"), "utf8");
  const code = test.slice(test.indexOf("// readme:start\n") + "// readme:start\n".length, test.indexOf("// readme:end"));
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  expect(readme).toContain(code.trim());
});
