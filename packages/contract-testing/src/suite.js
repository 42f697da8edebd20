import { responseValidation } from "@crm-sdk/drift";
import { listOperations, readBundledSpec } from "@crm-sdk/spec-tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationIds, recordingFetch, startOurMock, startPrism, unwrapsTo } from "./index.js";

// A call takes well under a second; the limit only stops a hung one (Prism on a slow CI machine
// answers a paged walk in a few seconds).
const CALL_TIMEOUT_MS = 30_000;

/**
 * Registers the contract suite of one vendor: every call in `calls` (one per operationId of the
 * spec, plus optional `extra` calls) runs through the vendor client against our mock and against
 * Prism. A request either server rejects fails its test; an operation no call reached fails the
 * suite. Each answer is validated against the spec (response validation in throw mode, and any
 * other finding, an undeclared property included, fails the call too), and what the call resolved
 * to must be the served example after the wrapper's unwrapping.
 */
export function contractSuite({ vendor, createClient, calls, extra = {} }) {
  const spec = readBundledSpec(vendor);
  const servers = { "@crm-sdk/mock": startOurMock, "Stoplight Prism": startPrism };
  for (const [name, start] of Object.entries(servers)) {
    describe(`${vendor} contract against ${name}`, () => {
      let server;
      let recorder;
      let client;
      const findings = [];
      /** What calls may use to check results of their own: the last body served for an operation. */
      const context = { served: (operationId) => recorder.bodies.get(operationId), unwrapsTo };
      beforeAll(async () => {
        server = await start(vendor);
        recorder = recordingFetch(spec);
        const validation = responseValidation(spec, { mode: "throw", onFinding: (f) => findings.push(f) });
        client = createClient({ baseUrl: server.url, fetch: recorder.fetch, maxRetries: 0, validation });
      }, 120_000);
      afterAll(() => server?.close());

      it("has one call for every operation of the spec", () => {
        expect(Object.keys(calls).sort()).toEqual(operationIds(spec).sort());
      });
      it.each(Object.keys(calls))(
        "%s",
        async (operationId) => {
          findings.length = 0;
          const value = await calls[operationId](client, context);
          expect(recorder.exercised).toContain(operationId);
          expect(findings, `${operationId}: the answer disagrees with the spec`).toEqual([]);
          const served = recorder.bodies.get(operationId);
          expect(unwrapsTo(value, served), `${operationId}: the result is not the served example after unwrapping`).toBe(true);
        },
        CALL_TIMEOUT_MS,
      );
      for (const [label, call] of Object.entries(extra)) {
        it(
          label,
          async () => {
            findings.length = 0;
            await call(client, context);
            expect(findings, `${label}: an answer disagrees with the spec`).toEqual([]);
          },
          CALL_TIMEOUT_MS,
        );
      }
      it("exercised every operation of the spec, with no violation reported", () => {
        expect([...operationIds(spec)].filter((id) => !recorder.exercised.has(id))).toEqual([]);
        expect(recorder.violations).toEqual([]);
      });
    });
  }
}

/** Resolves a dotted method path (`prospects.list`) on a client object. */
const resolveMethod = (client, dotted) => dotted.split(".").reduce((node, key) => node?.[key], client);

/**
 * Registers the coverage check of one vendor: `operationMethods` names a client method for every
 * operation of the spec (no more, no fewer), and each named method exists on a real client.
 */
export function coverageSuite({ vendor, client, operationMethods }) {
  const operations = listOperations(readBundledSpec(vendor));
  describe(`every operation of the ${vendor} spec has a client method`, () => {
    it.each(operations.map((op) => [op.operationId, op.method.toUpperCase(), op.path]))("%s (%s %s)", (operationId) => {
      const method = operationMethods[operationId];
      expect(method, `no wrapper method is mapped for ${operationId}`).toBeTypeOf("string");
      expect(resolveMethod(client, method), `client.${method} is not a function`).toBeTypeOf("function");
    });
    it("maps no operation the spec does not have", () => {
      expect(Object.keys(operationMethods).sort()).toEqual(operations.map((op) => op.operationId).sort());
    });
  });
}
