import { readBundledSpec } from "@crm-sdk/spec-tools";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, BadRequestError, createLeancoreClient } from "../src/index.js";

const LEANCORE_BASE_URL = "https://api.leancore.co"; // the production server the docs give, and the default

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
    const page = await leancore.leads.list({ ecosystem: ECOSYSTEM });
    expect(page.items).toEqual(leadsExample);
    expect(page).toMatchObject({ page: 1, lastPage: 1, total: leadsExample.length });
    expect(page.items[0]?.nit).toBe("string");
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
    await expect(leancore.leads.list({ ecosystem: ECOSYSTEM })).resolves.toMatchObject({ items: [], total: 0 });
    expect(calls).toEqual([`http://leancore.test/api/lead?ecosystem=${ECOSYSTEM}`]);
  });
});

describe("error classes", () => {
  it("LeanCore's classes match LeanCore's errors, and core's generic classes match them too", async () => {
    const core = await import("@crm-sdk/core");
    const { AuthenticationError: LeancoreAuth, ApiError } = await import("../src/index.js");
    const error = await createLeancoreClient({ token: "wrong", maxRetries: 0 })
      .leads.list({ ecosystem: ECOSYSTEM })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeancoreAuth);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(core.AuthenticationError);
    expect(error).not.toBeInstanceOf(core.NotFoundError);
  });
});
