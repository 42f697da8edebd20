import { describe, expect, it } from "vitest";
import type { Middleware } from "../src/index.js";
import { json, scriptedFetch, testClient } from "./helpers.js";

describe("openapi-fetch middleware", () => {
  it("runs on every attempt and can add headers", async () => {
    const seen: { auth: string | null; attempt: number }[] = [];
    let attempt = 0;
    const tracing: Middleware = {
      onRequest({ request }) {
        seen.push({ auth: request.headers.get("authorization"), attempt: ++attempt });
        request.headers.set("x-trace", `t${attempt}`);
        return request;
      },
    };
    const { fetch, requests } = scriptedFetch([json({}, 503), json({ id: "1" })]);
    await expect(testClient(fetch, { middleware: [tracing] }).get("1")).resolves.toEqual({ id: "1" });
    expect(seen).toEqual([
      { auth: "Bearer tok-CANARY-123456", attempt: 1 },
      { auth: "Bearer tok-CANARY-123456", attempt: 2 },
    ]);
    expect(requests.map((r) => [r.headers.get("x-trace"), r.headers.get("authorization")])).toEqual([
      ["t1", "Bearer tok-CANARY-123456"],
      ["t2", "Bearer tok-CANARY-123456"],
    ]);
  });

  it("sees every response", async () => {
    const statuses: number[] = [];
    const { fetch } = scriptedFetch([json({ id: "1" }, 200)]);
    await testClient(fetch, { middleware: [{ onResponse: ({ response }) => void statuses.push(response.status) }] }).get("1");
    expect(statuses).toEqual([200]);
  });

  it("client headers are sent, and a call's headers win over them", async () => {
    const { fetch, requests } = scriptedFetch([json({ id: "1" })]);
    const client = testClient(fetch, { headers: { "x-app": "crm", "x-env": "prod" } });
    await client.get("1", { headers: { "x-env": "staging" } });
    expect([requests[0]?.headers.get("x-app"), requests[0]?.headers.get("x-env")]).toEqual(["crm", "staging"]);
  });
});
