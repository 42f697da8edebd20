import { InvalidFieldError, MissingFieldError, UnsupportedFieldError } from "./errors.js";
import type { LeadVendor, PhoneKind } from "./lead.js";

/** A phone number to write: the kinds each vendor takes are in the write table. */
export interface LeadPhoneInput {
  kind: PhoneKind;
  number: string;
  /** Where the vendor keeps it apart (Envia). */
  countryCode?: string;
  /** Where the vendor keeps one (Syscap's `phone`, Centia's `office`). */
  extension?: string;
}

/** The Lead fields `create` and `update` write; which ones a vendor takes is in the write table. */
export interface LeadInput {
  firstName?: string;
  lastName?: string;
  secondLastName?: string;
  fullName?: string;
  companyName?: string;
  email?: string;
  /** At most one number of each kind. On `update`, only the kinds given change. */
  phones?: LeadPhoneInput[];
}

export type TextField = Exclude<keyof LeadInput, "phones">;
const textFields: readonly TextField[] = ["firstName", "lastName", "secondLastName", "fullName", "companyName", "email"];

/** Where a phone kind goes in the vendor's body. */
export interface PhoneTarget {
  number: string;
  extension?: string;
  countryCode?: string;
  /** The vendor takes the number (and country code) as a JSON number (Envia's create). */
  numeric?: boolean;
}

/** How `create` or `update` of one vendor writes a `LeadInput`: the source of the write table too. */
export interface WriteSpec {
  /** Lead field → the vendor's field. */
  fields: Partial<Record<TextField, string>>;
  /** Where `firstName`, `lastName` and `secondLastName` go, joined with spaces, when the vendor keeps one name and `fullName` is not given (Envia). */
  joinedName?: string;
  phones: Partial<Record<PhoneKind, PhoneTarget>>;
  /** Lead fields, or `vendorFields.<name>`, that must be present and not empty. */
  required: readonly string[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const given = (value: unknown) => value !== undefined && !(typeof value === "string" && value.trim() === "");
const digits = /^[1-9][0-9]{0,14}$/;

/**
 * The vendor's body for a `LeadInput`, or a `LeadInputError` naming the first field that cannot be
 * sent (never its value). `vendorFields` pass through as they are, under the vendor's names.
 */
export function toVendorBody(vendor: LeadVendor, operation: "create" | "update", input: unknown, spec: WriteSpec): Record<string, unknown> {
  const invalid = (field: string, problem: string) => new InvalidFieldError(vendor, operation, field, problem);
  if (!isObject(input)) throw invalid("input", "must be an object");
  const { phones, vendorFields = {}, ...rest } = input;
  if (!isObject(vendorFields)) throw invalid("vendorFields", "must be an object");
  const body: Record<string, unknown> = { ...vendorFields };
  const claim = (key: string, from: string, value: unknown) => {
    if (key in vendorFields) throw invalid(`vendorFields.${key}`, `is written from ${from}; give one or the other`);
    body[key] = value;
  };

  for (const [field, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    if (!textFields.includes(field as TextField)) throw new UnsupportedFieldError(vendor, operation, field);
    if (typeof value !== "string") throw invalid(field, "must be a string");
    const key = spec.fields[field as TextField];
    if (key) claim(key, field, value);
    else if (!(spec.joinedName && ["firstName", "lastName", "secondLastName"].includes(field))) throw new UnsupportedFieldError(vendor, operation, field);
  }
  if (spec.joinedName) {
    const parts = [rest.firstName, rest.lastName, rest.secondLastName].filter(given) as string[];
    if (parts.length > 0 && given(rest.fullName)) throw invalid("fullName", `and the name parts both given: ${vendor} keeps one name`);
    if (parts.length > 0) claim(spec.joinedName, "firstName, lastName and secondLastName", parts.join(" "));
  }

  if (phones !== undefined) {
    if (!Array.isArray(phones)) throw invalid("phones", "must be an array");
    const seen = new Set<string>();
    phones.forEach((phone: unknown, i) => {
      const at = `phones[${i}]`;
      if (!isObject(phone)) throw invalid(at, "must be an object");
      const { kind, number, extension, countryCode, ...other } = phone;
      const unknownKey = Object.keys(other)[0];
      if (unknownKey) throw new UnsupportedFieldError(vendor, operation, `${at}.${unknownKey}`);
      const target = typeof kind === "string" ? spec.phones[kind as PhoneKind] : undefined;
      if (!target) throw new UnsupportedFieldError(vendor, operation, `${at}.kind`);
      if (seen.has(kind as string)) throw invalid(`${at}.kind`, "repeats a kind given before");
      seen.add(kind as string);
      if (typeof number !== "string" || !given(number)) throw new MissingFieldError(vendor, operation, `${at}.number`);
      if (target.numeric && !digits.test(number)) throw invalid(`${at}.number`, `must be 1 to 15 digits without a leading 0: ${vendor} stores it as a number`);
      claim(target.number, `${at}.number`, target.numeric ? Number(number) : number);
      for (const [key, value, to] of [
        ["extension", extension, target.extension],
        ["countryCode", countryCode, target.countryCode],
      ] as const) {
        if (value === undefined) continue;
        if (!to) throw new UnsupportedFieldError(vendor, operation, `${at}.${key}`);
        if (typeof value !== "string") throw invalid(`${at}.${key}`, "must be a string");
        if (target.numeric && !digits.test(value)) throw invalid(`${at}.${key}`, `must be digits without a leading 0: ${vendor} stores it as a number`);
        claim(to, `${at}.${key}`, target.numeric ? Number(value) : value);
      }
    });
  }

  for (const field of spec.required) {
    const [scope, name] = field.split(".") as [string, string | undefined];
    const value = name ? vendorFields[name] : rest[scope];
    if (!given(value)) throw new MissingFieldError(vendor, operation, field);
  }
  return body;
}

/** The values of an input a vendor might echo (names, e-mail, numbers, vendorFields), to keep them out of its error messages. */
export function personalValues(input: unknown): string[] {
  if (!isObject(input)) return [];
  const values: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string" && value.trim().length >= 3) values.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (isObject(value)) Object.values(value).forEach(collect);
  };
  for (const field of textFields) collect(input[field]);
  if (Array.isArray(input.phones)) for (const phone of input.phones) if (isObject(phone)) [phone.number, phone.extension, phone.countryCode].forEach(collect);
  collect(input.vendorFields);
  return values;
}
