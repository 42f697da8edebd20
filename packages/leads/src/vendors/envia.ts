import { InvalidParameterError } from "@crm-sdk/core";
import {
  createEnviaClient,
  type EnviaClientOptions,
  type ProspectDetail,
  type ProspectImport,
  type ProspectListRow,
  type ProspectUpdate,
} from "@crm-sdk/envia";
import { readBack, type VendorDefinition } from "../adapter.js";
import { isoAsIs } from "../dates.js";
import { LeadRejectedError } from "../errors.js";
import { type LeadInput, toVendorBody, type WriteSpec } from "../input.js";
import { idText, type Mapping, none, phones, source, text } from "../mapping.js";

/** `create` on Envia: one row of its batch import; nothing is required by its docs. `locale`, `type` and so on go in `vendorFields`. */
export interface EnviaLeadCreateInput extends LeadInput {
  vendorFields?: Omit<ProspectImport, "name" | "company" | "email" | "phone" | "code">;
}
/** `update` on Envia: its core prospect fields. */
export interface EnviaLeadUpdateInput extends LeadInput {
  vendorFields?: Omit<ProspectUpdate, "name" | "company_name" | "email" | "phone" | "phone_code">;
}

// Envia keeps one `name` (the contact's whole name): name parts are joined into it.
const create: WriteSpec = {
  fields: { fullName: "name", companyName: "company", email: "email" },
  joinedName: "name",
  phones: { phone: { number: "phone", countryCode: "code", numeric: true } },
  required: [],
};
const update: WriteSpec = {
  fields: { fullName: "name", companyName: "company_name", email: "email" },
  joinedName: "name",
  phones: { phone: { number: "phone", countryCode: "phone_code" } },
  required: [],
};

const detail = (r: ProspectListRow | ProspectDetail): r is ProspectDetail => "prospect" in r && typeof r.prospect === "object" && r.prospect !== null;
const mapping: Mapping<"envia"> = {
  record: "`ProspectListRow` from `list`, `ProspectDetail` from `get`",
  fields: {
    id: source("list: `id`; get: `prospect.id` (numbers, as text)", (r) => String(detail(r) ? r.prospect.id : r.id)),
    firstName: none,
    lastName: none,
    secondLastName: none,
    fullName: source("get: `prospect.name`; list: —", (r) => (detail(r) ? text(r.prospect.name) : null)),
    companyName: source("list: `company_name`; get: `prospect.company_name`", (r) => text(detail(r) ? r.prospect.company_name : r.company_name)),
    email: source("get: `prospect.email`; list: —", (r) => (detail(r) ? text(r.prospect.email) : null)),
    phones: source("get: `phone`: `prospect.phone`, country code `prospect.phone_code`; list: none", (r) =>
      detail(r) ? phones(["phone", r.prospect.phone, r.prospect.phone_code]) : [],
    ),
    status: source("list: `lead_status`; get: `prospect.status` (a number whose values Envia does not document, as text)", (r) =>
      detail(r) ? idText(r.prospect.status) : text(r.lead_status),
    ),
    owner: source("list: `salesman_name` (name); get: `prospect.created_by` (the admin it is assigned to, id)", (r) => {
      const id = detail(r) ? idText(r.prospect.created_by) : null;
      const name = detail(r) ? null : text(r.salesman_name);
      return id || name ? { id, name } : null;
    }),
    createdAt: source("get: `prospect.created_at` (ISO 8601, as it is); list: —", (r) => (detail(r) ? isoAsIs(r.prospect.created_at) : null)),
    updatedAt: none,
  },
};

/** Envia's prospect ids are numbers: the id as a number, or an `InvalidParameterError` before anything is sent. */
function prospectId(id: string): number {
  const n = Number(id);
  if (!/^[1-9][0-9]*$/.test(id) || !Number.isSafeInteger(n)) throw new InvalidParameterError("path", "id", "must be a positive integer for envia");
  return n;
}

export const envia: VendorDefinition<"envia", EnviaClientOptions> = {
  mapping,
  writes: { create, update },
  connect(options) {
    const client = createEnviaClient(options);
    const get = async (id: string, o?: Parameters<typeof client.prospects.get>[2]) => client.prospects.get(prospectId(id), undefined, o);
    return {
      list: (o) => client.prospects.listAll({}, o),
      get,
      // A batch of one: Envia answers the new id under `inserts`, or the row under `errors`; the lead is read back.
      create: async (input, o) => {
        const result = await client.prospects.create([toVendorBody("envia", "create", input, create)], o);
        const created = result.inserts[0];
        if (!created) throw new LeadRejectedError("envia", text(result.errors[0]?.code), idText(result.errors[0]?.existing_id));
        const id = String(created.id);
        return readBack("envia", "create", id, () => get(id, o));
      },
      update: async (id, input, o) => {
        const n = prospectId(id);
        await client.prospects.update(n, toVendorBody("envia", "update", input, update), o);
        return readBack("envia", "update", id, () => get(id, o));
      },
    };
  },
};
