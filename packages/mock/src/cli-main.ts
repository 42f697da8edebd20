import { parseArgs } from "node:util";
import { type MockServer, startMockServer } from "./server.js";
import { VENDORS } from "./vendor-spec.js";

export const USAGE = `Usage: crm-sdk-mock <vendor|path/to/openapi.json> [--port 4010] [--host 127.0.0.1] [--stateful]

Serves a spec-driven mock of a crm-sdk vendor API. Vendors: ${VENDORS.join(", ")}.
  --port       port to listen on (default 4010; 0 picks a free one)
  --host       interface to listen on (default 127.0.0.1)
  --stateful   keep created records in memory (POST/GET/PUT/PATCH/DELETE reflect each other)
  --help       print this text
`;

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** The outcome of the command line: an exit code, or a running server (the caller waits for a signal, then closes it). */
export type CliOutcome = { readonly code: number; readonly server?: undefined } | { readonly code?: undefined; readonly server: MockServer };

/** Parses the arguments and starts the server; never calls `process.exit`, so tests can run it in-process. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  let parsed: { values: { port: string; host: string; stateful: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        stateful: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return { code: 2 };
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return { code: 0 };
  }
  const port = Number(values.port);
  const [target] = positionals;
  if (target === undefined || positionals.length !== 1 || !/^\d+$/.test(values.port) || port > 65535) {
    io.stderr.write(USAGE);
    return { code: 2 };
  }
  try {
    const server = await startMockServer({ vendor: target, port, host: values.host, stateful: values.stateful });
    io.stdout.write(`crm-sdk-mock: ${server.mock.title} listening on ${server.url}\n`);
    return { server };
  } catch (error) {
    io.stderr.write(`crm-sdk-mock: ${error instanceof Error ? error.message : String(error)}\n`);
    return { code: 1 };
  }
}
