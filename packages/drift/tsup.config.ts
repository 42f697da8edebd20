import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library (findDrift, readHarFile, loadSpec, formatReport, runCli) for scripts and tests,
    // ESM and CommonJS like every crm-sdk package.
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    // import.meta.url (to resolve a vendor's openapi.json from this package) in the CommonJS build too.
    shims: true,
  },
  {
    // The `crm-sdk-drift` command; src/cli.ts starts with its `#!/usr/bin/env node` line.
    entry: ["src/cli.ts"],
    format: ["esm"],
    target: "node20",
    shims: true,
  },
]);
