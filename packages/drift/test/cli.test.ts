// The `crm-sdk-drift` bin as a child process, on HAR files with drift planted against a small
// fixture spec (test/fixtures/crm.openapi.json): exactly the planted findings, with their counts,
// the report grouped by operation, the exit codes, and no personal data or credential printed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type HarEntry, harEntry, tempDir, writeHar } from "./har-builder.js";
import { findingsOf, fixtureSpecPath, prospect, runBin, UUID } from "./helpers.js";

const API = "https://crm.example/api/v1";
const SECRET = "drift-test-secret-token";
const COOKIE = "cookie-secret-value";
const list = (items: unknown[]) => JSON.stringify({ data: items, meta: { count: items.length } });

function cleanEntries(): HarEntry[] {
  return [
    harEntry({ method: "GET", url: `${API}/prospects?page=1&per=10`, status: 200, responseBody: list([prospect(0), prospect(1)]) }),
    harEntry({ method: "GET", url: `${API}/prospects/search?q=mariana`, status: 200, responseBody: list([prospect(0)]) }),
    harEntry({ method: "GET", url: `${API}/prospects/${UUID[0]}`, status: 200, responseBody: JSON.stringify({ data: prospect(0) }) }),
    harEntry({ method: "GET", url: `${API}/prospects/${UUID[1]}`, status: 404, responseBody: JSON.stringify({ message: "not found" }) }),
    harEntry({ method: "GET", url: `${API}/prospects`, status: 401, responseBody: JSON.stringify({ message: "bad token" }) }),
    harEntry({
      method: "POST",
      url: `${API}/prospects`,
      requestBody: JSON.stringify({ prospect: { name: "Mariana", email: "mariana@correo.example", status: "new" } }),
      status: 201,
      responseBody: JSON.stringify({ data: prospect(0) }),
    }),
    harEntry({ method: "DELETE", url: `${API}/prospects/${UUID[0]}`, status: 204, responseBody: "" }),
  ];
}

/** Three list responses, each item lacking `max_status`; the other drifts in one or two of them. */
function driftedEntries(): HarEntry[] {
  const drop = (p: Record<string, unknown>) => {
    const { max_status: _, ...rest } = p;
    return rest;
  };
  return [
    harEntry({
      method: "GET",
      url: `${API}/prospects?page=1`,
      status: 200,
      responseBody: list([drop(prospect(0, { nickname: "Marianita" })), drop(prospect(1))]),
    }),
    harEntry({
      method: "GET",
      url: `${API}/prospects?page=2`,
      status: 200,
      responseBody: list([drop(prospect(2, { nickname: "Mari", sequential_id: "102", currency: null })), drop(prospect(3, { status: "archived" }))]),
    }),
    harEntry({ method: "GET", url: `${API}/prospects?page=3`, status: 200, responseBody: list([drop(prospect(4, { email: "mariana-at-correo" }))]) }),
    // an undocumented status
    harEntry({ method: "GET", url: `${API}/prospects/${UUID[0]}`, status: 418, responseBody: JSON.stringify({ message: "teapot" }) }),
    harEntry({ method: "GET", url: `${API}/prospects/${UUID[1]}`, status: 200, responseBody: JSON.stringify({ data: prospect(1) }) }),
    // other hosts and paths
    harEntry({ method: "GET", url: "https://cdn.example/static/app.js", status: 200, responseBody: "console.log(1)", responseType: "text/javascript" }),
    harEntry({ method: "GET", url: `${API}/reports/monthly`, status: 404, responseBody: JSON.stringify({ message: "no" }) }),
    // a bad request body (no name) and bad query parameters
    harEntry({
      method: "POST",
      url: `${API}/prospects`,
      requestBody: JSON.stringify({ prospect: { email: "mariana@correo.example" } }),
      status: 201,
      responseBody: JSON.stringify({ data: prospect(0) }),
    }),
    harEntry({ method: "GET", url: `${API}/prospects/search?sort=name`, status: 200, responseBody: list([prospect(0)]) }),
  ];
}

describe("crm-sdk-drift on a fixture spec", () => {
  let dir: string;
  let clean: string;
  let drifted: string;
  beforeAll(() => {
    dir = tempDir();
    clean = writeHar(dir, "clean.har", cleanEntries());
    drifted = writeHar(dir, "drifted.har", driftedEntries());
  });

  it("finds nothing in traffic that agrees with the spec and exits 0", () => {
    const human = runBin([fixtureSpecPath, clean]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("7 entries from 1 HAR file; 7 matched 5 operations, 0 matched none");
    expect(human.stdout).toContain("no drift: the traffic agrees with the spec");
    const json = runBin([fixtureSpecPath, clean, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ findings: [] });
  });

  it("finds exactly the planted drifts, each counted over the entries that showed it, and exits 1", () => {
    const result = runBin([fixtureSpecPath, drifted, "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(findingsOf(result)).toEqual([
      { operationId: "listProspects", method: "GET", status: 200, pointer: "/data/*/max_status", kind: "missing-required", count: 3 },
      { operationId: "listProspects", method: "GET", status: 200, pointer: "/data/*/currency", kind: "unexpected-null", count: 1 },
      { operationId: "listProspects", method: "GET", status: 200, pointer: "/data/*/sequential_id", kind: "type-mismatch", count: 1 },
      { operationId: "listProspects", method: "GET", status: 200, pointer: "/data/*/email", kind: "format-mismatch", count: 1 },
      { operationId: "listProspects", method: "GET", status: 200, pointer: "/data/*/status", kind: "enum-mismatch", count: 1 },
      { operationId: "listProspects", method: "GET", status: 200, pointer: "/data/*/nickname", kind: "undeclared-property", count: 2 },
      { operationId: "createProspect", method: "POST", status: 201, pointer: "/body/prospect/name", kind: "invalid-request", count: 1 },
      { operationId: "searchProspects", method: "GET", status: 200, pointer: "/query/q", kind: "invalid-request", count: 1 },
      { operationId: "searchProspects", method: "GET", status: 200, pointer: "/query/sort", kind: "invalid-request", count: 1 },
      { operationId: "getProspect", method: "GET", status: 418, pointer: "", kind: "undocumented-status", count: 1 },
      { operationId: null, method: "GET", status: 200, pointer: "", kind: "unknown-operation", count: 1 },
      { operationId: null, method: "GET", status: 404, pointer: "", kind: "unknown-operation", count: 1 },
    ]);
    const suggestions = (JSON.parse(result.stdout).findings as { suggestion: string }[]).map((f) => f.suggestion);
    expect(suggestions).toEqual([
      "make `max_status` optional on Prospect (absent in 3 of 3 responses)",
      "add `null` to the type of `currency` on Prospect (null in 1 of 3 responses)",
      "change the type of `sequential_id` on Prospect from integer to string, or add string to it (string in 1 of 3 responses)",
      "drop or correct `format: email` of `email` on Prospect (not met in 1 of 3 responses)",
      "widen the enum of `status` on Prospect (a value outside it in 1 of 3 responses; --values shows it)",
      "declare `nickname` (string) on Prospect (present in 2 of 3 responses)",
      "the request lacks `name` in `/body/prospect`, which the spec requires (1 of 1 request): fix the caller, or make it optional",
      "the request lacks `q` in `/query`, which the spec requires (1 of 1 request): fix the caller, or make it optional",
      "the request sends `sort` (string), which the spec does not declare (1 of 1 request): stop sending it, or declare it",
      "document status 418 for getProspect (seen in 1 of 2 responses)",
      "no operation matches GET cdn.example/static/app.js (1 entry): document it in the spec, or leave it out of the HAR",
      "no operation matches GET crm.example/api/v1/reports/monthly (1 entry): document it in the spec, or leave it out of the HAR",
    ]);
  });

  it("prints a report grouped by operation, with the suggested edit under each finding", () => {
    const { code, stdout } = runBin([fixtureSpecPath, drifted]);
    expect(code).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("crm-sdk-drift: Fixture CRM 1.0.0: 9 entries from 1 HAR file; 7 matched 4 operations, 2 matched none");
    const heading = (text: string) => lines.findIndex((l) => l.startsWith(text));
    const order = [
      "listProspects  GET /prospects  3 requests (200 ×3)",
      "createProspect  POST /prospects",
      "searchProspects  GET /prospects/search",
      "getProspect  GET /prospects/{id}  2 requests (200 ×1, 418 ×1)",
      "no operation  2 entries",
    ];
    const at = order.map(heading);
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const missing = lines.indexOf("  200 missing-required /data/*/max_status");
    expect(missing).toBeGreaterThan(at[0] as number);
    expect(lines[missing + 1]).toBe("      → make `max_status` optional on Prospect (absent in 3 of 3 responses)");
    expect(stdout).toContain("  418 undocumented-status\n      → document status 418 for getProspect");
    expect(lines.at(-2)).toBe(
      "12 findings: 1 undocumented-status, 1 missing-required, 1 unexpected-null, 1 type-mismatch, 1 format-mismatch, 1 enum-mismatch, 1 undeclared-property, 3 invalid-request, 2 unknown-operation",
    );
  });

  it("counts entries of several HAR files together", () => {
    const again = writeHar(dir, "drifted-again.har", driftedEntries().slice(0, 1));
    const result = runBin([fixtureSpecPath, drifted, again, "--json"]);
    const missing = findingsOf(result).find((f) => f.kind === "missing-required");
    expect(missing?.count).toBe(4);
    expect(JSON.parse(result.stdout).findings[0].suggestion).toBe("make `max_status` optional on Prospect (absent in 4 of 4 responses)");
  });

  it("prints no value from a body without --values, in either format", () => {
    for (const args of [[], ["--json"]]) {
      const { stdout, stderr } = runBin([fixtureSpecPath, drifted, ...args]);
      const printed = stdout + stderr;
      for (const value of ["Mariana", "mariana", "Marianita", "Mari", "archived", "102", "Ernesto", "+52", "teapot", "MXN", "15000"]) {
        expect(printed, `"${value}" printed`).not.toContain(value);
      }
    }
  });

  it("shows the offending values with --values", () => {
    const result = runBin([fixtureSpecPath, drifted, "--json", "--values"]);
    const byKind = Object.fromEntries((JSON.parse(result.stdout).findings as { kind: string; suggestion: string }[]).map((f) => [f.kind, f.suggestion]));
    expect(byKind["enum-mismatch"]).toBe('add "archived" to the enum of `status` on Prospect (in 1 of 3 responses)');
    expect(byKind["type-mismatch"]).toContain('e.g. "102"');
    expect(byKind["undeclared-property"]).toBe('declare `nickname` (string) on Prospect (present in 2 of 3 responses; e.g. "Marianita", "Mari")');
  });

  it("never prints the Authorization header or cookies, in any mode", () => {
    const outputs = [[], ["--json"], ["--values"], ["--json", "--values"]].map((args) => runBin([fixtureSpecPath, clean, drifted, ...args]));
    for (const { stdout, stderr } of outputs) {
      expect(stdout + stderr).not.toContain(SECRET);
      expect(stdout + stderr).not.toContain(COOKIE);
      expect(stdout + stderr).not.toMatch(/authorization|bearer|cookie/i);
    }
  });

  it("takes a YAML spec", () => {
    const yaml = join(dir, "openapi.yaml");
    writeFileSync(
      yaml,
      [
        "openapi: 3.1.0",
        "info: { title: YAML CRM, version: '1' }",
        "paths:",
        "  /leads:",
        "    get:",
        "      operationId: listLeads",
        "      responses:",
        "        '200':",
        "          description: Leads.",
        "          content:",
        "            application/json:",
        "              schema:",
        "                type: array",
        "                items: { type: object, required: [id], properties: { id: { type: integer } } }",
        "",
      ].join("\n"),
    );
    const har = writeHar(dir, "leads.har", [
      harEntry({ method: "GET", url: "https://x.example/leads", status: 200, responseBody: JSON.stringify([{ id: 1 }, {}]) }),
    ]);
    const result = runBin([yaml, har, "--json"]);
    expect(findingsOf(result)).toEqual([{ operationId: "listLeads", method: "GET", status: 200, pointer: "/*/id", kind: "missing-required", count: 1 }]);
  });
});

describe("crm-sdk-drift on input it cannot read (exit 2)", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it("names a HAR file that does not exist", () => {
    const missing = join(dir, "nope.har");
    const { code, stderr, stdout } = runBin([fixtureSpecPath, missing]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`crm-sdk-drift: ${missing}: no such file\n`);
  });

  it("names a file that is not JSON, without quoting it", () => {
    const file = join(dir, "broken.har");
    writeFileSync(file, `{"log": {"entries": [{"request": {"headers": [{"name": "Authorization", "value": "Bearer ${SECRET}"}]`);
    const { code, stderr } = runBin([fixtureSpecPath, file]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^crm-sdk-drift: ${file.replaceAll("/", "\\/")}: is not valid JSON`));
    expect(stderr).not.toContain(SECRET);
  });

  it("names a file that is JSON but not HAR", () => {
    const file = join(dir, "not-har.json");
    writeFileSync(file, JSON.stringify({ entries: [] }));
    const { code, stderr } = runBin([fixtureSpecPath, file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`crm-sdk-drift: ${file}: is not a HAR file: it has no \`log.entries\` array\n`);
  });

  it("names the file and the index of an entry without a request", () => {
    const entries = cleanEntries().slice(0, 2);
    entries.push({ response: { status: 200, content: { text: "{}" } } });
    const file = writeHar(dir, "no-request.har", entries);
    const { code, stderr, stdout } = runBin([fixtureSpecPath, file, "--json"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(`crm-sdk-drift: ${file}: entry 2 (log.entries[2]): has no \`request\`\n`);
  });

  it("names an entry whose request has no URL", () => {
    const entries = cleanEntries().slice(0, 1);
    entries.unshift({ request: { method: "GET", headers: [{ name: "Authorization", value: `Bearer ${SECRET}` }] }, response: { status: 200 } });
    const file = writeHar(dir, "no-url.har", entries);
    const { code, stderr } = runBin([fixtureSpecPath, file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`crm-sdk-drift: ${file}: entry 0 (log.entries[0]): has no \`request.url\`\n`);
  });

  it("names a spec it cannot find", () => {
    const har = writeHar(dir, "ok.har", cleanEntries());
    const unknownVendor = runBin(["acme", har]);
    expect(unknownVendor.code).toBe(2);
    expect(unknownVendor.stderr).toContain('cannot load the spec "acme": @crm-sdk/acme/openapi.json is not installed here');
    const missingFile = runBin([join(dir, "openapi.json"), har]);
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain(`no such file: ${join(dir, "openapi.json")}`);
  });

  it("explains its usage when arguments are missing", () => {
    const { code, stderr } = runBin([fixtureSpecPath]);
    expect(code).toBe(2);
    expect(stderr).toContain("no HAR file given");
    expect(stderr).toContain("Usage: crm-sdk-drift <vendor|path/to/openapi.json> <file.har>... [--json] [--values]");
    const help = runBin(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit status: 0 no findings, 1 findings, 2 input that cannot be read.");
  });
});
