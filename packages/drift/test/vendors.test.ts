// The bundled specs of the five vendors: traffic made from each spec's own examples and answered
// by @crm-sdk/mock agrees with the spec; Centia's entries are told apart by the method in the
// body and reported under the qualified method name.
import { describe, expect, it } from "vitest";
import { findDrift, type OpenApiDocument, parseHar, VENDORS } from "../src/index.js";
import { har, harEntry, tempDir, writeHar } from "./har-builder.js";
import { findingsOf, runBin, vendorSpec } from "./helpers.js";
import { exampleTraffic } from "./traffic.js";

const analyse = (spec: OpenApiDocument, entries: Record<string, unknown>[], values = false) =>
  findDrift(spec, parseHar(JSON.stringify(har(entries)), "t.har"), { values });

describe.each(VENDORS)("%s: traffic made from the spec's examples", (vendor) => {
  it("matches every operation and has no finding", async () => {
    const spec = vendorSpec(vendor);
    const entries = await exampleTraffic(spec);
    const report = analyse(spec, entries);
    expect(report.findings).toEqual([]);
    expect(report.entries.matched).toBe(entries.length);
    const operationIds = new Set(report.operations.map((o) => o.operationId));
    const specOperations = Object.values<OpenApiDocument>(spec.paths).flatMap((item) => Object.values<OpenApiDocument>(item).filter((op) => op?.responses));
    // REST vendors: one per operation; Centia: one per RPC method (more than its 7 module paths).
    expect(operationIds.size).toBeGreaterThanOrEqual(specOperations.length);
  });
});

describe("centia: RPC entries by method name", () => {
  const spec = vendorSpec("centia");
  const API = "https://centiacrm.desarrollo.in/api/v1";
  const call = (path: string, method: string, parameters: unknown, response: unknown, status = 200) =>
    harEntry({ method: "POST", url: `${API}${path}`, requestBody: JSON.stringify({ method, parameters }), status, responseBody: JSON.stringify(response) });
  const companiesRequired: string[] = spec.components.schemas.CompaniesGetCompaniesResult.required;
  const dropped = companiesRequired[0] as string;
  const page = { total: 1, current_page: 1, last_page: 1, companies: [{ id: 7, name: "Acme" }] };
  const { [dropped]: _, ...pageWithout } = page as Record<string, unknown>;

  it("reports each finding under the qualified method (Companies.GetCompanies), not the module's operation", () => {
    expect(companiesRequired.length).toBeGreaterThan(0);
    const report = analyse(spec, [
      call("/companies", "GetCompanies", { profile_id: 1 }, { success: true, response: page }),
      call("/companies", "GetCompanies", { profile_id: 1 }, { success: true, response: pageWithout }),
      call("/companies", "GetTypes", { profile_id: 1 }, { success: true, response: { types: [{ id: 1 }], total_types: 1 } }),
      call("/companies", "GetCompanies", { profile_id: "1" }, { success: false, error: "The profile_id field must be an integer." }),
      call("/companies", "Companies.GetCompanies", { profile_id: 1 }, { success: true, response: page }),
      call("/companies", "DeleteCompany", { company_id: 1 }, { success: false, error: "Unknown method" }),
    ]);
    expect(report.findings.map(({ suggestion: _s, ...f }) => f)).toEqual([
      { operationId: "Companies.GetCompanies", method: "POST", status: 200, pointer: `/response/${dropped}`, kind: "missing-required", count: 1 },
      // a qualified name in `method` still finds the method, but the spec pins the bare name
      { operationId: "Companies.GetCompanies", method: "POST", status: 200, pointer: "/body/method", kind: "invalid-request", count: 1 },
      { operationId: "Companies.GetCompanies", method: "POST", status: 200, pointer: "/body/parameters/profile_id", kind: "invalid-request", count: 1 },
      { operationId: "Companies.GetTypes", method: "POST", status: 200, pointer: "/response/total_types", kind: "undeclared-property", count: 1 },
      { operationId: null, method: "POST", status: 200, pointer: "", kind: "unknown-operation", count: 1 },
    ]);
    expect(report.findings[0]?.suggestion).toBe(`make \`${dropped}\` optional on CompaniesGetCompaniesResult (absent in 1 of 4 responses)`);
    expect(report.findings[3]?.suggestion).toBe("declare `total_types` (integer) on CompaniesGetTypesResult (present in 1 of 1 response)");
    expect(report.findings[4]?.suggestion).toContain("Companies.DeleteCompany is not a method of the Companies module (/companies)");
    expect(report.operations.map((o) => [o.operationId, o.path, o.requests])).toEqual([
      ["Companies.GetCompanies", "/companies", 4],
      ["Companies.GetTypes", "/companies", 1],
    ]);
  });

  it("checks a result against the called method's schema, even where another method's result would pass", () => {
    // A GetCompanies page answered to GetTypes: the module's anyOf of results accepts it.
    const report = analyse(spec, [call("/companies", "GetTypes", { profile_id: 1 }, { success: true, response: page })]);
    expect(report.findings.filter((f) => f.kind === "missing-required").map((f) => [f.operationId, f.pointer])).toEqual([
      ["Companies.GetTypes", "/response/types"],
    ]);
  });

  it("never prints a password or a token, even with --values", () => {
    const dir = tempDir();
    const file = writeHar(dir, "login.har", [
      call("/auth", "Login", { email: "ana@correo.example", password: 424242 }, { success: true, response: { token: 987654321, user: {} } }),
    ]);
    const result = runBin(["centia", file, "--json", "--values"]);
    expect(findingsOf(result)).toEqual([
      { operationId: "Auth.Login", method: "POST", status: 200, pointer: "/response/token", kind: "type-mismatch", count: 1 },
      { operationId: "Auth.Login", method: "POST", status: 200, pointer: "/body/parameters/password", kind: "invalid-request", count: 1 },
    ]);
    expect(result.stdout).toContain("[redacted]");
    expect(result.stdout).not.toContain("424242");
    expect(result.stdout).not.toContain("987654321");
  });
});
