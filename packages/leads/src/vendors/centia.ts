import { type CentiaClientOptions, type ContactsCreateContactParams, createCentiaClient } from "@crm-sdk/centia";
import { InvalidOptionsError } from "@crm-sdk/core";
import type { VendorDefinition } from "../adapter.js";
import { isoAsIs } from "../dates.js";
import { type LeadInput, toVendorBody, type WriteSpec } from "../input.js";
import { idText, type Mapping, none, phones, source, text } from "../mapping.js";

/** Centia's client options, plus the profile whose contacts to use: Centia lists, reads and creates contacts per profile. */
export type CentiaLeadsOptions = CentiaClientOptions & {
  /** The profile's id (`Profiles.GetProfiles`). */
  profileId: number;
};

type Mapped = "profile_id" | "name" | "surname" | "mother_surname" | "email" | "phone_office" | "phone_office_extension" | "phone_mobile" | "phone_other";
/** `create` on Centia: a contact needs a first and last name, and the `company_id` and `origin_id` Centia requires. */
export interface CentiaLeadCreateInput extends LeadInput {
  firstName: string;
  lastName: string;
  vendorFields: Omit<ContactsCreateContactParams, Mapped>;
}

const create: WriteSpec = {
  fields: { firstName: "name", lastName: "surname", secondLastName: "mother_surname", email: "email" },
  phones: { office: { number: "phone_office", extension: "phone_office_extension" }, mobile: { number: "phone_mobile" }, other: { number: "phone_other" } },
  required: ["firstName", "lastName", "vendorFields.company_id", "vendorFields.origin_id"],
};

// Centia documents no field of a contact: they are read by the names `Contacts.CreateContact`
// takes (the only names its docs give a contact), `id` by the key `Contacts.GetContact` searches.
type Contact = Record<string, unknown>;
const mapping: Mapping<"centia"> = {
  record: "`Contact` (fields undocumented: read by the names `CreateContact` takes)",
  fields: {
    id: source("`id` (as text)", (r: Contact) => idText(r.id)),
    firstName: source("`name`", (r: Contact) => text(r.name)),
    lastName: source("`surname`", (r: Contact) => text(r.surname)),
    secondLastName: source("`mother_surname`", (r: Contact) => text(r.mother_surname)),
    fullName: none,
    companyName: none,
    email: source("`email`", (r: Contact) => text(r.email)),
    phones: source("`office`: `phone_office`, extension `phone_office_extension`; `mobile`: `phone_mobile`; `other`: `phone_other`", (r: Contact) =>
      phones(["office", r.phone_office, null, r.phone_office_extension], ["mobile", r.phone_mobile], ["other", r.phone_other]),
    ),
    status: none,
    owner: none,
    createdAt: source("`created_at`, when ISO 8601 (as it is); else `null` (a `DD/MM/YY` date would need a century guessed)", (r: Contact) =>
      isoAsIs(r.created_at),
    ),
    updatedAt: none,
  },
};

export const centia: VendorDefinition<"centia", CentiaLeadsOptions> = {
  mapping,
  writes: { create },
  connect({ profileId, ...options }) {
    if (!Number.isInteger(profileId)) throw new InvalidOptionsError("profileId is required for centia (an integer, the profile's id)");
    const client = createCentiaClient(options as CentiaClientOptions);
    return {
      list: (o) => client.contacts.listAll({ profile_id: profileId }, o),
      get: async (id, o) => (await client.contacts.get({ profile_id: profileId, search_by: "id", search_value: id }, o)).contact,
      // Centia answers the contact it created.
      create: async (input, o) => {
        const params = { ...toVendorBody("centia", "create", input, create), profile_id: profileId } as ContactsCreateContactParams;
        return (await client.contacts.create(params, o)).contact;
      },
    };
  },
};
