// Each vendor's documented example record, through the spec-driven mock, becomes the Lead the
// mapping table promises: the docs' values where the docs put them, null where they give none.
import { describe, expect, it } from "vitest";
import { createLeadsClient, type Lead } from "../src/index.js";
import { json, mocked, specs } from "./helpers.js";

const spec = (vendor: keyof typeof specs): any => specs[vendor];
const nothing = {
  firstName: null,
  lastName: null,
  secondLastName: null,
  fullName: null,
  companyName: null,
  email: null,
  status: null,
  owner: null,
  createdAt: null,
  updatedAt: null,
};

describe("Syscap", () => {
  it("a listed prospect (the docs' list example)", async () => {
    const { leads } = mocked("syscap");
    const [lead] = await leads.list().take(1);
    expect(lead).toEqual({
      vendor: "syscap",
      id: "prospect-uuid",
      firstName: "Test",
      lastName: "Prospect",
      secondLastName: "Example",
      fullName: "Test Prospect Example",
      companyName: null,
      email: "prospect@example.com",
      phones: [
        { kind: "phone", number: "5500000000", countryCode: null, extension: "5500000000" },
        { kind: "mobile", number: "5500000000", countryCode: null, extension: null },
      ],
      status: "En proceso",
      owner: { id: "promoter-uuid", name: "Test User Example" },
      createdAt: "2026-04-30T10:00",
      updatedAt: "2026-04-30T12:00",
      raw: spec("syscap").paths["/prospects"].get.responses["200"].content["application/json"].example.data[0],
    } satisfies Lead<"syscap">);
  });

  it("one prospect (the docs' get example): `matriname: null` stays null", async () => {
    const { leads } = mocked("syscap");
    const lead = await leads.get("prospect-uuid");
    expect(lead).toMatchObject({
      id: "prospect-uuid",
      firstName: "Name",
      lastName: "Example",
      secondLastName: null,
      fullName: "Name Example",
      phones: [
        { kind: "phone", number: "5500000000", countryCode: null, extension: "5551112233" },
        { kind: "mobile", number: "5559998877", countryCode: null, extension: null },
      ],
      createdAt: "2026-01-01T10:00",
      updatedAt: "2026-01-02T12:00",
    });
    expect(lead.raw).toEqual(spec("syscap").components.examples.ProspectResponse.value.data);
  });

  it("a prospect without promoter, phones or a timestamp it can read: nulls, never guesses", async () => {
    const record = {
      id: "p-2",
      name: "Ana",
      promoter: null,
      promoter_id: null,
      phone_number: null,
      mobile_number: "",
      created_at: "2026-13-01 - 10:00",
      updated_at: "30/04/2026 10:00",
    };
    const leads = createLeadsClient({ vendor: "syscap", baseUrl: "https://syscap.test", fetch: async () => json({ data: record }) });
    expect(await leads.get("p-2")).toMatchObject({ firstName: "Ana", lastName: null, phones: [], owner: null, createdAt: null, updatedAt: null });
  });

  it.each([
    ["2026-04-30 - 10:00", "2026-04-30T10:00"],
    ["2024-02-29 - 23:59", "2024-02-29T23:59"],
    ["2026-02-29 - 10:00", null],
    ["2026-04-30 - 24:00", null],
    ["2026-04-30 - 10:60", null],
    ["2026-04-30T10:00:00Z", null],
  ])("created_at %j becomes createdAt %j", async (value, expected) => {
    const leads = createLeadsClient({ vendor: "syscap", baseUrl: "https://syscap.test", fetch: async () => json({ data: { id: "p-4", created_at: value } }) });
    expect((await leads.get("p-4")).createdAt).toBe(expected);
  });

  it("`promoter_id` without the promoter: the owner's id, no name", async () => {
    const leads = createLeadsClient({
      vendor: "syscap",
      baseUrl: "https://syscap.test",
      fetch: async () => json({ data: { id: "p-3", promoter_id: "pr-9" } }),
    });
    expect((await leads.get("p-3")).owner).toEqual({ id: "pr-9", name: null });
  });
});

describe("Algebraix", () => {
  it("a listed prospect (the docs' example: placeholders, kept as the docs write them)", async () => {
    const { leads } = mocked("algebraix");
    const [lead] = await leads.list().take(1);
    expect(lead).toEqual({
      vendor: "algebraix",
      id: "stringst",
      firstName: "string",
      lastName: "string",
      secondLastName: "string",
      fullName: "string",
      companyName: null,
      email: "string",
      phones: [
        { kind: "phone", number: "string", countryCode: null, extension: null },
        { kind: "mobile", number: "string", countryCode: null, extension: null },
      ],
      status: "string",
      owner: null,
      createdAt: null, // "string" is no date
      updatedAt: null,
      raw: spec("algebraix").paths["/prospects"].get.responses["200"].content["application/json"].example[0],
    } satisfies Lead<"algebraix">);
  });

  it.each([
    ["01/01/2000", "2000-01-01"],
    ["09/01/2026 14:05", "2026-01-09T14:05"],
    ["09/01/2026 14:05:30", "2026-01-09T14:05:30"],
    ["2026-01-09T14:05:30-06:00", "2026-01-09T14:05:30-06:00"],
    ["29/02/2024", "2024-02-29"],
    ["29/02/2026", null],
    ["31/04/2026", null],
    ["31/02/2026", null],
    ["09/01/2026 24:00", null],
    ["01/13/2026", null],
    ["1/1/2026", null],
    ["ayer", null],
  ])("create_date_time %j becomes createdAt %j (dd/mm/yyyy, day first)", async (value, expected) => {
    const leads = createLeadsClient({
      vendor: "algebraix",
      baseUrl: "https://algebraix.test",
      fetch: async () => json({ id: "AAAAAAAA", create_date_time: value }),
    });
    const lead = await leads.get("AAAAAAAA");
    expect(lead.createdAt).toBe(expected);
    expect(lead.raw.create_date_time).toBe(value);
  });
});

describe("LeanCore", () => {
  it("a lead of the ecosystem (the docs' example)", async () => {
    const { leads, requests } = mocked("leancore");
    const [lead] = await leads.list().take(1);
    expect(lead).toEqual({
      ...nothing,
      vendor: "leancore",
      id: "string",
      firstName: "string",
      lastName: "string",
      companyName: "string",
      email: "string",
      phones: [{ kind: "phone", number: "string", countryCode: null, extension: null }],
      status: "string",
      raw: spec("leancore").paths["/lead"].get.responses["200"].content["application/json"].example[0],
    } satisfies Lead<"leancore">);
    expect(new URL(requests[0]?.url ?? "").searchParams.get("ecosystem")).toBe("fd3705e1-3149-4c41-bfe7-cf0bee79cfad");
  });
});

describe("Envia", () => {
  it("a listed row (the docs' list example): no name, e-mail or phone in a row", async () => {
    const { leads } = mocked("envia");
    const [lead] = await leads.list().take(1);
    expect(lead).toEqual({
      ...nothing,
      vendor: "envia",
      id: "42",
      companyName: "Acme Corp",
      phones: [],
      status: "qualified",
      owner: { id: null, name: "Maria Garcia" },
      raw: spec("envia").paths["/prospects/list"].get.responses["200"].content["application/json"].example.data[0],
    } satisfies Lead<"envia">);
  });

  it("one prospect (the docs' get example)", async () => {
    const { leads, requests } = mocked("envia");
    const lead = await leads.get("42");
    expect(lead).toEqual({
      ...nothing,
      vendor: "envia",
      id: "42",
      fullName: "John Doe",
      companyName: "Acme Corp",
      email: "john@acme.com",
      phones: [{ kind: "phone", number: "5551234567", countryCode: "52", extension: null }],
      status: "1",
      owner: { id: "10", name: null },
      createdAt: "2026-01-15T08:00:00Z",
      raw: spec("envia").paths["/prospects/{id}"].get.responses["200"].content["application/json"].example,
    } satisfies Lead<"envia">);
    expect(new URL(requests[0]?.url ?? "").pathname).toBe("/prospects/42");
  });
});

describe("Centia", () => {
  it("a listed contact (the docs' example is `{}`: its fields are undocumented, so every field is null)", async () => {
    const { leads } = mocked("centia");
    const [lead] = await leads.list().take(1);
    expect(lead).toEqual({ ...nothing, vendor: "centia", id: null, phones: [], raw: {} } satisfies Lead<"centia">);
  });

  it("a contact with the fields CreateContact names (the docs' CreateContact example values)", async () => {
    const contact = {
      id: 7,
      name: "Ana",
      surname: "López",
      mother_surname: "García",
      phone_office: "5555555555",
      phone_office_extension: "123",
      phone_mobile: "5511111111",
      email: "ana.lopez@acme.mx",
      created_at: "2026-02-01T09:30:00Z",
    };
    const leads = createLeadsClient({
      vendor: "centia",
      baseUrl: "https://centia.test",
      token: "t",
      profileId: 1,
      fetch: async () => json({ success: true, response: { contact } }),
    });
    expect(await leads.get("7")).toEqual({
      ...nothing,
      vendor: "centia",
      id: "7",
      firstName: "Ana",
      lastName: "López",
      secondLastName: "García",
      email: "ana.lopez@acme.mx",
      phones: [
        { kind: "office", number: "5555555555", countryCode: null, extension: "123" },
        { kind: "mobile", number: "5511111111", countryCode: null, extension: null },
      ],
      createdAt: "2026-02-01T09:30:00Z",
      raw: contact,
    } satisfies Lead<"centia">);
  });

  it("a DD/MM/YY created_at is not converted (its century would be a guess)", async () => {
    const leads = createLeadsClient({
      vendor: "centia",
      baseUrl: "https://centia.test",
      token: "t",
      profileId: 1,
      fetch: async () => json({ success: true, response: { contact: { id: "8", created_at: "01/06/24" } } }),
    });
    expect((await leads.get("8")).createdAt).toBeNull();
  });

  it("asks GetContact by id, in the configured profile", async () => {
    const { leads, requests } = mocked("centia");
    await leads.get("7");
    expect(JSON.parse(requests[0]?.body ?? "")).toEqual({ method: "GetContact", parameters: { profile_id: 1, search_by: "id", search_value: "7" } });
  });
});
