// This file is the "Testing with @crm-sdk/mock" example of the root README.md, verbatim between
// the markers; readme-sync.test.ts fails if the two drift apart.
// readme:start
import { createMock, type MockErrorBody } from "@crm-sdk/mock";
import { createHandlers } from "@crm-sdk/mock/msw";
import { BadRequestError, createSyscapClient } from "@crm-sdk/syscap";
import spec from "@crm-sdk/syscap/openapi.json" with { type: "json" };
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const baseUrl = "https://syscap.test";
const mock = createMock(spec, { stateful: true }); // create, then read back
const server = setupServer(...createHandlers(mock, { baseUrl }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.reset());
afterAll(() => server.close());

const syscap = createSyscapClient({ baseUrl, token: "test-token" });

it("creates a prospect and reads it back", async () => {
  const created = await syscap.prospects.create({ prospect: { name: "Ana", lastname: "Ruiz", email: "ana@example.com" } });
  const again = await syscap.prospects.get(created.id);
  expect(again.name).toBe("Ana");
});

it("answers a request the spec rejects with the vendor's 400", async () => {
  const error: unknown = await syscap.prospects.create({ prospect: { name: "Ana", lastname: "Ruiz", email: "not-an-email" } }).catch((e) => e);
  if (!(error instanceof BadRequestError)) throw error;
  const body = error.body as MockErrorBody; // the mock's 400 names each violation
  expect(body.violations[0]?.pointer).toBe("/prospect/email");
});
// readme:end
