import { type CreateProspectAttributes, createSyscapClient, type Prospect, type SyscapClientOptions, type UpdateProspectAttributes } from "@crm-sdk/syscap";
import type { VendorDefinition } from "../adapter.js";
import { fromSyscapTimestamp } from "../dates.js";
import { type LeadInput, toVendorBody, type WriteSpec } from "../input.js";
import { type Mapping, phones, source, text } from "../mapping.js";

type Mapped = "name" | "lastname" | "matriname" | "company_name" | "email" | "phone_number" | "phone_number_extension" | "mobile_number";
/** `create` on Syscap: `firstName` and `lastName` are required; other prospect attributes go in `vendorFields`. */
export interface SyscapLeadCreateInput extends LeadInput {
  firstName: string;
  lastName: string;
  vendorFields?: Omit<CreateProspectAttributes, Mapped>;
}
/** `update` on Syscap: the attributes its update takes (no company, no extension). */
export interface SyscapLeadUpdateInput extends LeadInput {
  vendorFields?: Omit<UpdateProspectAttributes, Mapped>;
}

const create: WriteSpec = {
  fields: { firstName: "name", lastName: "lastname", secondLastName: "matriname", companyName: "company_name", email: "email" },
  phones: { phone: { number: "phone_number", extension: "phone_number_extension" }, mobile: { number: "mobile_number" } },
  required: ["firstName", "lastName"],
};
const update: WriteSpec = {
  fields: { firstName: "name", lastName: "lastname", secondLastName: "matriname", email: "email" },
  phones: { phone: { number: "phone_number" }, mobile: { number: "mobile_number" } },
  required: [],
};

const mapping: Mapping<"syscap"> = {
  record: "`Prospect`",
  fields: {
    id: source("`id`", (r) => r.id),
    firstName: source("`name`", (r) => text(r.name)),
    lastName: source("`lastname`", (r) => text(r.lastname)),
    secondLastName: source("`matriname`", (r) => text(r.matriname)),
    fullName: source("`full_name`", (r) => text(r.full_name)),
    companyName: source("`company_name`", (r) => text(r.company_name)),
    email: source("`email`", (r) => text(r.email)),
    phones: source("`phone`: `phone_number`, extension `phone_number_extension`; `mobile`: `mobile_number`", (r: Prospect) =>
      phones(["phone", r.phone_number, null, r.phone_number_extension], ["mobile", r.mobile_number]),
    ),
    status: source("`max_status` (the most advanced status of its prospections, a label)", (r) => text(r.max_status)),
    owner: source("`promoter` (`id`, `full_name`); else `promoter_id`", (r) => {
      if (r.promoter) return { id: r.promoter.id, name: text(r.promoter.full_name) };
      return text(r.promoter_id) ? { id: r.promoter_id as string, name: null } : null;
    }),
    createdAt: source("`created_at`: `YYYY-MM-DD - HH:MM` → `YYYY-MM-DDTHH:MM` (no offset: Syscap states no time zone)", (r) =>
      fromSyscapTimestamp(r.created_at),
    ),
    updatedAt: source("`updated_at`, converted like `created_at`", (r) => fromSyscapTimestamp(r.updated_at)),
  },
};
export const syscap: VendorDefinition<"syscap", SyscapClientOptions> = {
  mapping,
  writes: { create, update },
  connect(options) {
    const client = createSyscapClient(options);
    return {
      list: (o) => client.prospects.listAll(o),
      get: (id, o) => client.prospects.get(id, o),
      create: async (input, o) => client.prospects.create({ prospect: toVendorBody("syscap", "create", input, create) as CreateProspectAttributes }, o),
      update: async (id, input, o) => client.prospects.update(id, { prospect: toVendorBody("syscap", "update", input, update) }, o),
    };
  },
};
