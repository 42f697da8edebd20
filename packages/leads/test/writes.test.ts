// create and update through the mock: what is sent, what comes back, and create-then-get
// round trips where the mock keeps records (Syscap and Algebraix, stateful mode).
import { ApiError } from "@crm-sdk/core";
import { describe, expect, it } from "vitest";
import { createLeadsClient, LeadRejectedError, ReadBackError } from "../src/index.js";
import { json, mocked } from "./helpers.js";

const ana = {
  firstName: "Ana",
  lastName: "Ruiz",
  secondLastName: "Soto",
  email: "ana@example.com",
  phones: [
    { kind: "phone" as const, number: "5533334444", extension: "12" },
    { kind: "mobile" as const, number: "5511112222" },
  ],
};
const sent = (r: { method: string; url: string; body: string | undefined }) => ({
  method: r.method,
  path: new URL(r.url).pathname,
  body: r.body ? JSON.parse(r.body) : undefined,
});

describe("Syscap (stateful mock)", () => {
  it("create, then get, round-trips; update changes only what it is given", async () => {
    const { leads, requests } = mocked("syscap", { stateful: true });
    const created = await leads.create(ana);
    expect(sent(requests[0] as never)).toEqual({
      method: "POST",
      path: "/prospects",
      body: {
        prospect: {
          name: "Ana",
          lastname: "Ruiz",
          matriname: "Soto",
          email: "ana@example.com",
          phone_number: "5533334444",
          phone_number_extension: "12",
          mobile_number: "5511112222",
        },
      },
    });
    expect(requests).toHaveLength(1); // Syscap answers the record: no read-back
    expect(created).toMatchObject({ vendor: "syscap", firstName: "Ana", lastName: "Ruiz", secondLastName: "Soto", email: "ana@example.com" });
    expect(created.phones).toEqual([
      { kind: "phone", number: "5533334444", countryCode: null, extension: "12" },
      { kind: "mobile", number: "5511112222", countryCode: null, extension: null },
    ]);
    expect(await leads.get(created.id)).toEqual(created);

    const updated = await leads.update(created.id, { email: "ana.ruiz@example.com", phones: [{ kind: "mobile", number: "5599990000" }] });
    expect(sent(requests[2] as never)).toEqual({
      method: "PUT",
      path: `/prospects/${created.id}`,
      body: { prospect: { email: "ana.ruiz@example.com", mobile_number: "5599990000" } },
    });
    expect(updated).toEqual({
      ...created,
      email: "ana.ruiz@example.com",
      phones: [created.phones[0], { kind: "mobile", number: "5599990000", countryCode: null, extension: null }],
      raw: updated.raw,
    });
    expect(await leads.get(created.id)).toEqual(updated);
  });

  it("other prospect attributes go in vendorFields, under Syscap's names", async () => {
    const { leads, requests } = mocked("syscap", { stateful: true });
    await leads.create({ firstName: "Ana", lastName: "Ruiz", vendorFields: { gender: "female", dob: "1990-06-15" } });
    expect(sent(requests[0] as never).body).toEqual({ prospect: { name: "Ana", lastname: "Ruiz", gender: "female", dob: "1990-06-15" } });
  });
});

const anaWithoutExtension = { ...ana, phones: ana.phones.map(({ kind, number }) => ({ kind, number })) };

describe("Algebraix (stateful mock)", () => {
  it("create reads the lead back (Algebraix answers only its id), then get round-trips", async () => {
    const { leads, requests } = mocked("algebraix", { stateful: true });
    const created = await leads.create(anaWithoutExtension);
    expect(requests.map(sent)).toEqual([
      {
        method: "POST",
        path: "/prospects",
        body: { name: "Ana", lastname1: "Ruiz", lastname2: "Soto", email: "ana@example.com", telephone: "5533334444", mobile_telephone: "5511112222" },
      },
      { method: "GET", path: `/prospects/${created.id}`, body: undefined },
    ]);
    expect(created.id).toMatch(/^[A-Z0-9]{8}$/);
    expect(created).toMatchObject({ firstName: "Ana", lastName: "Ruiz", secondLastName: "Soto", email: "ana@example.com" });
    expect(await leads.get(created.id)).toEqual(created);

    const updated = await leads.update(created.id, { firstName: "Ana María", phones: [{ kind: "phone", number: "6620000000" }] });
    expect(requests.slice(3).map(sent)).toEqual([
      { method: "PATCH", path: `/prospects/${created.id}`, body: { name: "Ana María", telephone: "6620000000" } },
      { method: "GET", path: `/prospects/${created.id}`, body: undefined },
    ]);
    expect(updated.firstName).toBe("Ana María");
    expect(updated.phones[0]).toEqual({ kind: "phone", number: "6620000000", countryCode: null, extension: null });
    expect(await leads.get(created.id)).toEqual(updated);
  });

  it("a read-back that fails after the write says the write went through, with the id", async () => {
    const { leads } = mocked("algebraix", {
      stateful: true,
      wrap: (fetch) => async (request, init) => (request.method === "GET" ? json({ message: "down" }, 500) : fetch(request, init)),
    });
    const error = await leads.create(anaWithoutExtension).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadBackError);
    expect(error).toMatchObject({ vendor: "algebraix", operation: "create", id: expect.stringMatching(/^[A-Z0-9]{8}$/) });
    expect((error as ReadBackError).cause).toBeInstanceOf(ApiError);
  });
});

describe("Envia", () => {
  it("create sends a batch of one (the name joined, the phone as numbers) and reads the new prospect back", async () => {
    const { leads, requests } = mocked("envia");
    const lead = await leads.create({
      firstName: "Ana",
      lastName: "Ruiz",
      email: "ana@example.com",
      companyName: "Acme",
      phones: [{ kind: "phone", number: "5512345678", countryCode: "52" }],
    });
    expect(requests.map(sent)).toEqual([
      { method: "POST", path: "/prospects", body: [{ name: "Ana Ruiz", company: "Acme", email: "ana@example.com", phone: 5512345678, code: 52 }] },
      { method: "GET", path: "/prospects/42", body: undefined }, // the mock answers its example's id, 42
    ]);
    expect(lead).toMatchObject({ vendor: "envia", id: "42", fullName: "John Doe" });
  });

  it("update sends Envia's core fields (strings here) and reads the prospect back", async () => {
    const { leads, requests } = mocked("envia");
    await leads.update("42", { fullName: "Ana Ruiz", companyName: "Acme", phones: [{ kind: "phone", number: "5512345678", countryCode: "52" }] });
    expect(requests.map(sent)).toEqual([
      { method: "PATCH", path: "/prospects/42", body: { name: "Ana Ruiz", company_name: "Acme", phone: "5512345678", phone_code: "52" } },
      { method: "GET", path: "/prospects/42", body: undefined },
    ]);
  });

  it("a row Envia refuses (200 with `errors`) is a LeadRejectedError with its code, never the e-mail", async () => {
    const fetch = async () => json({ inserts: [], errors: [{ email: "ana@example.com", code: "DUPLICATE_EMAIL", existing_id: 99 }] });
    const leads = createLeadsClient({ vendor: "envia", baseUrl: "https://envia.test", token: "t", fetch });
    const error = await leads.create({ email: "ana@example.com" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeadRejectedError);
    expect(error).toMatchObject({ vendor: "envia", code: "DUPLICATE_EMAIL", existingId: "99" });
    expect(String(error)).not.toContain("ana@example.com");
  });
});

describe("Centia", () => {
  it("create sends CreateContact in the profile, with company_id and origin_id from vendorFields", async () => {
    const { leads, requests } = mocked("centia");
    const lead = await leads.create({
      firstName: "Ana",
      lastName: "López",
      email: "ana.lopez@acme.mx",
      phones: [
        { kind: "office", number: "5555555555", extension: "123" },
        { kind: "mobile", number: "5511111111" },
      ],
      vendorFields: { company_id: 10, origin_id: 1 },
    });
    expect(requests.map(sent)).toEqual([
      {
        method: "POST",
        path: "/contacts",
        body: {
          method: "CreateContact",
          parameters: {
            company_id: 10,
            origin_id: 1,
            name: "Ana",
            surname: "López",
            email: "ana.lopez@acme.mx",
            phone_office: "5555555555",
            phone_office_extension: "123",
            phone_mobile: "5511111111",
            profile_id: 1,
          },
        },
      },
    ]);
    expect(lead).toMatchObject({ vendor: "centia", raw: {} }); // the mock answers the docs' `contact: {}`
  });
});
