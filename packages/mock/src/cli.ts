import { parseArgs } from "node:util";
import { startMockServer } from "./server.js";
import { VENDORS } from "./vendor-spec.js";

const USAGE = `Usage: crm-sdk-mock <vendor|path/to/openapi.json> [--port 4010] [--host 127.0.0.1] [--stateful]

Serves a spec-driven mock of a crm-sdk vendor API. Vendors: ${VENDORS.join(", ")}.
  --port       port to listen on (default 4010; 0 picks a free one)
  --host       interface to listen on (default 127.0.0.1)
  --stateful   keep created records in memory (POST/GET/PUT/PATCH/DELETE reflect each other)
`;

async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  function parse() {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { port: { type: "string", default: "4010" }, host: { type: "string", default: "127.0.0.1" }, stateful: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
    });
  }
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (positionals.length !== 1 || !Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(USAGE);
    return 2;
  }
  const server = await startMockServer({ vendor: positionals[0], port, host: values.host, stateful: values.stateful });
  process.stdout.write(`crm-sdk-mock: ${server.mock.title} listening on ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`crm-sdk-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
