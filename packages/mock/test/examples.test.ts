// Every operation of every vendor, sent a minimal valid request built from the spec's own examples,
// is answered 2xx with a body that validates against the operation's response schema.
import { describe, expect, it } from "vitest";
import { createMock } from "../src/index.js";
import { AUTH, expectValid, responseSchemaRef, sampleRequests, VENDOR_IDS, vendor } from "./helpers.js";

describe.each(VENDOR_IDS)("%s: every operation answers its example", (id) => {
  const v = vendor(id);
  const mock = createMock(v.spec);
  const requests = sampleRequests(v);

  it("covers every operation of the spec", () => {
    expect(new Set(requests.map((r) => r.op.operationId)).size).toBe(v.ops.length);
  });

  it.each(requests.map((r) => [r.name, r] as const))("%s", async (_, request) => {
    const res = await mock.handle({ method: request.op.method, url: request.url, headers: AUTH, body: request.body });
    expect(res.status, res.body).toBeGreaterThanOrEqual(200);
    expect(res.status, res.body).toBeLessThan(300);
    if (res.status === 204) {
      expect(res.body).toBeUndefined();
      return;
    }
    const body = expectValid(v, responseSchemaRef(request.op, res.status), res);
    if (request.example !== undefined) {
      // RPC (Centia): the answer is the example named after the method, a success.
      const media = request.op.operation.responses[String(res.status)].content["application/json"];
      expect(body).toEqual(media.examples[request.example].value);
      expect(body.success).toBe(true);
    }
  });
});
