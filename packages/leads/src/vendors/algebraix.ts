import { type AlgebraixClientOptions, createAlgebraixClient, type ProspectCreate, type ProspectUpdate } from "@crm-sdk/algebraix";
import { readBack, type VendorDefinition } from "../adapter.js";
import { fromDayMonthYear } from "../dates.js";
import { type LeadInput, toVendorBody, type WriteSpec } from "../input.js";
import { type Mapping, none, phones, source, text } from "../mapping.js";

type Mapped = "name" | "lastname1" | "lastname2" | "email" | "telephone" | "mobile_telephone";
/** `create` on Algebraix: nothing is required by its docs; curriculum, process, contacts and so on go in `vendorFields`. */
export interface AlgebraixLeadCreateInput extends LeadInput {
  vendorFields?: Omit<ProspectCreate, Mapped>;
}
/** `update` on Algebraix: its partial update takes `firstName`, `email` and a `phone` only. */
export interface AlgebraixLeadUpdateInput extends LeadInput {
  vendorFields?: Omit<ProspectUpdate, Mapped>;
}

const create: WriteSpec = {
  fields: { firstName: "name", lastName: "lastname1", secondLastName: "lastname2", email: "email" },
  phones: { phone: { number: "telephone" }, mobile: { number: "mobile_telephone" } },
  required: [],
};
const update: WriteSpec = {
  fields: { firstName: "name", email: "email" },
  phones: { phone: { number: "telephone" } },
  required: [],
};

const mapping: Mapping<"algebraix"> = {
  record: "`Prospect`",
  fields: {
    id: source("`id`", (r) => r.id),
    firstName: source("`name`", (r) => text(r.name)),
    lastName: source("`lastname1`", (r) => text(r.lastname1)),
    secondLastName: source("`lastname2`", (r) => text(r.lastname2)),
    fullName: source("`fullname`", (r) => text(r.fullname)),
    companyName: none,
    email: source("`email`", (r) => text(r.email)),
    phones: source("`phone`: `telephone`; `mobile`: `mobile_telephone`", (r) => phones(["phone", r.telephone], ["mobile", r.mobile_telephone])),
    status: source("`current_stage_name` (its stage on the admissions board)", (r) => text(r.current_stage_name)),
    owner: none,
    createdAt: source(
      "`create_date_time`, when written `dd/mm/yyyy` (→ `yyyy-mm-dd`), `dd/mm/yyyy HH:MM[:SS]` (→ local `yyyy-mm-ddTHH:MM[:SS]`, no offset) or ISO 8601; else `null` (its notation is undocumented)",
      (r) => fromDayMonthYear(r.create_date_time),
    ),
    updatedAt: none,
  },
};

export const algebraix: VendorDefinition<"algebraix", AlgebraixClientOptions> = {
  mapping,
  writes: { create, update },
  connect(options) {
    const client = createAlgebraixClient(options);
    const get = (id: string, o?: Parameters<typeof client.prospects.get>[1]) => client.prospects.get(id, o);
    return {
      list: (o) => client.prospects.listAll(o),
      get,
      // Algebraix answers a write with its id and a message: the lead is read back.
      create: async (input, o) => {
        const { id } = await client.prospects.create(toVendorBody("algebraix", "create", input, create), o);
        return readBack("algebraix", "create", id, () => get(id, o));
      },
      update: async (id, input, o) => {
        await client.prospects.update(id, toVendorBody("algebraix", "update", input, update), o);
        return readBack("algebraix", "update", id, () => get(id, o));
      },
    };
  },
};
