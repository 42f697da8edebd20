#!/usr/bin/env node
// pnpm docs:serve [--port 8080] [--host 127.0.0.1]: serves the built docs/ (run `pnpm docs` first).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../packages/spec-tools/src/index.js";
import { startDocsServer } from "./lib/docs-server.mjs";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" }, host: { type: "string", default: "127.0.0.1" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}
const root = join(repoRoot, "docs");
if (!existsSync(join(root, "index.html"))) {
  console.error("docs/index.html is missing: build the docs first (pnpm docs, or npm run setup).");
  process.exit(1);
}
try {
  const { url } = await startDocsServer(root, { host: values.host, port });
  console.log(`Serving docs/ at ${url} (Ctrl+C to stop)`);
} catch (error) {
  console.error(`cannot listen on ${values.host}:${port}: ${error.message}`);
  process.exit(1);
}
