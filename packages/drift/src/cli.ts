#!/usr/bin/env node
import { runCli } from "./cli-main.js";

runCli(process.argv.slice(2), process).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not bad input: the stack helps a report; it holds no body value.
    process.stderr.write(`crm-sdk-drift: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
