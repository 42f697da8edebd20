/**
 * Async iterators over the three paging styles of our vendors. Each fetches the next page only
 * when the previous one has been consumed, holds one page in memory, stops exactly at the end,
 * and yields nothing for an empty first page. Stop early with `break`.
 */

export interface PagePerOptions<TPage, TItem> {
  /** Fetches page `page` (1-based) of `per` items. */
  fetchPage: (page: number, per: number) => Promise<TPage>;
  items: (page: TPage) => readonly TItem[] | null | undefined;
  /** Total number of records across all pages (Syscap: `meta.count`). */
  total: (page: TPage) => number | null | undefined;
  per: number;
  firstPage?: number;
}

/** `page`/`per` paging with a total count (Syscap). */
export async function* paginatePagePer<TPage, TItem>(o: PagePerOptions<TPage, TItem>): AsyncGenerator<TItem, void, undefined> {
  let seen = 0;
  for (let page = o.firstPage ?? 1; ; page++) {
    const result = await o.fetchPage(page, o.per);
    const items = o.items(result) ?? [];
    yield* items;
    seen += items.length;
    const total = o.total(result);
    if (items.length === 0 || (typeof total === "number" ? seen >= total : items.length < o.per)) return;
  }
}

export interface OffsetOptions<TPage, TItem> {
  /** Fetches `length` records starting at offset `start` (0-based). */
  fetchPage: (start: number, length: number) => Promise<TPage>;
  items: (page: TPage) => readonly TItem[] | null | undefined;
  /** Records matching the filters (Envia: `recordsFiltered`). */
  total: (page: TPage) => number | null | undefined;
  length: number;
}

/** `start`/`length` offset paging with a filtered count (Envia). */
export async function* paginateOffset<TPage, TItem>(o: OffsetOptions<TPage, TItem>): AsyncGenerator<TItem, void, undefined> {
  for (let start = 0; ; ) {
    const result = await o.fetchPage(start, o.length);
    const items = o.items(result) ?? [];
    yield* items;
    start += items.length;
    const total = o.total(result);
    if (items.length === 0 || (typeof total === "number" ? start >= total : items.length < o.length)) return;
  }
}

export interface LastPageOptions<TPage, TItem> {
  /** Fetches page `page` (1-based). */
  fetchPage: (page: number) => Promise<TPage>;
  items: (page: TPage) => readonly TItem[] | null | undefined;
  /** The number of the last page (Centia: `last_page`). */
  lastPage: (page: TPage) => number | null | undefined;
  firstPage?: number;
}

/** `page` paging with a `last_page` marker (Centia). */
export async function* paginateLastPage<TPage, TItem>(o: LastPageOptions<TPage, TItem>): AsyncGenerator<TItem, void, undefined> {
  for (let page = o.firstPage ?? 1; ; page++) {
    const result = await o.fetchPage(page);
    const items = o.items(result) ?? [];
    yield* items;
    const last = o.lastPage(result);
    if (items.length === 0 || typeof last !== "number" || page >= last) return;
  }
}
