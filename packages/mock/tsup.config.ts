import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: the core and node server (index) and the msw handlers (a separate entry, so
    // that importing the core never loads msw, an optional peer).
    entry: ["src/index.ts", "src/msw.ts"],
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    // import.meta.url (used to find a vendor's openapi.json) in the CommonJS build too.
    shims: true,
  },
  {
    // The `crm-sdk-mock` command; src/cli.ts starts with its `#!/usr/bin/env node` line.
    entry: ["src/cli.ts"],
    format: ["esm"],
    target: "node20",
    shims: true,
  },
]);
