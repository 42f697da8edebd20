import type { Paginator } from "@crm-sdk/core";

/** One page of leads, with the response it came in. */
export interface LeadPage<L> {
  /** 1-based page number. */
  page: number;
  /** The last page's number, where the vendor tells it; else `null`. */
  lastPage: number | null;
  /** How many leads the whole listing has, where the vendor tells it; else `null`. */
  total: number | null;
  items: L[];
  response: Response;
}

/**
 * Every lead of a listing, page by page as you iterate (`for await`), over the vendor's own
 * paginator: it fetches lazily, keeps up to `concurrency` pages in flight where the vendor tells
 * the last page, yields in order, and sends nothing more once you `break` or your signal aborts.
 * Each record becomes a Lead as it is yielded.
 */
export class LeadList<L> implements AsyncIterable<L> {
  readonly #source: Paginator<unknown, unknown>;
  readonly #map: (record: never) => L;
  /** @internal */
  constructor(source: Paginator<unknown, unknown>, map: (record: never) => L) {
    this.#source = source;
    this.#map = map;
  }
  /** Each page of leads with its response. */
  async *pages(): AsyncGenerator<LeadPage<L>, void, undefined> {
    for await (const { page, lastPage, total, items, response } of this.#source.pages()) {
      yield { page, lastPage, total, items: items.map(this.#map as (record: unknown) => L), response };
    }
  }
  async *[Symbol.asyncIterator](): AsyncGenerator<L, void, undefined> {
    const map = this.#map as (record: unknown) => L;
    for await (const page of this.#source.pages()) for (const item of page.items) yield map(item);
  }
  /** At most `limit` leads, fetching no page beyond the one that reaches it. */
  async take(limit: number): Promise<L[]> {
    const out: L[] = [];
    if (limit > 0) for await (const lead of this) if (out.push(lead) >= limit) break;
    return out;
  }
}
