// leads.list() over the vendors' paginators: with `concurrency`, up to that many pages in flight
// once the first page tells the last, leads still in order, an exact stop at the end, and nothing
// sent after a `break` or an abort.
import { describe, expect, it } from "vitest";
import { createLeadsClient, type LeadsClient } from "../src/index.js";
import { type Fetch, json, mocked } from "./helpers.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wraps a fetch: counts requests and the most in flight at once; later pages answer sooner, so order must be restored. */
function instrumented(fetch: Fetch, pageOf: (request: Request) => Promise<number>) {
  const stats = { sent: 0, inFlight: 0, maxInFlight: 0, pages: [] as number[] };
  const wrapped: Fetch = async (request, init) => {
    const page = await pageOf(request.clone());
    stats.sent++;
    stats.pages.push(page);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      await sleep(Math.max(1, 40 - page * 3));
      return await fetch(request, init);
    } finally {
      stats.inFlight--;
    }
  };
  return { stats, wrapped };
}

// Stubs for the vendors the mock cannot page for real (it answers its one example).
const enviaPages =
  (total: number): Fetch =>
  async (request) => {
    const url = new URL(request.url);
    const [start, length] = [Number(url.searchParams.get("start")), Number(url.searchParams.get("length"))];
    const data = Array.from({ length: Math.max(0, Math.min(length, total - start)) }, (_, i) => ({
      id: start + i + 1,
      company_name: `Company ${start + i + 1}`,
    }));
    return json({ recordsTotal: total, recordsFiltered: total, data });
  };
const centiaPages =
  (total: number): Fetch =>
  async (request) => {
    const { parameters } = (await request.json()) as { parameters: { page: number; pagination: number } };
    const { page, pagination } = parameters;
    const from = (page - 1) * pagination;
    const contacts = Array.from({ length: Math.max(0, Math.min(pagination, total - from)) }, (_, i) => ({ id: from + i + 1 }));
    return json({ success: true, response: { total, current_page: page, last_page: Math.ceil(total / pagination), contacts } });
  };
const pageFromQuery =
  (name: string, size: number, base = 1) =>
  async (request: Request) => {
    const value = Number(new URL(request.url).searchParams.get(name));
    return name === "start" ? value / size + 1 : value + base - 1;
  };
const pageFromBody = async (request: Request) => ((await request.json()) as { parameters: { page: number } }).parameters.page;

async function seededSyscap(count: number) {
  const { leads, mock } = mocked("syscap", { stateful: true });
  for (let i = 1; i <= count; i++) await leads.create({ firstName: `Lead${i}`, lastName: "Test" });
  const { stats, wrapped } = instrumented(mock.fetch, pageFromQuery("page", 5));
  const listing = createLeadsClient({ vendor: "syscap", baseUrl: "https://syscap.test", token: "t", fetch: wrapped });
  return { listing, stats };
}

const cases: [
  string,
  (total: number) => { leads: LeadsClient; stats: ReturnType<typeof instrumented>["stats"] },
  (l: { id: string | null; firstName: string | null; companyName: string | null }, i: number) => boolean,
][] = [
  [
    "envia",
    (total) => {
      const { stats, wrapped } = instrumented(enviaPages(total), pageFromQuery("start", 5));
      return { leads: createLeadsClient({ vendor: "envia", baseUrl: "https://envia.test", token: "t", fetch: wrapped }), stats };
    },
    (lead, i) => lead.id === String(i + 1) && lead.companyName === `Company ${i + 1}`,
  ],
  [
    "centia",
    (total) => {
      const { stats, wrapped } = instrumented(centiaPages(total), pageFromBody);
      return { leads: createLeadsClient({ vendor: "centia", baseUrl: "https://centia.test", token: "t", profileId: 1, fetch: wrapped }), stats };
    },
    (lead, i) => lead.id === String(i + 1),
  ],
];

describe("Syscap, through the stateful mock", () => {
  it("concurrency 3: every lead in order, at most 3 pages in flight, one request per page and no more", async () => {
    const { listing, stats } = await seededSyscap(23);
    const names: (string | null)[] = [];
    for await (const lead of listing.list({ pageSize: 5, concurrency: 3 })) names.push(lead.firstName);
    expect(names).toEqual(Array.from({ length: 23 }, (_, i) => `Lead${i + 1}`));
    expect(stats.sent).toBe(5); // ceil(23 / 5): the last page is known, so no empty page is asked for
    expect(stats.maxInFlight).toBe(3);
  });

  it("concurrency 1 (the default) stays sequential", async () => {
    const { listing, stats } = await seededSyscap(12);
    expect(await listing.list({ pageSize: 5 }).take(100)).toHaveLength(12);
    expect(stats.maxInFlight).toBe(1);
  });

  it("pages() gives each page of leads with its response", async () => {
    const { listing } = await seededSyscap(7);
    const pages = [];
    for await (const page of listing.list({ pageSize: 5, concurrency: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => [p.page, p.lastPage, p.total, p.items.length, p.response.status])).toEqual([
      [1, 2, 7, 5, 200],
      [2, 2, 7, 2, 200],
    ]);
    expect(pages[0]?.items[0]).toMatchObject({ vendor: "syscap", firstName: "Lead1" });
  });
});

describe.each(cases)("%s, paged by a stub of its API", (_, setup, isLead) => {
  it("concurrency 4: in order, at most 4 in flight, stops exactly at the last page", async () => {
    const { leads, stats } = setup(47);
    const seen = [];
    for await (const lead of leads.list({ pageSize: 5, concurrency: 4 })) seen.push(lead);
    expect(seen).toHaveLength(47);
    expect(seen.every((lead, i) => isLead(lead as never, i))).toBe(true);
    expect(stats.pages).toEqual(Array.from({ length: 10 }, (__, i) => i + 1));
    expect(stats.maxInFlight).toBe(4);
  });

  it("an early break sends nothing more, even with pages in flight", async () => {
    const { leads, stats } = setup(200);
    let n = 0;
    for await (const __ of leads.list({ pageSize: 5, concurrency: 4 })) if (++n === 7) break;
    const sentAtBreak = stats.sent;
    expect(sentAtBreak).toBeLessThanOrEqual(1 + 4);
    await sleep(100);
    expect(stats.sent).toBe(sentAtBreak);
  });

  it("an aborted signal stops the listing and sends nothing more", async () => {
    const { leads, stats } = setup(200);
    const controller = new AbortController();
    let n = 0;
    const run = (async () => {
      for await (const __ of leads.list({ pageSize: 5, concurrency: 4, signal: controller.signal })) if (++n === 6) controller.abort(new Error("stop"));
    })();
    await expect(run).rejects.toThrow("stop");
    const sentAtAbort = stats.sent;
    await sleep(100);
    expect(stats.sent).toBe(sentAtAbort);
    expect(sentAtAbort).toBeLessThan(40);
  });
});
