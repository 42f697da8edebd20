import { defineConfig } from "vitest/config";

// These tests run the real toolchain (redocly, turbo, tsup, pnpm) in child processes and copy the
// repo; on a slow CI disk a setup or cleanup step can take far longer than vitest's defaults
// (5 s per test, 10 s per hook). The limits here only stop a hung step.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
