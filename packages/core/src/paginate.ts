import type { ApiPromise, WithResponse } from "./api-promise.js";
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

/** Which page a `list` call fetches, by the same names for every vendor. */
export interface PageQuery {
  /** 1-based page number. @default 1 */
  page?: number;
  /** Items per page (mapped to the vendor's own parameter). @default 100 */
  pageSize?: number;
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

/** One page of a listing, the same shape for every vendor. */
export interface Page<P, I> {
  /** 1-based page number. */
  page: number;
  /** The number of the last page, where the vendor tells it (from a total count or a last page); else `null`. */
  lastPage: number | null;
  /** How many items the whole listing has, where the vendor tells it; else `null`. */
  total: number | null;
  /** This page's items. */
  items: I[];
  /** The vendor's page as it came, envelope and all. */
  data: P;
}

/**
 * A listing walked page by page as you iterate: `for await (const item of list)`, or
 * `list.pages()` for each page with its response, or `list.take(n)` for at most `n` items. It
 * fetches lazily, stops exactly at the end (the last page where the vendor tells it, else a short
 * or empty page), and sends nothing more once you `break`.
 */
export class Paginator<P, I> implements AsyncIterable<I> {
  private readonly size: number;
  private readonly concurrency: number;

  constructor(
    private readonly fetchPage: (request: PageRequest) => ApiPromise<Page<P, I>>,
    { pageSize = 100, concurrency = 1 }: PagingOptions = {},
  ) {
    for (const [name, n, max] of [["pageSize", pageSize, 1e4], ["concurrency", concurrency, 64]] as const) {
      if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidOptionsError(`${name} must be an integer from 1 to ${max}`);
    }
    this.size = pageSize;
    this.concurrency = concurrency;
  }

  /** Each page with the response it came in. */
  async *pages(): AsyncGenerator<Page<P, I> & { response: Response }, void, undefined> {
    const { size, concurrency } = this;
    const inflight: Promise<WithResponse<Page<P, I>>>[] = [];
    let requested = 0;
    const request = () => {
      const pending = this.fetchPage({ page: ++requested, offset: (requested - 1) * size, size }).withResponse();
      pending.catch(() => {}); // a page left in flight after a `break` must not become an unhandled rejection
      inflight.push(pending);
    };
    request();
    for (;;) {
      const { data: page, response } = await (inflight.shift() as Promise<WithResponse<Page<P, I>>>);
      yield { ...page, response };
      const last = page.lastPage;
      if (page.items.length === 0 || (last === null ? page.items.length < size : page.page >= last)) return;
      // Once the last page is known, keep up to `concurrency` pages in flight.
      const limit = last === null ? page.page + 1 : Math.min(last, page.page + concurrency);
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
