export type { CallOptions, PagingOptions } from "@crm-sdk/core";
export type { LeadListOptions } from "./adapter.js";
export { type LeadCapabilities, leadCapabilities } from "./capabilities.js";
export {
  createLeadsClient,
  type LeadCreateInput,
  type LeadCreateInputs,
  type LeadsClient,
  type LeadsClientOptions,
  type LeadsVendorOptions,
  type LeadUpdateInput,
  type LeadUpdateInputs,
} from "./client.js";
export {
  InvalidFieldError,
  LeadInputError,
  type LeadOperation,
  LeadRejectedError,
  MissingFieldError,
  ReadBackError,
  UnsupportedFieldError,
  UnsupportedOperationError,
} from "./errors.js";
export type { LeadInput, LeadPhoneInput } from "./input.js";
export {
  type AlgebraixLead,
  type CentiaLead,
  type EnviaLead,
  type Lead,
  type LeadField,
  type LeadOwner,
  type LeadPhone,
  type LeadRecords,
  type LeadVendor,
  type LeancoreLead,
  leadVendors,
  type PhoneKind,
  type SyscapLead,
  type VendorLead,
} from "./lead.js";
export type { LeadList, LeadPage } from "./list.js";
export type { AlgebraixLeadCreateInput, AlgebraixLeadUpdateInput } from "./vendors/algebraix.js";
export type { CentiaLeadCreateInput, CentiaLeadsOptions } from "./vendors/centia.js";
export type { EnviaLeadCreateInput, EnviaLeadUpdateInput } from "./vendors/envia.js";
export type { LeancoreLeadsOptions } from "./vendors/leancore.js";
export type { SyscapLeadCreateInput, SyscapLeadUpdateInput } from "./vendors/syscap.js";
