import { defineConfig } from "vitest/config";

// The browser test opens five Redoc pages (about 2.5 MB each) and every operation on them.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: true,
  },
});
