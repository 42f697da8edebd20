import { createRequire } from "node:module";
import { expect, it } from "vitest";

// The CommonJS build, as `require("@crm-sdk/leancore")` loads it in a user's CJS project.
const require = createRequire(import.meta.url);

it("works through require() (CJS build)", async () => {
  const { createLeancoreClient, NotFoundError } = require("../dist/index.cjs") as typeof import("../src/index.js");
  const fetch = async (input: RequestInfo | URL) =>
    new URL(input instanceof Request ? input.url : input).searchParams.get("ecosystem") === "missing"
      ? Response.json({ message: "Not Found" }, { status: 404 })
      : Response.json([{ id: "1", name: "Ana" }]);
  const leancore = createLeancoreClient({ token: "t", fetch: fetch as typeof globalThis.fetch, baseUrl: "https://leancore.test", maxRetries: 0 });
  await expect(leancore.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" })).resolves.toMatchObject({ items: [{ id: "1", name: "Ana" }] });
  // A 404 from the CJS client is an instance of the CJS build's own error class, so `instanceof` works in a CJS project.
  const error = await leancore.leads.list({ ecosystem: "missing" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error).toMatchObject({ status: 404, body: { message: "Not Found" } });
});
