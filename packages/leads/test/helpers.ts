import algebraixSpec from "@crm-sdk/algebraix/openapi.json" with { type: "json" };
import centiaSpec from "@crm-sdk/centia/openapi.json" with { type: "json" };
import enviaSpec from "@crm-sdk/envia/openapi.json" with { type: "json" };
import leancoreSpec from "@crm-sdk/leancore/openapi.json" with { type: "json" };
import { createMock, type Mock } from "@crm-sdk/mock";
import syscapSpec from "@crm-sdk/syscap/openapi.json" with { type: "json" };
import { createLeadsClient, type LeadsClient, type LeadVendor } from "../src/index.js";

export const specs = { algebraix: algebraixSpec, syscap: syscapSpec, leancore: leancoreSpec, envia: enviaSpec, centia: centiaSpec };
export const ECOSYSTEM = "fd3705e1-3149-4c41-bfe7-cf0bee79cfad";
/** What each vendor needs beside `baseUrl` and `token`. */
export const extra = { algebraix: {}, syscap: {}, leancore: { ecosystem: ECOSYSTEM }, envia: {}, centia: { profileId: 1 } } as const;

/** A request as it was sent: method, URL and body text. */
export type Sent = { method: string; url: string; body: string | undefined };
export type Fetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** A leads client of `vendor` against the spec-driven mock (stateful on request), counting the requests it sends. */
export function mocked<V extends LeadVendor>(vendor: V, { stateful = false, wrap }: { stateful?: boolean; wrap?: (fetch: Fetch) => Fetch } = {}) {
  const mock: Mock = createMock(specs[vendor], { stateful });
  const requests: Sent[] = [];
  const base: Fetch = async (request, init) => {
    requests.push({ method: request.method, url: request.url, body: request.body ? await request.clone().text() : undefined });
    return mock.fetch(request, init);
  };
  const options = { vendor, baseUrl: `https://${vendor}.test`, token: "test-token", maxRetries: 0, fetch: wrap ? wrap(base) : base, ...extra[vendor] };
  const leads = createLeadsClient(options as never) as LeadsClient<V>;
  return { leads, mock, requests };
}

/** The JSON answer of a stub `fetch`, for answers the mock cannot give (the spec's examples are all it has). */
export const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
