// The maintainer's loop, end to end: a vendor drifts (the mock serves a drifted variant: a field
// left out, one added, one retyped, an undocumented status), the client records its traffic with
// harRecorder(), and the CLI finds exactly the planted drifts, and nothing on clean traffic.
import { join } from "node:path";
import { createMock, type DriftPlan } from "@crm-sdk/mock";
import { describe, expect, it } from "vitest";
import { createSyscapClient } from "../../syscap/dist/index.js";
import syscapSpec from "../../syscap/openapi.json" with { type: "json" };
import { harRecorder } from "../src/index.js";
import { tempDir } from "./har-builder.js";
import { runBin } from "./helpers.js";

const ID = "prospect-uuid";

/** Records one session of Syscap calls against the mock (with `drift`, if given) and returns the CLI's JSON findings and exit code. */
async function session(drift?: DriftPlan) {
  const recorder = harRecorder();
  const syscap = createSyscapClient({ baseUrl: "https://syscap.test", token: "t", fetch: createMock(syscapSpec, { drift }).fetch, recorder, maxRetries: 0 });
  await syscap.prospects.get(ID);
  await syscap.prospects.listProspections(ID);
  await syscap.prospects.list({ pageSize: 5 }).catch(() => undefined); // 418 when drifted
  const file = join(tempDir(), "traffic.har");
  await recorder.save(file);
  const { code, stdout } = await runBin(["syscap", file, "--json"]);
  return {
    code,
    findings: (JSON.parse(stdout) as { findings: { operationId: string; status: number; pointer: string; kind: string; count: number }[] }).findings,
  };
}

describe("recorded traffic from a drifted vendor", () => {
  it("clean traffic: no findings, exit 0", async () => {
    expect(await session()).toEqual({ code: 0, findings: [] });
  });

  it("drifted traffic: exactly the planted drifts, exit 1", async () => {
    const { code, findings } = await session({
      getProspect: { remove: ["/data/id"], set: { "/data/nickname": "Anita", "/data/sequential_id": "one" } },
      listProspects: { status: 418 },
    });
    expect(code).toBe(1);
    const found = findings.map(({ operationId, status, pointer, kind, count }) => ({ operationId, status, pointer, kind, count }));
    expect(found).toEqual(
      expect.arrayContaining([
        { operationId: "getProspect", status: 200, pointer: "/data/id", kind: "missing-required", count: 1 },
        { operationId: "getProspect", status: 200, pointer: "/data/nickname", kind: "undeclared-property", count: 1 },
        { operationId: "getProspect", status: 200, pointer: "/data/sequential_id", kind: "type-mismatch", count: 1 },
        { operationId: "listProspects", status: 418, pointer: "", kind: "undocumented-status", count: 1 },
      ]),
    );
    expect(found).toHaveLength(4);
  });
});
