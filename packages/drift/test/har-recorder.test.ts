// harRecorder() as a client option of the real vendor clients, against @crm-sdk/mock: every
// attempt is recorded as HAR 1.2 that a standard consumer accepts (the HAR JSON Schema,
// `har-schema`) and that the drift CLI reads, with the Authorization header, cookies, token-like
// query parameters, and Centia's password and token removed.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ConnectionError, type Fetch } from "@crm-sdk/core";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { createCentiaClient } from "../../centia/dist/index.js";
import { createSyscapClient } from "../../syscap/dist/index.js";
import { findDrift, type HarEntry, harRecorder, parseHar, ResponseValidationError, responseValidation } from "../src/index.js";
import { tempDir } from "./har-builder.js";
import { runBin } from "./helpers.js";
import { CANARY, drifted, type Edit, leaked, mockFetch, specs } from "./live.js";

const baseUrl = "https://syscap.test";
const centiaUrl = "https://centia.test/api/v1";
const ID = "3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13";
const header = (entry: HarEntry | undefined, side: "request" | "response", name: string) =>
  entry?.[side].headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);

/** The HAR 1.2 JSON Schema (`har-schema`, draft-06), as har-validator and other consumers check it. */
function harSchemaErrors(har: unknown) {
  const require = createRequire(import.meta.url);
  const schemas = require("har-schema") as Record<string, object>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json"));
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const validate = ajv.getSchema("har.json#");
  if (!validate) throw new Error("har-schema has no har.json");
  validate(har);
  return validate.errors ?? [];
}

/** Centia through the mock, its Auth.Login answered with the canary token. */
function centiaClient(recorder: ReturnType<typeof harRecorder>, extra: { validation?: ReturnType<typeof responseValidation> } = {}) {
  const loginToken: Edit = (body) => (body.response?.token ? { ...body, response: { ...body.response, token: CANARY.loginToken } } : body);
  return createCentiaClient({
    baseUrl: centiaUrl,
    email: "ana@correo.test",
    password: CANARY.password,
    fetch: drifted(mockFetch(specs.centia), loginToken),
    recorder,
    ...extra,
  });
}

describe("what is recorded", () => {
  it("records each attempt's request and response, with credentials removed", async () => {
    const seen: HarEntry[] = [];
    const recorder = harRecorder({ onEntry: (entry) => seen.push(entry) });
    const transport = drifted(mockFetch(specs.syscap), (body) => body, { "set-cookie": `sid=${CANARY.cookie}; HttpOnly` });
    const syscap = createSyscapClient({
      baseUrl,
      token: CANARY.token,
      fetch: transport,
      recorder,
      headers: { cookie: `sid=${CANARY.cookie}`, "x-api-key": CANARY.secret },
    });
    await syscap.prospects.get(ID);
    // a token in the query (the mock refuses the unknown parameter: recorded all the same)
    await expect(syscap.raw.GET("/prospects", { params: { query: { page: 1, access_token: CANARY.token } as never } })).rejects.toMatchObject({ status: 400 });

    expect(recorder.entries).toHaveLength(2);
    expect(seen).toEqual(recorder.entries);
    const [get, listed] = recorder.entries;
    expect(get?.request).toMatchObject({ method: "GET", url: `${baseUrl}/prospects/${ID}`, queryString: [], bodySize: 0 });
    expect(header(get, "request", "authorization")).toEqual(["Bearer [redacted]"]);
    expect(header(get, "request", "cookie")).toEqual(["[redacted]"]);
    expect(header(get, "request", "x-api-key")).toEqual(["[redacted]"]);
    expect(header(get, "response", "set-cookie")).toEqual(["[redacted]"]);
    expect(get?.response).toMatchObject({ status: 200, content: { mimeType: "application/json" } });
    expect(JSON.parse(get?.response.content.text ?? "").data.id).toBeTypeOf("string");
    expect(get?.response.content.size).toBe(Buffer.byteLength(get?.response.content.text ?? ""));
    expect(get?.timings.wait).toBeGreaterThanOrEqual(0);
    const { send = -1, wait = -1, receive = -1 } = get?.timings ?? {};
    expect(get?.time).toBeCloseTo(send + wait + receive, 2);
    expect(Date.parse(get?.startedDateTime ?? "")).not.toBeNaN();
    expect(listed?.request.url).toBe(`${baseUrl}/prospects?page=1&access_token=%5Bredacted%5D`);
    expect(listed?.request.queryString).toEqual([
      { name: "page", value: "1" },
      { name: "access_token", value: "[redacted]" },
    ]);
    expect(listed?.response.status).toBe(400);
    expect(leaked(recorder.har())).toEqual([]);
  });

  it("removes Centia's password from Auth.Login and the token from its answer", async () => {
    const recorder = harRecorder();
    const centia = centiaClient(recorder);
    await centia.companies.list({ profile_id: 1 });
    const [login, call] = recorder.entries;
    expect(JSON.parse(login?.request.postData?.text ?? "")).toEqual({ method: "Login", parameters: { email: "ana@correo.test", password: "[redacted]" } });
    expect(JSON.parse(login?.response.content.text ?? "").response.token).toBe("[redacted]");
    expect(header(call, "request", "authorization")).toEqual(["Bearer [redacted]"]);
    expect(JSON.parse(call?.request.postData?.text ?? "")).toEqual({ method: "GetCompanies", parameters: { profile_id: 1, page: 1, pagination: 100 } });
    expect(leaked(recorder.har())).toEqual([]);
  });

  it("records every attempt of a retried call, and an attempt that got no response", async () => {
    const recorder = harRecorder();
    const flaky = mockFetch(specs.syscap, { faults: ({ count }) => (count === 1 ? { status: 503, headers: { "retry-after": "0" } } : undefined) });
    await createSyscapClient({ baseUrl, token: CANARY.token, fetch: flaky, recorder }).prospects.get(ID);
    expect(recorder.entries.map((e) => e.response.status)).toEqual([503, 200]);

    const refused: Fetch = async () => {
      throw new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ECONNREFUSED ${CANARY.text}`), { code: "ECONNREFUSED" }) });
    };
    const down = createSyscapClient({ baseUrl, token: CANARY.token, fetch: refused, recorder, maxRetries: 0 });
    await expect(down.prospects.get(ID)).rejects.toBeInstanceOf(ConnectionError);
    const failed = recorder.entries[2];
    expect(failed?.response).toMatchObject({ status: 0, _error: "TypeError (ECONNREFUSED)" });
    expect(leaked(recorder.har())).toEqual([]);
  });

  it("records a response that failed validation (the recorder sits next to the transport)", async () => {
    const recorder = harRecorder();
    const plant: Edit = (body) => {
      const { id: _, ...rest } = body.data;
      return { data: { ...rest, sequential_id: CANARY.text } };
    };
    const syscap = createSyscapClient({
      baseUrl,
      token: CANARY.token,
      fetch: drifted(mockFetch(specs.syscap), plant),
      recorder,
      validation: responseValidation(specs.syscap, { mode: "throw" }),
    });
    await expect(syscap.prospects.get(ID)).rejects.toBeInstanceOf(ResponseValidationError);
    expect(recorder.entries).toHaveLength(1);
    // values are recorded by default: the drift report sees what came
    const report = findDrift(specs.syscap, parseHar(JSON.stringify(recorder.har()), "recorded.har"));
    expect(report.findings.map((f) => [f.operationId, f.status, f.pointer, f.kind])).toEqual([
      ["getProspect", 200, "/data/id", "missing-required"],
      ["getProspect", 200, "/data/sequential_id", "type-mismatch"],
    ]);
  });

  it("records binary bodies as base64", async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 128]);
    const recorder = harRecorder();
    const fetch = recorder.wrap(async () => new Response(bytes, { headers: { "content-type": "image/png" } }), { logger: undefined });
    await fetch(new Request("https://files.test/logo.png"));
    const content = recorder.entries[0]?.response.content;
    expect(content).toMatchObject({ mimeType: "image/png", size: 7, encoding: "base64" });
    expect([...Buffer.from(content?.text ?? "", "base64")]).toEqual([...bytes]);
  });

  it("with values: false, keeps no body, only its size and media type", async () => {
    const recorder = harRecorder({ values: false });
    const syscap = createSyscapClient({
      baseUrl,
      token: CANARY.token,
      fetch: drifted(mockFetch(specs.syscap), (body) => ({ data: { ...body.data, name: CANARY.text } })),
      recorder,
    });
    await syscap.prospects.get(ID);
    const entry = recorder.entries[0];
    expect(entry?.response.content).not.toHaveProperty("text");
    expect(entry?.response.content.size).toBeGreaterThan(0);
    expect(leaked(recorder.har())).toEqual([]);
  });
});

describe("the HAR it writes", () => {
  it("is valid HAR 1.2 (har-schema) with the recorder as its creator", async () => {
    const recorder = harRecorder();
    await centiaClient(recorder).companies.list({ profile_id: 1 });
    const refused: Fetch = async () => {
      throw new TypeError("fetch failed");
    };
    await createSyscapClient({ baseUrl, token: CANARY.token, fetch: refused, recorder, maxRetries: 0 })
      .prospects.get(ID)
      .catch(() => undefined);
    const har = recorder.har();
    expect(har.log.version).toBe("1.2");
    expect(har.log.creator.name).toBe("@crm-sdk/drift");
    expect(har.log.entries).toHaveLength(3);
    for (const entry of har.log.entries) expect(Object.keys(entry)).toEqual(["startedDateTime", "time", "request", "response", "cache", "timings"]);
    expect(harSchemaErrors(har)).toEqual([]);
    // the check itself rejects what is not HAR
    expect(harSchemaErrors({ log: { version: "1.2", entries: [{}] } }).length).toBeGreaterThan(0);
  });

  it("is read by the drift CLI: no finding on clean traffic of Syscap and Centia, and no credential printed", async () => {
    const dir = tempDir();
    const syscapRecorder = harRecorder();
    const syscap = createSyscapClient({ baseUrl, token: CANARY.token, fetch: mockFetch(specs.syscap), recorder: syscapRecorder });
    await syscap.prospects.list({ page: 1, pageSize: 10 });
    await syscap.prospects.get(ID);
    await syscap.prospects.listProspections(ID);
    const syscapFile = join(dir, "syscap.har");
    await syscapRecorder.save(syscapFile);

    const centiaRecorder = harRecorder();
    const centia = centiaClient(centiaRecorder);
    await centia.profiles.list();
    await centia.companies.list({ profile_id: 1 });
    await centia.call("Companies.GetTypes", { profile_id: 1 });
    const centiaFile = join(dir, "centia.har");
    await centiaRecorder.save(centiaFile);
    expect(JSON.parse(readFileSync(centiaFile, "utf8"))).toEqual(centiaRecorder.har());

    for (const [vendor, file, entries] of [
      ["syscap", syscapFile, 3],
      ["centia", centiaFile, 4],
    ] as const) {
      const json = runBin([vendor, file, "--json", "--values"]);
      expect(JSON.parse(json.stdout), vendor).toEqual({ findings: [] });
      expect(json.code).toBe(0);
      const human = runBin([vendor, file]);
      expect(human.stdout).toContain(`${entries} entries from 1 HAR file; ${entries} matched`);
      expect(human.stdout).toContain("no drift: the traffic agrees with the spec");
      expect(leaked([json, human])).toEqual([]);
    }
  });

  it("without values, is still read by the CLI: no body to check, and no request body reported missing", async () => {
    const recorder = harRecorder({ values: false });
    const centia = centiaClient(recorder);
    await centia.companies.list({ profile_id: 1 });
    const file = join(tempDir(), "no-values.har");
    await recorder.save(file);
    const result = runBin(["centia", file, "--json"]);
    expect(JSON.parse(result.stdout)).toEqual({ findings: [] });
    expect(result.code).toBe(0);
  });
});
