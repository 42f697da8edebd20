#!/usr/bin/env node
import { runCli } from "./cli-main.js";

async function main(): Promise<number> {
  const outcome = await runCli(process.argv.slice(2), process);
  if (!outcome.server) return outcome.code;
  await new Promise<void>(function waitForSignal(resolve) {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await outcome.server.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`crm-sdk-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
