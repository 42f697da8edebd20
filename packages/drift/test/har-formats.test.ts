// HAR as browsers and proxies write it, through the exported API: base64 bodies, bodies the
// export did not keep, non-JSON bodies, failed requests, relative URLs and a byte-order mark.
import { describe, expect, it } from "vitest";
import { findDrift, HarReadError, parseHar } from "../src/index.js";
import { har, harEntry } from "./har-builder.js";
import { fixtureSpec, prospect, UUID } from "./helpers.js";

const API = "https://crm.example/api/v1";
const one = (entry: Record<string, unknown>) => findDrift(fixtureSpec, parseHar(JSON.stringify(har([entry])), "t.har"));

describe("reading HAR exports", () => {
  it("decodes a base64 body (content.encoding), and checks it", () => {
    const clean = one(
      harEntry({ method: "GET", url: `${API}/prospects/${UUID[0]}`, status: 200, responseBody: JSON.stringify({ data: prospect(0) }), base64: true }),
    );
    expect(clean.findings).toEqual([]);
    const drifted = one(
      harEntry({
        method: "GET",
        url: `${API}/prospects/${UUID[0]}`,
        status: 200,
        responseBody: JSON.stringify({ data: prospect(0, { name: 7 }) }),
        base64: true,
      }),
    );
    expect(drifted.findings.map((f) => [f.kind, f.pointer])).toEqual([["type-mismatch", "/data/name"]]);
  });

  it("skips a body the export did not keep, and says so", () => {
    const report = one(harEntry({ method: "GET", url: `${API}/prospects/${UUID[0]}`, status: 200, responseBody: undefined }));
    expect(report.findings).toEqual([]);
    expect(report.entries.bodyNotRecorded).toBe(1);
  });

  it("checks the request of an entry that got no response (status 0 or -1)", () => {
    const entry = harEntry({ method: "POST", url: `${API}/prospects`, requestBody: JSON.stringify({ prospect: {} }), status: 0 });
    const report = one(entry);
    expect(report.entries.withoutResponse).toBe(1);
    expect(report.findings.map((f) => [f.kind, f.status, f.pointer])).toEqual([["invalid-request", null, "/body/prospect/name"]]);
  });

  it("reports an HTML page where the spec declares JSON as the body's type, without quoting it", () => {
    const report = one(
      harEntry({ method: "GET", url: `${API}/prospects/${UUID[0]}`, status: 200, responseBody: "<h1>Mariana</h1>", responseType: "text/html" }),
    );
    expect(report.findings).toEqual([
      {
        operationId: "getProspect",
        method: "GET",
        status: 200,
        pointer: "",
        kind: "type-mismatch",
        count: 1,
        suggestion: "document the body the server sends for status 200 (a text/html body where the spec declares application/json in 1 of 1 response)",
      },
    ]);
  });

  it("reports truncated JSON and a request body sent as another type", () => {
    const truncated = one(harEntry({ method: "GET", url: `${API}/prospects/${UUID[0]}`, status: 200, responseBody: '{"data": {"name": "Mari' }));
    expect(truncated.findings.map((f) => [f.kind, f.pointer, f.suggestion])).toEqual([
      ["type-mismatch", "", "document the body the server sends for status 200 (a body that is not valid JSON in 1 of 1 response)"],
    ]);
    const form = one(
      harEntry({
        method: "POST",
        url: `${API}/prospects`,
        requestBody: "name=Mariana",
        requestType: "application/x-www-form-urlencoded",
        status: 201,
        responseBody: JSON.stringify({ data: prospect(0) }),
      }),
    );
    expect(form.findings.map((f) => [f.kind, f.pointer])).toEqual([["invalid-request", "/body"]]);
    expect(form.findings[0]?.suggestion).toContain("the request body was sent as application/x-www-form-urlencoded; the spec takes application/json");
  });

  it("reads relative URLs, a byte-order mark and HAR without optional fields", () => {
    const text = `\ufeff${JSON.stringify({
      log: {
        entries: [
          {
            request: { method: "get", url: `/api/v1/prospects/${UUID[1]}` },
            response: { status: 200, content: { mimeType: "application/json; charset=utf-8", text: JSON.stringify({ data: prospect(1) }) } },
          },
        ],
      },
    })}`;
    const exchanges = parseHar(text, "firefox.har");
    expect(exchanges[0]?.method).toBe("GET");
    expect(findDrift(fixtureSpec, exchanges).operations).toEqual([
      { operationId: "getProspect", method: "GET", path: "/prospects/{id}", requests: 1, statuses: { "200": 1 } },
    ]);
  });

  it("throws a HarReadError that names the file and the entry", () => {
    const bad = JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "/x" }, response: { status: 200 } }, { request: { url: "/y" } }] } });
    const error = (() => {
      try {
        parseHar(bad, "proxy.har");
      } catch (e) {
        return e;
      }
    })() as HarReadError;
    expect(error).toBeInstanceOf(HarReadError);
    expect(error.file).toBe("proxy.har");
    expect(error.entry).toBe(1);
    expect(error.message).toBe("proxy.har: entry 1 (log.entries[1]): has no `request.method`");
  });
});
