import { createRequire } from "node:module";
import { expect, it } from "vitest";

// The CommonJS build, as `require("@crm-sdk/leancore")` loads it in a user's CJS project.
const require = createRequire(import.meta.url);

it("works through require() (CJS build)", async () => {
  const { createLeancoreClient, NotFoundError } = require("../dist/index.cjs") as typeof import("../src/index.js");
  const fetch = async () => Response.json([{ id: "1", name: "Ana" }]);
  const leancore = createLeancoreClient({ token: "t", fetch: fetch as typeof globalThis.fetch, baseUrl: "https://leancore.test" });
  await expect(leancore.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" })).resolves.toMatchObject({ items: [{ id: "1", name: "Ana" }] });
  const missing = createLeancoreClient({
    token: "t",
    maxRetries: 0,
    baseUrl: "https://leancore.test",
    fetch: async () => Response.json({ message: "no" }, { status: 404 }),
  });
  const error = await missing.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as InstanceType<typeof NotFoundError>).status).toBe(404);
});
