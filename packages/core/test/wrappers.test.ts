import { describe, expect, it } from "vitest";
import { CrmSdkError, type Fetch, type FetchWrapper, type LogFields } from "../src/index.js";

/** What a validation wrapper throws (`@crm-sdk/drift` has the real one). */
class ResponseValidationError extends CrmSdkError {
  constructor(readonly findings: unknown[]) {
    super("GET getThing answered 200, which does not match the spec: /id must be string");
  }
}

import { json, scriptedFetch, testClient } from "./helpers.js";

/** A wrapper that notes the order it sees each attempt in. */
const tracing = (name: string, seen: string[], context: unknown[] = []): FetchWrapper => ({
  wrap: (next: Fetch, ctx) => {
    context.push(ctx);
    return async (request, init) => {
      seen.push(`${name}:${request.method}`);
      return next(request, init);
    };
  },
});

describe("validation and recorder wrap the transport", () => {
  it("the recorder sits next to the transport, validation around it; both see every attempt", async () => {
    const seen: string[] = [];
    const { fetch, requests } = scriptedFetch([json({}, 503), json({ id: "1" })]);
    await testClient(fetch, { recorder: tracing("recorder", seen), validation: tracing("validation", seen) }).get("1");
    expect(seen).toEqual(["validation:GET", "recorder:GET", "validation:GET", "recorder:GET"]);
    expect(requests).toHaveLength(2);
  });

  it("they are given the client's logger", async () => {
    const contexts: unknown[] = [];
    const logger = { debug() {}, info() {}, warn(_: string, __: LogFields) {} };
    testClient(scriptedFetch([json({})]).fetch, { validation: tracing("v", [], contexts), logger });
    expect(contexts).toEqual([{ logger }]);
  });

  it("a ResponseValidationError thrown by validation rejects the call as it is, and is not retried", async () => {
    const findings = [{ operationId: "getThing", method: "GET", status: 200, pointer: "/id", kind: "type-mismatch", message: "must be string" }];
    const validation: FetchWrapper = {
      wrap: (next) => async (request, init) => {
        await next(request, init);
        throw new ResponseValidationError(findings);
      },
    };
    const { fetch, requests } = scriptedFetch([json({ id: 1 })]);
    const error = await testClient(fetch, { validation })
      .get("1")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).findings).toEqual(findings);
    expect((error as Error).message).toBe("GET getThing answered 200, which does not match the spec: /id must be string");
    expect(requests).toHaveLength(1);
  });
});

describe("an SDK error from another copy of core", () => {
  it("passes through as it is and is not retried (a CommonJS and an ES module copy can meet)", async () => {
    const foreign = Object.assign(new Error("from another copy"), { [Symbol.for("crm-sdk.error")]: true });
    const validation: FetchWrapper = {
      wrap: () => async () => {
        throw foreign;
      },
    };
    const { fetch } = scriptedFetch([json({ id: "1" })]);
    await expect(testClient(fetch, { validation }).get("1")).rejects.toBe(foreign);
  });
});
