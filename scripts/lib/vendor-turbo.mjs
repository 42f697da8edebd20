// The per-vendor turbo.json: a vendor package's lint/generate/docs tasks read files outside the
// package (its spec, the redocly config, the generator), so each vendor declares them here; this
// keeps "edit one spec -> re-run one vendor" exact. The script inputs are exactly the modules each
// task's script imports (so editing, say, the breaking-change check re-runs no vendor). Written by
// scripts/new-vendor.mjs.
//
// `build` and `docs` hash generate's output files, not generate's task hash (turbo's deferred
// `dependencyOutputs` inputs): a spec edit that regenerates identical files (an `info`
// description, a comment) replays the build from the cache, and one that leaves openapi.json
// as it was replays the docs.
export function vendorTurboConfig(vendor) {
  const spec = `$TURBO_ROOT$/specs/${vendor}/**`;
  const generated = (globs) => ({ mode: "dependencyOutputs", from: ["generate"], globs });
  return {
    $schema: "https://turborepo.com/schema.json",
    extends: ["//"],
    tasks: {
      lint: { inputs: [spec, "$TURBO_ROOT$/redocly.yaml"], outputs: [] },
      generate: {
        dependsOn: ["lint"],
        inputs: [
          spec,
          "$TURBO_ROOT$/scripts/generate.mjs",
          "$TURBO_ROOT$/scripts/lib/error-exports.mjs",
          "$TURBO_ROOT$/scripts/lib/method-map.mjs",
          "$TURBO_ROOT$/packages/spec-tools/src/**",
        ],
        outputs: ["openapi.json", "src/generated/**"],
      },
      build: {
        dependsOn: ["^build", "generate"],
        inputs: ["src/**", "!src/generated/**", "package.json", "tsconfig.json", "tsup.config.ts", generated(["src/generated/**"])],
        outputs: ["dist/**"],
      },
      docs: {
        dependsOn: ["generate"],
        inputs: [
          generated(["openapi.json"]),
          "package.json",
          "src/operations.ts",
          "$TURBO_ROOT$/scripts/build-docs.mjs",
          "$TURBO_ROOT$/scripts/lib/code-samples.mjs",
          "$TURBO_ROOT$/scripts/lib/docs-offline.mjs",
          "$TURBO_ROOT$/packages/spec-tools/src/**",
        ],
        outputs: ["docs/**"],
      },
    },
  };
}
