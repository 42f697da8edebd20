import type { Prospect as AlgebraixProspect } from "@crm-sdk/algebraix";
import type { Contact as CentiaContact } from "@crm-sdk/centia";
import type { ProspectDetail as EnviaProspectDetail, ProspectListRow as EnviaProspectListRow } from "@crm-sdk/envia";
import type { Lead as LeancoreRecord } from "@crm-sdk/leancore";
import type { Prospect as SyscapProspect } from "@crm-sdk/syscap";

/** The vendors `createLeadsClient` speaks to, in the order the docs list them. */
export const leadVendors = ["algebraix", "syscap", "leancore", "envia", "centia"] as const;
export type LeadVendor = (typeof leadVendors)[number];

/**
 * The vendor's own record behind a lead, as its client types it. Envia's listing and its `get`
 * answer different shapes: a row of the data table (`ProspectListRow`) from `list`, the prospect
 * with its notes, contacts and locations (`ProspectDetail`) from `get`, `create` and `update`.
 */
export interface LeadRecords {
  algebraix: AlgebraixProspect;
  syscap: SyscapProspect;
  leancore: LeancoreRecord;
  envia: EnviaProspectListRow | EnviaProspectDetail;
  centia: CentiaContact;
}

/**
 * What a phone number is for, by the vendor's own label: `phone` where the vendor says only
 * "phone"/"telephone", `mobile`, `office` (Centia), `other` (Centia's "another phone").
 */
export type PhoneKind = "phone" | "mobile" | "office" | "other";

/** One phone number of a lead, as the vendor keeps it (no reformatting). */
export interface LeadPhone {
  kind: PhoneKind;
  number: string;
  /** The country calling code, where the vendor keeps it apart (Envia's `phone_code`); else `null`. */
  countryCode: string | null;
  /** The extension, where the vendor keeps one (Syscap's `phone_number_extension`, Centia's `phone_office_extension`); else `null`. */
  extension: string | null;
}

/** Who the lead belongs to on the vendor's side: an id, a name, or both, as the vendor tells. */
export interface LeadOwner {
  id: string | null;
  name: string | null;
}

/**
 * A lead of one vendor. Every field the vendor does not give is `null`, never guessed; an empty
 * string counts as not given. `raw` is the vendor's record untouched, typed as that vendor's.
 */
export interface VendorLead<V extends LeadVendor, Id extends string | null = string> {
  readonly vendor: V;
  /** The vendor's id as text (Envia's and Centia's numbers too): what `get` and `update` take. */
  id: Id;
  firstName: string | null;
  /** The (first, paternal) last name. */
  lastName: string | null;
  /** The second (maternal) last name, where the vendor keeps one. */
  secondLastName: string | null;
  /** The whole name as the vendor writes it; never joined from the parts here. */
  fullName: string | null;
  companyName: string | null;
  email: string | null;
  /** Every number the vendor gives, in the order of the mapping table; `[]` when none. */
  phones: LeadPhone[];
  /** The vendor's status or stage label, as it writes it. */
  status: string | null;
  owner: LeadOwner | null;
  /**
   * ISO 8601, converted only where the vendor's notation converts without guessing: a date
   * (`2026-04-30`), a local date and time without an offset where the vendor states no time zone
   * (`2026-04-30T10:00`), or the vendor's own ISO 8601 value. The original is in `raw`.
   */
  createdAt: string | null;
  /** ISO 8601, like `createdAt`. */
  updatedAt: string | null;
  /** The vendor's record as it came. */
  raw: LeadRecords[V];
}

/** A lead from Algebraix (a prospect). */
export type AlgebraixLead = VendorLead<"algebraix">;
/** A lead from Syscap (a prospect). */
export type SyscapLead = VendorLead<"syscap">;
/** A lead from LeanCore (a lead of an ecosystem). */
export type LeancoreLead = VendorLead<"leancore">;
/** A lead from Envia (a prospect). */
export type EnviaLead = VendorLead<"envia">;
/** A lead from Centia (a contact). Centia does not document its contacts' fields, not even `id`, so `id` may be `null`. */
export type CentiaLead = VendorLead<"centia", string | null>;

interface LeadsByVendor {
  algebraix: AlgebraixLead;
  syscap: SyscapLead;
  leancore: LeancoreLead;
  envia: EnviaLead;
  centia: CentiaLead;
}

/** A lead of vendor `V`; without `V`, a lead of any vendor, narrowed by `lead.vendor`. */
export type Lead<V extends LeadVendor = LeadVendor> = LeadsByVendor[V];

/** The Lead fields read from the vendor's record (all but `vendor` and `raw`). */
export type LeadField = Exclude<keyof VendorLead<LeadVendor>, "vendor" | "raw">;
