import type { ApiPromise, WithResponse } from "./api-promise.js";
import { InvalidOptionsError } from "./errors.js";

/** Which page to fetch, in the forms vendors ask for it: 1-based `page` (Syscap, Centia), 0-based `offset` (Envia `start`), `size`. */
export type PageRequest = { page: number; offset: number; size: number };
/** Which page a `list` call fetches, by the same names for every vendor. */
export interface PageQuery {
  /** 1-based page number. @default 1 */
  page?: number;
  /** Items per page, mapped to the vendor's own parameter. @default 100 */
  pageSize?: number;
}
/** How a whole listing is walked, by the same names for every vendor. */
export interface PagingOptions {
  /** Items per page. @default 100 */
  pageSize?: number;
  /** Pages kept in flight once the first page tells the last one; still yielded in order, at most this many held. @default 1 */
  concurrency?: number;
}
/** One page of a listing, the same shape for every vendor. */
export interface Page<P, I> {
  /** 1-based page number. */
  page: number;
  /** The last page's number, where the vendor tells it; else `null`. */
  lastPage: number | null;
  /** How many items the whole listing has, where the vendor tells it; else `null`. */
  total: number | null;
  items: I[];
  /** The vendor's page as it came, envelope and all. */
  data: P;
}

const within = (name: string, n: number, max: number) => {
  if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidOptionsError(`${name} must be an integer from 1 to ${max}`);
  return n;
};

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
    this.size = within("pageSize", pageSize, 1e4);
    this.concurrency = within("concurrency", concurrency, 64);
  }
  /** Each page with the response it came in. */
  async *pages(): AsyncGenerator<Page<P, I> & { response: Response }, void, undefined> {
    const { size, concurrency } = this;
    const inflight: Promise<WithResponse<Page<P, I>>>[] = []; // requested, not yet yielded
    let requested = 0;
    const request = () => {
      const pending = this.fetchPage({ page: ++requested, offset: (requested - 1) * size, size }).withResponse();
      pending.catch(() => {}); // a page left in flight after a `break` must not become an unhandled rejection
      inflight.push(pending);
    };
    request();
    for (;;) {
      const { data: page, response } = await (inflight.shift() as (typeof inflight)[0]);
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
