// create and update check their input against what the vendor takes before any request, and
// name the field that is wrong (never its value).
import { describe, expect, it } from "vitest";
import { InvalidFieldError, LeadInputError, MissingFieldError, UnsupportedFieldError } from "../src/index.js";
import { mocked } from "./helpers.js";

async function refused(run: Promise<unknown>) {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LeadInputError);
  return error as LeadInputError;
}

describe("required fields", () => {
  it.each([
    [{ firstName: "Ana" }, "lastName"],
    [{ lastName: "Ruiz" }, "firstName"],
    [{ firstName: "  ", lastName: "Ruiz" }, "firstName"],
  ])("Syscap create %j: MissingFieldError naming %s, nothing sent", async (input, field) => {
    const { leads, requests } = mocked("syscap");
    const error = await refused(leads.create(input as never));
    expect(error).toBeInstanceOf(MissingFieldError);
    expect(error).toMatchObject({ vendor: "syscap", operation: "create", field });
    expect(error.message).toBe(`syscap create: ${field} is required; nothing was sent`);
    expect(requests).toHaveLength(0);
  });

  it.each([
    [{ firstName: "Ana", lastName: "López", vendorFields: { origin_id: 1 } }, "vendorFields.company_id"],
    [{ firstName: "Ana", lastName: "López", vendorFields: { company_id: 10 } }, "vendorFields.origin_id"],
    [{ firstName: "Ana", vendorFields: { company_id: 10, origin_id: 1 } }, "lastName"],
  ])("Centia create %j: MissingFieldError naming %s", async (input, field) => {
    const { leads, requests } = mocked("centia");
    expect(await refused(leads.create(input as never))).toMatchObject({ name: "MissingFieldError", field });
    expect(requests).toHaveLength(0);
  });

  it("a phone without a number is missing its number", async () => {
    const { leads } = mocked("syscap");
    expect(await refused(leads.create({ firstName: "Ana", lastName: "Ruiz", phones: [{ kind: "mobile", number: "" }] }))).toMatchObject({
      name: "MissingFieldError",
      field: "phones[0].number",
    });
  });
});

describe("what a vendor does not take", () => {
  it.each([
    ["algebraix", "create", { companyName: "Acme" }, "companyName"],
    ["algebraix", "update", { lastName: "Ruiz" }, "lastName"],
    ["syscap", "update", { companyName: "Acme" }, "companyName"],
    ["syscap", "create", { firstName: "Ana", lastName: "Ruiz", fullName: "Ana Ruiz" }, "fullName"],
    ["syscap", "create", { firstName: "Ana", lastName: "Ruiz", lastname: "Ruiz" }, "lastname"],
    ["syscap", "create", { firstName: "Ana", lastName: "Ruiz", phones: [{ kind: "office", number: "1" }] }, "phones[0].kind"],
    ["syscap", "update", { phones: [{ kind: "phone", number: "5512345678", extension: "1" }] }, "phones[0].extension"],
    ["envia", "create", { phones: [{ kind: "mobile", number: "5512345678" }] }, "phones[0].kind"],
    ["envia", "create", { phones: [{ kind: "phone", number: "5512345678", label: "work" }] }, "phones[0].label"],
    ["centia", "create", { firstName: "A", lastName: "B", companyName: "Acme", vendorFields: { company_id: 1, origin_id: 1 } }, "companyName"],
  ] as const)("%s %s %j: UnsupportedFieldError naming %s, nothing sent", async (vendor, operation, input, field) => {
    const { leads, requests } = mocked(vendor);
    const call = operation === "create" ? leads.create(input as never) : leads.update("X1234567", input as never);
    const error = await refused(call);
    expect(error).toBeInstanceOf(UnsupportedFieldError);
    expect(error).toMatchObject({ vendor, operation, field });
    expect(requests).toHaveLength(0);
  });
});

describe("values a vendor cannot take in that form", () => {
  it.each([
    [{ phones: [{ kind: "phone", number: "05512345678" }] }, "phones[0].number"],
    [{ phones: [{ kind: "phone", number: "+52 55 1234 5678" }] }, "phones[0].number"],
    [{ phones: [{ kind: "phone", number: "5512345678", countryCode: "+52" }] }, "phones[0].countryCode"],
    [{ fullName: "Ana Ruiz", firstName: "Ana" }, "fullName"],
    [{ email: 42 }, "email"],
    [
      {
        phones: [
          { kind: "phone", number: "5512345678" },
          { kind: "phone", number: "5587654321" },
        ],
      },
      "phones[1].kind",
    ],
    [{ phones: { kind: "phone", number: "5512345678" } }, "phones"],
    [{ email: "a@b.co", vendorFields: { email: "c@d.co" } }, "vendorFields.email"],
  ])("Envia create %j: InvalidFieldError naming %s", async (input, field) => {
    const { leads, requests } = mocked("envia");
    const error = await refused(leads.create(input as never));
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect(error.field).toBe(field);
    expect(requests).toHaveLength(0);
  });

  it("an input that is not an object", async () => {
    const { leads } = mocked("algebraix");
    expect(await refused(leads.create(null as never))).toMatchObject({ name: "InvalidFieldError", field: "input" });
  });
});
