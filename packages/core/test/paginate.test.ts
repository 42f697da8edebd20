import { describe, expect, it } from "vitest";
import { paginateLastPage, paginateOffset, paginatePagePer } from "../src/index.js";

const collect = async <T>(iter: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of iter) out.push(x);
  return out;
};
const records = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("paginatePagePer (Syscap: page/per with meta.count)", () => {
  const server = (all: number[]) => {
    const calls: number[] = [];
    const fetchPage = async (page: number, per: number) => {
      calls.push(page);
      return { data: all.slice((page - 1) * per, page * per), meta: { count: all.length } };
    };
    return { calls, fetchPage };
  };
  const iterate = (all: number[], per: number) => {
    const s = server(all);
    return { s, it: paginatePagePer({ per, fetchPage: s.fetchPage, items: (r) => r.data, total: (r) => r.meta.count }) };
  };

  it("yields every record and stops exactly at the end (no request past the last page)", async () => {
    const { s, it: iter } = iterate(records(10), 5);
    expect(await collect(iter)).toEqual(records(10));
    expect(s.calls).toEqual([1, 2]);
  });

  it("handles a short last page", async () => {
    const { s, it: iter } = iterate(records(11), 5);
    expect(await collect(iter)).toEqual(records(11));
    expect(s.calls).toEqual([1, 2, 3]);
  });

  it("an empty first page yields nothing", async () => {
    const { s, it: iter } = iterate([], 5);
    expect(await collect(iter)).toEqual([]);
    expect(s.calls).toEqual([1]);
  });

  it("fetches lazily: breaking early fetches no further page", async () => {
    const { s, it: iter } = iterate(records(100), 10);
    for await (const n of iter) if (n === 3) break;
    expect(s.calls).toEqual([1]);
  });
});

describe("paginateOffset (Envia: start/length with recordsFiltered)", () => {
  it("walks offsets until recordsFiltered and stops there", async () => {
    const all = records(7);
    const starts: number[] = [];
    const iter = paginateOffset({
      length: 3,
      fetchPage: async (start, length) => (starts.push(start), { data: all.slice(start, start + length), recordsFiltered: all.length, recordsTotal: 99 }),
      items: (r) => r.data,
      total: (r) => r.recordsFiltered,
    });
    expect(await collect(iter)).toEqual(all);
    expect(starts).toEqual([0, 3, 6]);
  });

  it("an empty first page yields nothing", async () => {
    const iter = paginateOffset({
      length: 3,
      fetchPage: async () => ({ data: [] as number[], recordsFiltered: 0 }),
      items: (r) => r.data,
      total: (r) => r.recordsFiltered,
    });
    expect(await collect(iter)).toEqual([]);
  });
});

describe("paginateLastPage (Centia: page with last_page)", () => {
  it("stops at last_page", async () => {
    const pages: number[] = [];
    const iter = paginateLastPage({
      fetchPage: async (page) => (pages.push(page), { data: [page * 10, page * 10 + 1], current_page: page, last_page: 3 }),
      items: (r) => r.data,
      lastPage: (r) => r.last_page,
    });
    expect(await collect(iter)).toEqual([10, 11, 20, 21, 30, 31]);
    expect(pages).toEqual([1, 2, 3]);
  });

  it("an empty first page yields nothing", async () => {
    const iter = paginateLastPage({ fetchPage: async () => ({ data: [] as number[], last_page: 0 }), items: (r) => r.data, lastPage: (r) => r.last_page });
    expect(await collect(iter)).toEqual([]);
  });
});
