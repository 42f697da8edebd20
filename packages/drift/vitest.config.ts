import { defineConfig } from "vitest/config";

// The CLI tests run the built bin in child processes and the browser test drives Chromium; the
// limits only stop a hung step on a slow machine.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
