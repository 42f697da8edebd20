// What a vendor lacks is refused before any request, and said up front; options are checked at creation.
import { InvalidOptionsError, InvalidParameterError } from "@crm-sdk/core";
import { describe, expect, it } from "vitest";
import { createLeadsClient, type LeadVendor, leadCapabilities, leadVendors, UnsupportedOperationError } from "../src/index.js";
import { mocked } from "./helpers.js";

describe("capabilities", () => {
  it("says up front what each vendor supports", () => {
    expect(leadCapabilities).toEqual({
      algebraix: { list: true, get: true, create: true, update: true },
      syscap: { list: true, get: true, create: true, update: true },
      leancore: { list: true, get: false, create: false, update: false },
      envia: { list: true, get: true, create: true, update: true },
      centia: { list: true, get: true, create: true, update: false },
    });
    for (const vendor of leadVendors) expect(mocked(vendor).leads.capabilities).toEqual(leadCapabilities[vendor]);
    expect(mocked("syscap").leads.vendor).toBe("syscap");
  });

  it.each([
    ["leancore", "get"],
    ["leancore", "create"],
    ["leancore", "update"],
    ["centia", "update"],
  ] as const)("%s %s throws UnsupportedOperationError naming both, before any request", async (vendor, operation) => {
    const { leads, requests } = mocked(vendor as LeadVendor);
    const input = { firstName: "Ana", lastName: "Ruiz", vendorFields: { company_id: 1, origin_id: 1 } };
    const call = operation === "get" ? leads.get("1") : operation === "create" ? leads.create(input as never) : leads.update("1", input as never);
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    expect(error).toMatchObject({ name: "UnsupportedOperationError", vendor, operation });
    expect((error as Error).message).toContain(vendor);
    expect((error as Error).message).toContain(operation);
    expect(requests).toHaveLength(0);
  });

  it("every operation a vendor supports answers a Lead through the mock", async () => {
    for (const vendor of leadVendors) {
      const { leads } = mocked(vendor);
      for await (const lead of leads.list()) expect(lead.vendor).toBe(vendor);
      if (leads.capabilities.get) expect((await leads.get(vendor === "envia" ? "42" : vendor === "algebraix" ? "WADFERF3" : "1")).vendor).toBe(vendor);
    }
  });
});

describe("options", () => {
  it("an unknown vendor is an InvalidOptionsError that lists the vendors", () => {
    expect(() => createLeadsClient({ vendor: "acme" } as never)).toThrow(InvalidOptionsError);
    expect(() => createLeadsClient({ vendor: "acme" } as never)).toThrow(/vendor must be one of algebraix, syscap, leancore, envia, centia/);
  });

  it("LeanCore needs its ecosystem, Centia its profile", () => {
    expect(() => createLeadsClient({ vendor: "leancore", token: "t" } as never)).toThrow(/ecosystem is required/);
    expect(() => createLeadsClient({ vendor: "centia", token: "t", baseUrl: "https://centia.test" } as never)).toThrow(/profileId is required/);
  });

  it("the vendor client's own checks still apply (a missing baseUrl)", () => {
    expect(() => createLeadsClient({ vendor: "syscap", token: "t" } as never)).toThrow(InvalidOptionsError);
  });

  it("Envia's ids are numbers: another id is refused before any request", async () => {
    const { leads, requests } = mocked("envia");
    await expect(leads.get("abc")).rejects.toBeInstanceOf(InvalidParameterError);
    await expect(leads.update("4.2", { email: "a@b.co" })).rejects.toBeInstanceOf(InvalidParameterError);
    expect(requests).toHaveLength(0);
  });

  it("a bad pageSize or concurrency is refused when the listing is made", () => {
    const { leads } = mocked("syscap");
    expect(() => leads.list({ concurrency: 0 })).toThrow(/concurrency must be an integer/);
    expect(() => leads.list({ pageSize: 1.5 })).toThrow(/pageSize must be an integer/);
  });
});
