import type { ApiPromise } from "./api-promise.js";
import { InvalidOptionsError } from "./errors.js";

/** Which page to fetch, in the three forms vendors ask for it. */
export interface PageRequest {
  /** 1-based page number (Syscap `page`, Centia `page`). */
  page: number;
  /** 0-based index of the page's first item (Envia `start`). */
  offset: number;
  /** Items per page (Syscap `per`, Envia `length`, Centia `pagination`). */
  size: number;
}

/** How a listing is walked; the option names are the same for every vendor. */
export interface PagingOptions {
  /** Items per page. @default 100 */
  pageSize?: number;
  /**
   * Pages kept in flight once the listing's total is known (from its first page); still yielded
   * in order, and at most this many held at once. @default 1
   */
  concurrency?: number;
}

/** One page of a listing: the vendor's page, its items, and the response it came in. */
export interface Page<P, I> {
  /** 1-based page number. */
  page: number;
  data: P;
  items: readonly I[];
  response: Response;
}

export interface Paging<P, I> {
  fetchPage: (request: PageRequest) => ApiPromise<P>;
  items: (page: P) => readonly I[] | null | undefined;
  /** The number of pages, where a page tells it (a total count, a last page number). */
  pageCount?: (page: P, size: number) => number | null | undefined;
}

/**
 * A listing walked page by page as you iterate: `for await (const item of list)`, or
 * `list.pages()` for each page with its response, or `list.take(n)` for at most `n` items. It
 * fetches lazily, stops exactly at the end (the total where a page gives one, else a short or
 * empty page), and sends nothing more once you `break`.
 */
export class Paginator<P, I> implements AsyncIterable<I> {
  constructor(
    private readonly paging: Paging<P, I>,
    private readonly options: PagingOptions = {},
  ) {
    const { pageSize = 100, concurrency = 1 } = options;
    for (const [name, n, max] of [["pageSize", pageSize, 1e4], ["concurrency", concurrency, 64]] as const) {
      if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidOptionsError(`${name} must be an integer from 1 to ${max}`);
    }
  }

  async *pages(): AsyncGenerator<Page<P, I>, void, undefined> {
    const { pageSize: size = 100, concurrency = 1 } = this.options;
    const inflight: ReturnType<ApiPromise<P>["withResponse"]>[] = [];
    let requested = 0;
    const request = () => {
      const pending = this.paging.fetchPage({ page: ++requested, offset: (requested - 1) * size, size }).withResponse();
      pending.catch(() => {}); // a page left in flight after a `break` must not become an unhandled rejection
      inflight.push(pending);
    };
    request();
    let count: number | null | undefined;
    for (let page = 1; ; page++) {
      const { data, response } = await (inflight.shift() as (typeof inflight)[number]);
      const items = this.paging.items(data) ?? [];
      if (page === 1) count = this.paging.pageCount?.(data, size);
      yield { page, data, items, response };
      if (items.length === 0 || (typeof count === "number" ? page >= count : items.length < size)) return;
      const limit = typeof count === "number" ? Math.min(count, page + concurrency) : page + 1;
      while (requested < limit) request();
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<I, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** At most `limit` items, fetching no page beyond the one that reaches it. */
  async take(limit: number): Promise<I[]> {
    const out: I[] = [];
    if (limit > 0) for await (const item of this) if (out.push(item) >= limit) break;
    return out;
  }
}
