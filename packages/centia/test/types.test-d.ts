import { describe, expectTypeOf, it } from "vitest";
import { type components, createCentiaClient } from "../src/index.js";

const centia = createCentiaClient({ token: "t" });
type Schemas = components["schemas"];

describe("Centia types", () => {
  it("types call() by method name, bare or qualified", () => {
    expectTypeOf(centia.call("GetCompanies", { profile_id: 1 })).resolves.toExtend<Schemas["CompaniesGetCompaniesResult"]>();
    expectTypeOf(centia.call("Companies.GetCompanies", { profile_id: 1 })).resolves.toExtend<Schemas["CompaniesGetCompaniesResult"]>();
    expectTypeOf(centia.call("Contacts.GetInputs", { profile_id: 1 })).resolves.toExtend<Schemas["ContactsGetInputsResult"]>();
    expectTypeOf(centia.call("GetCountries")).resolves.toExtend<Schemas["ProfilesGetCountriesResult"]>();
  });

  it("module sugar returns the same types as call()", () => {
    expectTypeOf(centia.companies.list({ profile_id: 1 })).resolves.toExtend<Schemas["CompaniesGetCompaniesResult"]>();
    expectTypeOf(centia.tickets.create).parameter(0).toEqualTypeOf<Schemas["TicketsCreateTicketParams"]>();
  });

  it("rejects wrong methods and parameters", () => {
    // @ts-expect-error GetInputs is in four modules: it must be qualified
    centia.call("GetInputs", { profile_id: 1 });
    // @ts-expect-error unknown method
    centia.call("GetEverything", {});
    // @ts-expect-error profile_id is required
    centia.call("GetCompanies", {});
    // @ts-expect-error profile_id is an integer
    centia.call("GetCompanies", { profile_id: "1" });
    // @ts-expect-error GetStages needs parameters
    centia.call("Profiles.GetStages");
    // @ts-expect-error login needs a token or email and password
    createCentiaClient({ email: "a@b.c" });
  });
});
