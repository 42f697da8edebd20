// responseValidation() as a client option of the real vendor clients, against @crm-sdk/mock:
// report mode hands findings to onFinding and the logger and lets the call succeed, throw mode
// rejects with ResponseValidationError, off mode leaves the transport alone; no value from a
// body reaches a finding, an error or a log line unless `values: true`.

import { CrmSdkError, type Fetch, InvalidOptionsError } from "@crm-sdk/core";
import { describe, expect, it } from "vitest";
import { createAlgebraixClient } from "../../algebraix/dist/index.js";
import { createCentiaClient } from "../../centia/dist/index.js";
import { createEnviaClient } from "../../envia/dist/index.js";
import { createLeancoreClient } from "../../leancore/dist/index.js";
import { createSyscapClient, NotFoundError } from "../../syscap/dist/index.js";
import { ResponseValidationError, responseValidation, type ValidationFinding } from "../src/index.js";
import { CANARY, captureLogger, drifted, type Edit, leaked, mockFetch, specs } from "./live.js";

const baseUrl = "https://syscap.test";
const centiaUrl = "https://centia.test/api/v1";
const ID = "3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13";

/** The prospect Syscap's mock answers, with one drift of each kind planted, canaries as the values. */
const plant: Edit = (body) => {
  const { id: _, ...prospect } = body.data;
  return {
    data: {
      ...prospect,
      sequential_id: CANARY.text, // type-mismatch
      email: CANARY.email, // format-mismatch (format: email)
      gender: `${CANARY.text}-gender`, // enum-mismatch
      company: null, // unexpected-null
      nickname: `${CANARY.text}-nick`, // undeclared-property
      api_key: CANARY.secret, // undeclared, and named like a credential
    },
  };
};

const planted = [
  { pointer: "/data/id", kind: "missing-required", message: "`id` on Prospect is required but absent" },
  { pointer: "/data/sequential_id", kind: "type-mismatch", message: "`sequential_id` on Prospect is string where the spec says integer" },
  { pointer: "/data/company", kind: "unexpected-null", message: "`company` on Prospect is null, which its type does not allow" },
  { pointer: "/data/email", kind: "format-mismatch", message: "`email` on Prospect breaks `format: email`" },
  { pointer: "/data/gender", kind: "enum-mismatch", message: "`gender` on Prospect is outside its enum" },
  { pointer: "/data/nickname", kind: "undeclared-property", message: "`nickname` (string) is not declared on Prospect" },
  { pointer: "/data/api_key", kind: "undeclared-property", message: "`api_key` (string) is not declared on Prospect" },
];
const sorted = (findings: readonly { pointer: string }[]) => [...findings].sort((a, b) => String(a.pointer).localeCompare(String(b.pointer)));
const invalid = planted.filter((f) => f.kind !== "undeclared-property");

function syscap(mode: "off" | "report" | "throw", edit?: Edit, values = false) {
  const transport = mockFetch(specs.syscap);
  const findings: ValidationFinding[] = [];
  const { logger, lines } = captureLogger();
  const validation = responseValidation(specs.syscap, { mode, values, onFinding: (f) => findings.push(f) });
  const client = createSyscapClient({ baseUrl, token: CANARY.token, fetch: edit ? drifted(transport, edit) : transport, validation, logger });
  return { client, findings, lines, transport };
}

describe("report mode", () => {
  it("hands each finding to onFinding and to logger.warn, and the call succeeds with the response as it came", async () => {
    const { client, findings, lines } = syscap("report", plant);
    const prospect = await client.prospects.get(ID);
    expect(prospect.sequential_id).toBe(CANARY.text); // the caller still gets what the server sent
    expect(sorted(findings)).toEqual(sorted(planted.map((f) => ({ operationId: "getProspect", method: "GET", status: 200, ...f }))));
    const warnings = lines.filter((l) => l.message === "crm-sdk: response does not match the spec");
    expect(warnings).toHaveLength(planted.length);
    expect(warnings[0]?.level).toBe("warn");
    expect(warnings.find((w) => (w.fields as unknown as ValidationFinding).pointer === "/data/id")?.fields).toEqual({
      method: "GET",
      url: `${baseUrl}/prospects/${ID}`,
      status: 200,
      operationId: "getProspect",
      pointer: "/data/id",
      kind: "missing-required",
      message: "`id` on Prospect is required but absent",
    });
  });

  it("puts no value from the body in findings or log lines", async () => {
    const { client, findings, lines } = syscap("report", plant);
    await client.prospects.get(ID);
    expect(findings.length).toBeGreaterThan(0);
    expect(leaked({ findings, lines })).toEqual([]);
  });

  it("finds nothing in the mock's own answers", async () => {
    const { client, findings, lines } = syscap("report");
    await client.prospects.get(ID);
    await client.prospects.list({ page: 1, pageSize: 10 });
    await client.prospects.listProspections(ID);
    expect(findings).toEqual([]);
    expect(lines.filter((l) => l.level === "warn")).toEqual([]);
  });

  it("checks documented error bodies too, and the call rejects with its ApiError as without validation", async () => {
    const { client, findings } = syscap("report", (body, _r, status) => (status === 404 ? { ...body, error: 404 } : body));
    const error = await client.prospects.get(ID, { headers: { Prefer: "code=404" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(findings.map((f) => [f.status, f.pointer, f.kind])).toEqual([[404, "/error", "type-mismatch"]]);
  });

  it("reports a status the operation does not document", async () => {
    const teapot: Fetch = async () => new Response(JSON.stringify({ message: "teapot" }), { status: 418, headers: { "content-type": "application/json" } });
    const findings: ValidationFinding[] = [];
    const client = createSyscapClient({
      baseUrl,
      token: CANARY.token,
      fetch: teapot,
      validation: responseValidation(specs.syscap, { onFinding: (f) => findings.push(f) }),
    });
    await expect(client.prospects.get(ID)).rejects.toMatchObject({ status: 418 });
    expect(findings).toEqual([
      {
        operationId: "getProspect",
        method: "GET",
        status: 418,
        pointer: "",
        kind: "undocumented-status",
        message: "status 418 is not documented for getProspect",
      },
    ]);
  });
});

describe("throw mode", () => {
  it("rejects with ResponseValidationError naming operation, status, pointer and kind, without a value, and does not retry", async () => {
    const { client, findings, lines, transport } = syscap("throw", plant);
    const error = await client.prospects.get(ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toBeInstanceOf(CrmSdkError);
    const thrown = error as ResponseValidationError;
    expect(sorted(thrown.findings)).toEqual(sorted(invalid.map((f) => ({ operationId: "getProspect", method: "GET", status: 200, ...f }))));
    expect([thrown.operationId, thrown.method, thrown.status]).toEqual(["getProspect", "GET", 200]);
    expect(thrown.message).toMatch(/^GET getProspect answered 200, which does not match the spec: /);
    expect(thrown.message).toContain("/data/id `id` on Prospect is required but absent");
    // a GET is retried on errors it may outgrow; a response the spec rejects is not one of them
    expect(transport.calls).toHaveLength(1);
    // undeclared properties (allowed by the lenient specs) are reported, not thrown
    expect(findings.map((f) => f.pointer).sort()).toEqual(["/data/api_key", "/data/nickname"]);
    expect(leaked({ error: thrown, findings: thrown.findings, message: thrown.message, reported: findings, lines })).toEqual([]);
  });

  it("lets a response that only adds properties through", async () => {
    const { client, findings } = syscap("throw", (body) => ({ data: { ...body.data, nickname: CANARY.text } }));
    await expect(client.prospects.get(ID)).resolves.toMatchObject({ nickname: CANARY.text });
    expect(findings.map((f) => [f.pointer, f.kind])).toEqual([["/data/nickname", "undeclared-property"]]);
  });

  it("checks a Centia result against the called method's schema, named by the qualified method", async () => {
    const transport = mockFetch(specs.centia);
    const companies: Edit = (body) => {
      if (!body.response?.companies) return body; // Auth.Login
      const { last_page: _, ...page } = body.response;
      return { ...body, response: { ...page, total: CANARY.text } };
    };
    const validation = responseValidation(specs.centia, { mode: "throw" });
    const centia = createCentiaClient({
      baseUrl: centiaUrl,
      email: "ana@correo.test",
      password: CANARY.password,
      fetch: drifted(transport, companies),
      validation,
    });
    const error = await centia.companies.list({ profile_id: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).findings.map(({ operationId, status, pointer, kind }) => ({ operationId, status, pointer, kind }))).toEqual([
      { operationId: "Companies.GetCompanies", status: 200, pointer: "/response/last_page", kind: "missing-required" },
      { operationId: "Companies.GetCompanies", status: 200, pointer: "/response/total", kind: "type-mismatch" },
    ]);
    expect(leaked(error)).toEqual([]);
  });

  it("passes every vendor's clean calls against the mock (how the contract suite uses it)", async () => {
    const options = <S extends object>(spec: S) => ({
      token: CANARY.token,
      fetch: mockFetch(spec as never),
      validation: responseValidation(spec as never, { mode: "throw" }),
    });
    const syscapClient = createSyscapClient({ baseUrl, ...options(specs.syscap) });
    await syscapClient.prospects.list();
    await syscapClient.prospects.get(ID);
    await syscapClient.prospects.listProspections(ID);
    const algebraix = createAlgebraixClient({ baseUrl: "https://algebraix.test", ...options(specs.algebraix) });
    await algebraix.prospects.list();
    await algebraix.prospects.get("WADFERF3");
    const leancore = createLeancoreClient(options(specs.leancore));
    await leancore.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" });
    const envia = createEnviaClient({ baseUrl: "https://envia.test", ...options(specs.envia) });
    await envia.prospects.list({ page: 1, pageSize: 25 });
    await envia.prospects.get(1042);
    const { token: _, ...centiaOptions } = options(specs.centia);
    const centia = createCentiaClient({ ...centiaOptions, baseUrl: centiaUrl, email: "ana@correo.test", password: CANARY.password });
    await centia.profiles.list();
    await centia.companies.list({ profile_id: 1 });
    await centia.call("Companies.GetTypes", { profile_id: 1 });
  });
});

describe("values: true", () => {
  it("puts the offending values in findings, keeps credential-named properties redacted, and never logs a value", async () => {
    const { client, findings, lines } = syscap("report", plant, true);
    await client.prospects.get(ID);
    const byPointer = Object.fromEntries(findings.map((f) => [f.pointer, f]));
    expect(byPointer["/data/email"]).toMatchObject({ value: CANARY.email, message: `\`email\` on Prospect breaks \`format: email\`: "${CANARY.email}"` });
    expect(byPointer["/data/sequential_id"]?.value).toBe(CANARY.text);
    expect(byPointer["/data/api_key"]).toMatchObject({ value: "[redacted]", message: '`api_key` (string) is not declared on Prospect: "[redacted]"' });
    expect(byPointer["/data/id"]).not.toHaveProperty("value");
    expect(leaked(findings, [CANARY.secret])).toEqual([]);
    expect(leaked(lines)).toEqual([]);
  });
});

describe("off mode", () => {
  it("returns the transport itself: nothing is read or checked", async () => {
    const transport: Fetch = async () => new Response("{}");
    expect(responseValidation(specs.syscap, { mode: "off" }).wrap(transport, { logger: undefined })).toBe(transport);
    const { client, findings, lines } = syscap("off", plant);
    await expect(client.prospects.get(ID)).resolves.toMatchObject({ sequential_id: CANARY.text });
    expect(findings).toEqual([]);
    expect(lines.filter((l) => l.level === "warn")).toEqual([]);
  });
});

describe("options", () => {
  it("refuses an unknown mode or a spec that is not an OpenAPI document, naming the option", () => {
    expect(() => responseValidation(specs.syscap, { mode: "loud" as never })).toThrow(InvalidOptionsError);
    expect(() => responseValidation(specs.syscap, { mode: "loud" as never })).toThrow('validation mode must be "off", "report" or "throw"');
    expect(() => responseValidation({} as never)).toThrow("responseValidation needs an OpenAPI document");
  });
});
