import type { Lead, LeadField, LeadPhone, LeadRecords, LeadVendor, PhoneKind, VendorLead } from "./lead.js";

/** Where one Lead field comes from: `from` is its cell in the mapping table, `read` the code. */
export interface Source<R, T> {
  readonly from: string;
  readonly read: (record: R) => T;
}
/** One vendor's mapping: a source for every Lead field, and the record type's name for the table. */
export interface Mapping<V extends LeadVendor> {
  readonly record: string;
  readonly fields: { readonly [F in LeadField]: Source<LeadRecords[V], Lead<V>[F]> };
}

export const source = <R, T>(from: string, read: (record: R) => T): Source<R, T> => ({ from, read });
/** A field the vendor does not give: always `null`. */
export const none: Source<unknown, null> = { from: "—", read: () => null };

/** A string the vendor gave, or `null` (absent, not a string, or empty). */
export const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value : null);
/** An id the vendor gave as a string or a number, as text. */
export const idText = (value: unknown): string | null => (typeof value === "number" && Number.isFinite(value) ? String(value) : text(value));

/** The phones among `[kind, number, countryCode, extension]`, skipping those without a number. */
export function phones(...entries: [PhoneKind, unknown, unknown?, unknown?][]): LeadPhone[] {
  const out: LeadPhone[] = [];
  for (const [kind, number, countryCode, extension] of entries) {
    const n = text(number);
    if (n) out.push({ kind, number: n, countryCode: idText(countryCode), extension: text(extension) });
  }
  return out;
}

/** The function that turns a vendor's record into a Lead, from its mapping. */
export function compileMapping<V extends LeadVendor>(vendor: V, { fields: f }: Mapping<V>): (raw: LeadRecords[V]) => Lead<V> {
  return (raw) =>
    ({
      vendor,
      id: f.id.read(raw),
      firstName: f.firstName.read(raw),
      lastName: f.lastName.read(raw),
      secondLastName: f.secondLastName.read(raw),
      fullName: f.fullName.read(raw),
      companyName: f.companyName.read(raw),
      email: f.email.read(raw),
      phones: f.phones.read(raw),
      status: f.status.read(raw),
      owner: f.owner.read(raw),
      createdAt: f.createdAt.read(raw),
      updatedAt: f.updatedAt.read(raw),
      raw,
    }) satisfies VendorLead<V, string | null> as unknown as Lead<V>;
}
