// The README's "From code" example, through the package's public API, and runCli in-process.
import { describe, expect, it } from "vitest";
import { findDrift, formatReport, HarReadError, loadSpec, readHarFile, runCli, SpecLoadError } from "../src/index.js";
import { harEntry, tempDir, writeHar } from "./har-builder.js";
import { fixtureSpecPath, prospect } from "./helpers.js";

describe("the library", () => {
  it("runs the README example: loadSpec, readHarFile, findDrift, formatReport", async () => {
    const file = writeHar(tempDir(), "traffic.har", [
      harEntry({ method: "GET", url: "https://api.syscap.example/prospects/abc", status: 200, responseBody: JSON.stringify({ data: { name: "Ana" } }) }),
    ]);
    const { spec } = loadSpec("syscap");
    const exchanges = await readHarFile(file);
    const report = findDrift(spec, exchanges, { values: false });
    expect(report.operations.map((o) => o.operationId)).toEqual(["getProspect"]);
    // A prospect without the fields Syscap's Prospect requires (its `id`): each is a finding.
    const required: string[] = spec.components.schemas.Prospect.required;
    expect(required.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.kind === "missing-required").map((f) => f.pointer)).toEqual(
      required.map((name) => `/data/${name}`).sort((a, b) => a.localeCompare(b)),
    );
    expect(formatReport(report)).toContain("getProspect  GET /prospects/{id}  1 request (200 ×1)");
  });

  it("throws typed errors for input it cannot read", async () => {
    await expect(readHarFile("/nonexistent/traffic.har")).rejects.toBeInstanceOf(HarReadError);
    expect(() => loadSpec("acme")).toThrow(SpecLoadError);
    expect(() => loadSpec("not a vendor!")).toThrow('cannot load the spec "not a vendor!": not a vendor id');
  });

  it("runs the command line in-process and returns its exit code", async () => {
    const file = writeHar(tempDir(), "one.har", [
      harEntry({
        method: "GET",
        url: "https://crm.example/api/v1/prospects?page=1",
        status: 200,
        responseBody: JSON.stringify({ data: [prospect(0)], meta: { count: 1 } }),
      }),
    ]);
    let out = "";
    let err = "";
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) } };
    expect(await runCli([fixtureSpecPath, file, "--json"], io)).toBe(0);
    expect(JSON.parse(out)).toEqual({ findings: [] });
    expect(await runCli([fixtureSpecPath, "--bogus"], io)).toBe(2);
    expect(err).toContain("Unknown option '--bogus'");
  });
});
