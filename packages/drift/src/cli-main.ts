import { parseArgs } from "node:util";
import { DriftInputError } from "./errors/drift-input-error.js";
import { findDrift } from "./find-drift.js";
import { type Exchange, readHarFile } from "./har.js";
import { formatJson, formatReport } from "./report.js";
import { loadSpec, VENDORS } from "./spec.js";

export const USAGE = `Usage: crm-sdk-drift <vendor|path/to/openapi.json> <file.har>... [--json] [--values]

Checks recorded traffic (HAR 1.2: the crm-sdk recorder, a browser's or a proxy's export) against
a vendor's OpenAPI spec and suggests the spec edits. Vendors: ${VENDORS.join(", ")} (the spec of the
installed @crm-sdk/<vendor> package); or give a path to a bundled OpenAPI 3.1 file (JSON or YAML).
  --json     print { "findings": [ { operationId, method, status, pointer, kind, count, suggestion } ] }
  --values   show values from the bodies in suggestions (personal data: off by default)
  --help     print this text
Exit status: 0 no findings, 1 findings, 2 input that cannot be read.
`;

/** Where the CLI writes; `process` fits. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

export interface CliOptions {
  /** Where vendor packages and relative paths are resolved from. @default process.cwd() */
  readonly cwd?: string;
}

/** Runs the command line and returns its exit code; never calls `process.exit`, so it can run in-process. */
export async function runCli(argv: readonly string[], io: CliIo, options: CliOptions = {}): Promise<number> {
  let parsed: { values: { json?: boolean; values?: boolean; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: "boolean" }, values: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    io.stderr.write(`crm-sdk-drift: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [target, ...files] = parsed.positionals;
  if (target === undefined || files.length === 0) {
    io.stderr.write(`crm-sdk-drift: ${target === undefined ? "no spec and no HAR file given" : "no HAR file given"}\n\n${USAGE}`);
    return 2;
  }
  try {
    const { spec } = loadSpec(target, { cwd: options.cwd });
    const exchanges: Exchange[] = [];
    for (const file of files) exchanges.push(...(await readHarFile(file)));
    const report = findDrift(spec, exchanges, { values: parsed.values.values ?? false });
    io.stdout.write(parsed.values.json ? formatJson(report) : formatReport(report, { files: files.length }));
    return report.findings.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof DriftInputError) {
      io.stderr.write(`crm-sdk-drift: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
