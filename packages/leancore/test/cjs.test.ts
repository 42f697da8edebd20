import { createRequire } from "node:module";
import { expect, it } from "vitest";

// The CommonJS build, as `require("@crm-sdk/leancore")` loads it in a user's CJS project.
const require = createRequire(import.meta.url);

it("works through require() (CJS build)", async () => {
  const { createLeancoreClient, NotFoundError } = require("../dist/index.cjs") as typeof import("../src/index.js");
  const fetch = async () => Response.json([{ id: "1", name: "Ana" }]);
  const leancore = createLeancoreClient({ token: "t", fetch: fetch as typeof globalThis.fetch, baseUrl: "https://leancore.test" });
  await expect(leancore.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" })).resolves.toEqual([{ id: "1", name: "Ana" }]);
  expect(new NotFoundError({ status: 404, body: undefined, rawBody: "", method: "GET", url: "https://x.test", headers: new Headers() }).status).toBe(404);
});
