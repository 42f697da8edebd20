import type { AlgebraixClientOptions } from "@crm-sdk/algebraix";
import { ApiError, type CallOptions, InvalidOptionsError } from "@crm-sdk/core";
import type { EnviaClientOptions } from "@crm-sdk/envia";
import type { SyscapClientOptions } from "@crm-sdk/syscap";
import type { Adapter, LeadListOptions, VendorDefinition } from "./adapter.js";
import { type LeadCapabilities, leadCapabilities } from "./capabilities.js";
import { type LeadOperation, UnsupportedOperationError } from "./errors.js";
import { type LeadInput, personalValues } from "./input.js";
import { type Lead, type LeadVendor, leadVendors } from "./lead.js";
import { LeadList } from "./list.js";
import { compileMapping } from "./mapping.js";
import { type AlgebraixLeadCreateInput, type AlgebraixLeadUpdateInput, algebraix } from "./vendors/algebraix.js";
import { type CentiaLeadCreateInput, type CentiaLeadsOptions, centia } from "./vendors/centia.js";
import { type EnviaLeadCreateInput, type EnviaLeadUpdateInput, envia } from "./vendors/envia.js";
import { type LeancoreLeadsOptions, leancore } from "./vendors/leancore.js";
import { type SyscapLeadCreateInput, type SyscapLeadUpdateInput, syscap } from "./vendors/syscap.js";

/** Each vendor's options: its client's options, plus `ecosystem` (LeanCore) or `profileId` (Centia). */
export interface LeadsVendorOptions {
  algebraix: AlgebraixClientOptions;
  syscap: SyscapClientOptions;
  leancore: LeancoreLeadsOptions;
  envia: EnviaClientOptions;
  centia: CentiaLeadsOptions;
}
/** `createLeadsClient`'s options: `vendor`, and that vendor's options. */
export type LeadsClientOptions<V extends LeadVendor = LeadVendor> = { [K in V]: { vendor: K } & LeadsVendorOptions[K] }[V];

/** What `create` takes for each vendor (`never`-free: a vendor without create takes `LeadInput` and throws). */
export interface LeadCreateInputs {
  algebraix: AlgebraixLeadCreateInput;
  syscap: SyscapLeadCreateInput;
  leancore: LeadInput;
  envia: EnviaLeadCreateInput;
  centia: CentiaLeadCreateInput;
}
/** What `update` takes for each vendor. */
export interface LeadUpdateInputs {
  algebraix: AlgebraixLeadUpdateInput;
  syscap: SyscapLeadUpdateInput;
  leancore: LeadInput;
  envia: EnviaLeadUpdateInput;
  centia: LeadInput;
}
export type LeadCreateInput<V extends LeadVendor = LeadVendor> = LeadCreateInputs[V];
export type LeadUpdateInput<V extends LeadVendor = LeadVendor> = LeadUpdateInputs[V];

/** One vendor's leads as `Lead`s: list, get, create and update, where the vendor has them. */
export interface LeadsClient<V extends LeadVendor = LeadVendor> {
  readonly vendor: V;
  /** Which operations this vendor has; the others throw `UnsupportedOperationError` before any request. */
  readonly capabilities: LeadCapabilities[V];
  /** Every lead, page by page as you iterate; `pageSize` and `concurrency` go to the vendor's paginator. */
  list(options?: LeadListOptions): LeadList<Lead<V>>;
  /** One lead by its `id`. */
  get(id: string, options?: CallOptions): Promise<Lead<V>>;
  /** Checks the input against what the vendor requires (before any request), creates the lead, and resolves it as the vendor keeps it. */
  create(input: LeadCreateInput<V>, options?: CallOptions): Promise<Lead<V>>;
  /** Changes the fields given (for `phones`, the kinds given) and resolves the lead as the vendor keeps it. */
  update(id: string, input: LeadUpdateInput<V>, options?: CallOptions): Promise<Lead<V>>;
}

/** Every vendor's definition: mapping, writes, and how to connect. */
export const definitions: { [V in LeadVendor]: VendorDefinition<V, LeadsVendorOptions[V]> } = { algebraix, syscap, leancore, envia, centia };

/** Removes the input's values from the message of a vendor's error: a vendor may echo a name or an e-mail back. */
function scrub(error: unknown, input: unknown): never {
  if (error instanceof ApiError) {
    for (const value of personalValues(input)) {
      error.message = error.message.replaceAll(value, "[redacted]");
      if (error.stack) error.stack = error.stack.replaceAll(value, "[redacted]");
    }
  }
  throw error;
}

/**
 * One client for the leads of any vendor: `createLeadsClient({ vendor: "syscap", baseUrl, token })`.
 * The options are the vendor client's (`baseUrl`, `token`, `fetch`, `maxRetries`, …), plus
 * `ecosystem` for LeanCore and `profileId` for Centia.
 */
export function createLeadsClient<V extends LeadVendor>(options: { vendor: V } & LeadsVendorOptions[V]): LeadsClient<V> {
  const { vendor, ...vendorOptions } = (options ?? {}) as { vendor: V };
  if (!leadVendors.includes(vendor)) throw new InvalidOptionsError(`vendor must be one of ${leadVendors.join(", ")}`);
  const definition = definitions[vendor] as unknown as VendorDefinition<V, unknown>;
  const adapter: Adapter<V> = definition.connect(vendorOptions);
  const map = compileMapping(vendor, definition.mapping);
  const capabilities = leadCapabilities[vendor] as LeadCapabilities[V];
  const can = (operation: LeadOperation) => (capabilities as Record<LeadOperation, boolean>)[operation];
  const refuse = (operation: LeadOperation) => Promise.reject(new UnsupportedOperationError(vendor, operation));
  return {
    vendor,
    capabilities,
    list: (o = {}) => new LeadList<Lead<V>>(adapter.list(o), map as (record: never) => Lead<V>),
    get: (id, o) => (can("get") && adapter.get ? adapter.get(id, o).then(map) : refuse("get")),
    create: (input, o) => (can("create") && adapter.create ? adapter.create(input, o).then(map, (error: unknown) => scrub(error, input)) : refuse("create")),
    update: (id, input, o) =>
      can("update") && adapter.update ? adapter.update(id, input, o).then(map, (error: unknown) => scrub(error, input)) : refuse("update"),
  };
}
