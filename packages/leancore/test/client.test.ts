import { readBundledSpec } from "@crm-sdk/spec-tools";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, BadRequestError, createLeancoreClient, LEANCORE_BASE_URL } from "../src/index.js";

const spec = readBundledSpec("leancore");
const leadsExample = spec.paths["/lead"].get.responses["200"].content["application/json"].example;
const ECOSYSTEM = "fd3705e1-3149-4c41-bfe7-cf0bee79cfad";
const TOKEN = "canary-token-9f8e7d";

const seen: Request[] = [];
const server = setupServer(
  http.get(`${LEANCORE_BASE_URL}/lead`, ({ request }) => {
    seen.push(request.clone());
    if (request.headers.get("authorization") !== `Bearer ${TOKEN}`) return HttpResponse.json({ message: "Unauthorized" }, { status: 401 });
    const ecosystem = new URL(request.url).searchParams.get("ecosystem");
    if (ecosystem !== ECOSYSTEM) return HttpResponse.json({ message: "ecosystem must be a valid UUID" }, { status: 400 });
    return HttpResponse.json(leadsExample);
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  seen.length = 0;
});
afterAll(() => server.close());

describe("createLeancoreClient", () => {
  it("lists an ecosystem's leads with the bearer token and the ecosystem query parameter", async () => {
    const leancore = createLeancoreClient({ token: TOKEN });
    const leads = await leancore.leads.list({ ecosystem: ECOSYSTEM });
    expect(leads).toEqual(leadsExample);
    expect(leads[0]?.nit).toBe("string");
    expect(seen).toHaveLength(1);
    expect(new URL(seen[0]!.url).pathname).toBe("/lead");
    expect(new URL(seen[0]!.url).searchParams.get("ecosystem")).toBe(ECOSYSTEM);
  });

  it("throws AuthenticationError on a wrong token, without the token in the error", async () => {
    const leancore = createLeancoreClient({ token: "wrong-token-123", maxRetries: 0 });
    const error = await leancore.leads.list({ ecosystem: ECOSYSTEM }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).body).toEqual({ message: "Unauthorized" });
    expect(String(error)).not.toContain("wrong-token-123");
    expect(JSON.stringify(error)).not.toContain("wrong-token-123");
  });

  it("throws BadRequestError naming the vendor's message for a bad ecosystem", async () => {
    const leancore = createLeancoreClient({ token: TOKEN });
    const error = await leancore.leads.list({ ecosystem: "not-a-uuid" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(String(error)).toContain("ecosystem must be a valid UUID");
    expect(seen).toHaveLength(1); // 400 is not retried
  });

  it("honours a custom baseUrl and fetch", async () => {
    const calls: string[] = [];
    const leancore = createLeancoreClient({
      token: TOKEN,
      baseUrl: "http://leancore.test/api/",
      fetch: async (input) => {
        calls.push((input as Request).url);
        return Response.json([]);
      },
    });
    await expect(leancore.leads.list({ ecosystem: ECOSYSTEM })).resolves.toEqual([]);
    expect(calls).toEqual([`http://leancore.test/api/lead?ecosystem=${ECOSYSTEM}`]);
  });
});

describe("error classes", () => {
  it("are core's own classes, typed for LeanCore: instanceof works across packages", async () => {
    const core = await import("@crm-sdk/core");
    const { NotFoundError, ApiError } = await import("../src/index.js");
    expect(NotFoundError).toBe(core.NotFoundError);
    expect(ApiError).toBe(core.ApiError);
  });
});
