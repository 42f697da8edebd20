import { InvalidOptionsError } from "@crm-sdk/core";
import { createLeancoreClient, type LeancoreClientOptions } from "@crm-sdk/leancore";
import type { VendorDefinition } from "../adapter.js";
import { type Mapping, none, phones, source, text } from "../mapping.js";

/** LeanCore's client options, plus the ecosystem whose leads to list. */
export interface LeancoreLeadsOptions extends LeancoreClientOptions {
  /** The ecosystem's id (a UUID): LeanCore lists leads per ecosystem. */
  ecosystem: string;
}

const mapping: Mapping<"leancore"> = {
  record: "`Lead`",
  fields: {
    id: source("`id`", (r) => r.id),
    firstName: source("`name`", (r) => text(r.name)),
    lastName: source("`lastname`", (r) => text(r.lastname)),
    secondLastName: none,
    fullName: none,
    companyName: source("`business_name`", (r) => text(r.business_name)),
    email: source("`email`", (r) => text(r.email)),
    phones: source("`phone`: `phone`", (r) => phones(["phone", r.phone])),
    status: source("`status`", (r) => text(r.status)),
    owner: none,
    createdAt: none,
    updatedAt: none,
  },
};

/** LeanCore documents one operation, the list of an ecosystem's leads. */
export const leancore: VendorDefinition<"leancore", LeancoreLeadsOptions> = {
  mapping,
  writes: {},
  connect({ ecosystem, ...options }) {
    if (typeof ecosystem !== "string" || ecosystem === "") throw new InvalidOptionsError("ecosystem is required for leancore (the ecosystem's id)");
    const client = createLeancoreClient(options);
    return { list: (o) => client.leads.listAll({ ecosystem }, o) };
  },
};
