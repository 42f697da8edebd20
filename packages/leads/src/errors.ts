import { CrmSdkError } from "@crm-sdk/core";
import type { LeadVendor } from "./lead.js";

/** What a leads client does: its four operations. */
export type LeadOperation = "list" | "get" | "create" | "update";

/**
 * The vendor has no such operation (LeanCore only lists; Centia cannot update a contact).
 * `leads.capabilities` says so up front; nothing was sent.
 */
export class UnsupportedOperationError extends CrmSdkError {
  override name = "UnsupportedOperationError";
  readonly vendor: LeadVendor;
  readonly operation: LeadOperation;
  constructor(vendor: LeadVendor, operation: LeadOperation) {
    super(`${vendor} has no ${operation} for leads (leads.capabilities.${operation} is false); nothing was sent`);
    this.vendor = vendor;
    this.operation = operation;
  }
}

/**
 * The input of `create` or `update` cannot be sent to this vendor; nothing was sent. `field`
 * names what is wrong (`lastName`, `phones[1].kind`, `vendorFields.company_id`), never its value:
 * leads are personal data.
 */
export class LeadInputError extends CrmSdkError {
  override name = "LeadInputError";
  readonly vendor: LeadVendor;
  readonly operation: "create" | "update";
  readonly field: string;
  constructor(vendor: LeadVendor, operation: "create" | "update", field: string, problem: string) {
    super(`${vendor} ${operation}: ${field} ${problem}; nothing was sent`);
    this.vendor = vendor;
    this.operation = operation;
    this.field = field;
  }
}

/** A field the vendor requires is missing (or empty). */
export class MissingFieldError extends LeadInputError {
  override name = "MissingFieldError";
  constructor(vendor: LeadVendor, operation: "create" | "update", field: string) {
    super(vendor, operation, field, "is required");
  }
}

/** A field the vendor cannot store in this operation (Algebraix has no company name; Syscap's update takes no company). */
export class UnsupportedFieldError extends LeadInputError {
  override name = "UnsupportedFieldError";
  constructor(vendor: LeadVendor, operation: "create" | "update", field: string) {
    super(vendor, operation, field, `is not something ${vendor} takes in ${operation}`);
  }
}

/** A field has a value the vendor cannot take in this form (a phone with a leading 0 where Envia wants a number). */
export class InvalidFieldError extends LeadInputError {
  override name = "InvalidFieldError";
}

/**
 * The vendor accepted the write but refused the lead in its answer: Envia's batch create answers
 * 200 with the row under `errors` (`code` such as `DUPLICATE_EMAIL`, `existingId` of the lead it
 * duplicates).
 */
export class LeadRejectedError extends CrmSdkError {
  override name = "LeadRejectedError";
  readonly vendor: LeadVendor;
  readonly code: string | null;
  readonly existingId: string | null;
  constructor(vendor: LeadVendor, code: string | null, existingId: string | null) {
    super(`${vendor} create: the vendor refused the lead (${code ?? "no code given"})${existingId ? `; it duplicates lead ${existingId}` : ""}`);
    this.vendor = vendor;
    this.code = code;
    this.existingId = existingId;
  }
}

/**
 * The write succeeded but reading the lead back failed. Algebraix and Envia answer a write with
 * an id or nothing, so `create`/`update` read the lead back with `get`; do not send the write
 * again: `id` is the lead written, `cause` why the read failed.
 */
export class ReadBackError extends CrmSdkError {
  override name = "ReadBackError";
  readonly vendor: LeadVendor;
  readonly operation: "create" | "update";
  readonly id: string;
  constructor(vendor: LeadVendor, operation: "create" | "update", id: string, cause: unknown) {
    super(`${vendor} ${operation} of lead ${id} succeeded, but reading it back failed (${cause instanceof Error ? cause.name : "error"})`, { cause });
    this.vendor = vendor;
    this.operation = operation;
    this.id = id;
  }
}
