import { describe, expect, it } from "vitest";
import { ApiPromise, InvalidOptionsError, type Page, type PageRequest, Paginator } from "../src/index.js";

const records = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const collect = async <T>(iter: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of iter) out.push(x);
  return out;
};

/**
 * A vendor listing over `all` records. `knowsTotal`: the page tells the last page (Syscap, Envia,
 * Centia's paged lists) or not (then a short page ends it). `delayMs`: how long each page takes;
 * `inflight`/`maxInflight` count the pages requested and not yet answered.
 */
function listing(all: number[], { knowsTotal = true, delayMs = 0 } = {}) {
  const requests: PageRequest[] = [];
  const state = { inflight: 0, maxInflight: 0 };
  const fetchPage = (request: PageRequest) => {
    requests.push(request);
    state.inflight++;
    state.maxInflight = Math.max(state.maxInflight, state.inflight);
    const items = all.slice(request.offset, request.offset + request.size);
    const page: Page<{ rows: number[] }, number> = {
      page: request.page,
      lastPage: knowsTotal ? Math.max(1, Math.ceil(all.length / request.size)) : null,
      total: knowsTotal ? all.length : null,
      items,
      data: { rows: items },
    };
    const result = new Promise<{ data: typeof page; response: Response }>((resolve) =>
      setTimeout(() => {
        state.inflight--;
        resolve({ data: page, response: new Response(null, { headers: { "x-page": String(request.page) } }) });
      }, delayMs),
    );
    return new ApiPromise(result);
  };
  return { requests, state, fetchPage };
}

describe("Paginator", () => {
  it("yields every record in order and stops exactly at the last page", async () => {
    const l = listing(records(10));
    expect(await collect(new Paginator(l.fetchPage, { pageSize: 5 }))).toEqual(records(10));
    expect(l.requests.map((r) => r.page)).toEqual([1, 2]);
  });

  it("asks for each page by number, offset and size", async () => {
    const l = listing(records(7));
    await collect(new Paginator(l.fetchPage, { pageSize: 3 }));
    expect(l.requests).toEqual([
      { page: 1, offset: 0, size: 3 },
      { page: 2, offset: 3, size: 3 },
      { page: 3, offset: 6, size: 3 },
    ]);
  });

  it("without a known last page, stops at a short page", async () => {
    const l = listing(records(11), { knowsTotal: false });
    expect(await collect(new Paginator(l.fetchPage, { pageSize: 5 }))).toEqual(records(11));
    expect(l.requests.map((r) => r.page)).toEqual([1, 2, 3]);
  });

  it("without a known last page, a full last page costs one empty page more, and no more", async () => {
    const l = listing(records(10), { knowsTotal: false });
    expect(await collect(new Paginator(l.fetchPage, { pageSize: 5 }))).toEqual(records(10));
    expect(l.requests.map((r) => r.page)).toEqual([1, 2, 3]);
  });

  it("an empty first page yields nothing and asks for nothing more", async () => {
    for (const knowsTotal of [true, false]) {
      const l = listing([], { knowsTotal });
      expect(await collect(new Paginator(l.fetchPage))).toEqual([]);
      expect(l.requests).toHaveLength(1);
    }
  });

  it("stops at an empty page even when the total promised more", async () => {
    const l = listing(records(6));
    const empty = (r: PageRequest) =>
      new ApiPromise(Promise.resolve({ data: { page: r.page, lastPage: 3, total: 6, items: [], data: { rows: [] } }, response: new Response() }));
    const lying: typeof l.fetchPage = (r) => (r.page === 2 ? (l.requests.push(r), empty(r)) : l.fetchPage(r));
    expect(await collect(new Paginator(lying, { pageSize: 2 }))).toEqual([1, 2]);
    expect(l.requests.map((r) => r.page)).toEqual([1, 2]);
  });

  it("accepts the largest page size and concurrency", () => {
    expect(() => new Paginator(listing([]).fetchPage, { pageSize: 10_000, concurrency: 64 })).not.toThrow();
  });

  it("defaults to 100 items per page", async () => {
    const l = listing(records(150));
    expect(await collect(new Paginator(l.fetchPage))).toHaveLength(150);
    expect(l.requests.map((r) => r.size)).toEqual([100, 100]);
  });

  it("fetches lazily: breaking early fetches no further page", async () => {
    const l = listing(records(100));
    for await (const n of new Paginator(l.fetchPage, { pageSize: 10 })) if (n === 3) break;
    expect(l.requests.map((r) => r.page)).toEqual([1]);
  });

  it("pages() gives each page with its response", async () => {
    const l = listing(records(5));
    const pages = await collect(new Paginator(l.fetchPage, { pageSize: 2 }).pages());
    expect(pages.map((p) => [p.page, p.items, p.total, p.lastPage, p.response.headers.get("x-page")])).toEqual([
      [1, [1, 2], 5, 3, "1"],
      [2, [3, 4], 5, 3, "2"],
      [3, [5], 5, 3, "3"],
    ]);
    expect(pages[0]?.data).toEqual({ rows: [1, 2] });
  });

  it("take(n) collects at most n items and fetches no page beyond the one that reaches n", async () => {
    const l = listing(records(100));
    expect(await new Paginator(l.fetchPage, { pageSize: 10 }).take(15)).toEqual(records(15));
    expect(l.requests.map((r) => r.page)).toEqual([1, 2]);
    expect(await new Paginator(l.fetchPage, { pageSize: 10 }).take(0)).toEqual([]);
    expect(await new Paginator(listing(records(3)).fetchPage).take(10)).toEqual(records(3));
  });

  it.each([
    [{ pageSize: 0 }, "pageSize must be an integer from 1 to 10000"],
    [{ pageSize: 2.5 }, "pageSize must be an integer from 1 to 10000"],
    [{ pageSize: 10_001 }, "pageSize must be an integer from 1 to 10000"],
    [{ concurrency: 0 }, "concurrency must be an integer from 1 to 64"],
    [{ concurrency: 65 }, "concurrency must be an integer from 1 to 64"],
  ])("refuses %j with InvalidOptionsError", (options, message) => {
    expect(() => new Paginator(listing([]).fetchPage, options)).toThrow(new InvalidOptionsError(message));
  });

  it("a failing page rejects the iteration with its error", async () => {
    const failure = new Error("page 2 failed");
    const l = listing(records(10));
    const failing: typeof l.fetchPage = (r) => (r.page === 2 ? new ApiPromise(Promise.reject(failure)) : l.fetchPage(r));
    await expect(collect(new Paginator(failing, { pageSize: 5 }))).rejects.toBe(failure);
  });
});

describe("Paginator with concurrency", () => {
  it("keeps up to `concurrency` pages in flight once the last page is known, and still yields in order", async () => {
    const l = listing(records(95), { delayMs: 5 });
    const got = await collect(new Paginator(l.fetchPage, { pageSize: 10, concurrency: 4 }));
    expect(got).toEqual(records(95));
    expect(l.state.maxInflight).toBe(4);
    expect(l.requests.map((r) => r.page)).toEqual(records(10)); // each page once, none past the end
  });

  it("yields in order when later pages answer first", async () => {
    const l = listing(records(40));
    const slowFirst: typeof l.fetchPage = (r) =>
      new ApiPromise(new Promise((resolve) => setTimeout(() => l.fetchPage(r).withResponse().then(resolve), r.page === 2 ? 30 : 1)));
    expect(await collect(new Paginator(slowFirst, { pageSize: 10, concurrency: 4 }))).toEqual(records(40));
  });

  it("stays sequential when the last page is not known", async () => {
    const l = listing(records(30), { knowsTotal: false, delayMs: 2 });
    await collect(new Paginator(l.fetchPage, { pageSize: 10, concurrency: 4 }));
    expect(l.state.maxInflight).toBe(1);
  });

  it("sends nothing after an early break, and a page left in flight fails silently", async () => {
    const l = listing(records(100), { delayMs: 5 });
    const failing: typeof l.fetchPage = (r) => (r.page === 4 ? new ApiPromise(Promise.reject(new Error("late failure"))) : l.fetchPage(r));
    for await (const n of new Paginator(failing, { pageSize: 10, concurrency: 3 })) if (n === 12) break;
    const sent = l.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(l.requests.length).toBe(sent);
    expect(l.requests.map((r) => r.page)).toEqual([1, 2, 3]); // page 4 failed without being seen
  });
});
