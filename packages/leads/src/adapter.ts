import type { CallOptions, Paginator, PagingOptions } from "@crm-sdk/core";
import { ReadBackError } from "./errors.js";
import type { WriteSpec } from "./input.js";
import type { LeadRecords, LeadVendor } from "./lead.js";
import type { Mapping } from "./mapping.js";

/** Options of `leads.list()`: the per-call options, and `pageSize`/`concurrency` for the vendor's paginator. */
export interface LeadListOptions extends CallOptions, PagingOptions {}

/** One vendor behind the leads client: its client's calls, answering the vendor's records. */
export interface Adapter<V extends LeadVendor> {
  list(options: LeadListOptions): Paginator<unknown, LeadRecords[V]>;
  get?(id: string, options?: CallOptions): Promise<LeadRecords[V]>;
  /** Checks the input (before any request), writes, and answers the record as the vendor keeps it. */
  create?(input: unknown, options?: CallOptions): Promise<LeadRecords[V]>;
  update?(id: string, input: unknown, options?: CallOptions): Promise<LeadRecords[V]>;
}

/** Everything the leads client knows of a vendor: its mapping, what it writes, and how to connect. */
export interface VendorDefinition<V extends LeadVendor, O> {
  readonly mapping: Mapping<V>;
  readonly writes: { readonly create?: WriteSpec; readonly update?: WriteSpec };
  connect(options: O): Adapter<V>;
}

/** After a write whose answer is not the record: the record read back, or a `ReadBackError` saying the write went through. */
export async function readBack<R>(vendor: LeadVendor, operation: "create" | "update", id: string, get: () => Promise<R>): Promise<R> {
  try {
    return await get();
  } catch (error) {
    throw new ReadBackError(vendor, operation, id, error);
  }
}
