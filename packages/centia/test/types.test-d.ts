import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiPromise,
  type CentiaClient,
  type CompaniesGetCompaniesResult,
  type Company,
  type CompanyPage,
  type ContactsGetInputsResult,
  createCentiaClient,
  type Paginator,
  type ProfilesGetCountriesResult,
  type RpcError,
  type TicketsCreateTicketParams,
} from "../src/index.js";

const centia = createCentiaClient({ baseUrl: "https://centia.test", token: "t" });

describe("Centia types", () => {
  it("types call() by qualified method name, results named", () => {
    expectTypeOf(centia).toEqualTypeOf<CentiaClient>();
    expectTypeOf(centia.call("Companies.GetCompanies", { profile_id: 1 })).toEqualTypeOf<ApiPromise<CompaniesGetCompaniesResult>>();
    expectTypeOf(centia.call("Contacts.GetInputs", { profile_id: 1 })).toEqualTypeOf<ApiPromise<ContactsGetInputsResult>>();
    expectTypeOf(centia.call("Profiles.GetCountries")).toEqualTypeOf<ApiPromise<ProfilesGetCountriesResult>>();
  });

  it("module resources: list pages like every vendor, the rest is call()", () => {
    expectTypeOf(centia.companies.list({ profile_id: 1 })).toEqualTypeOf<ApiPromise<CompanyPage>>();
    expectTypeOf(centia.companies.listAll({ profile_id: 1 })).toEqualTypeOf<Paginator<CompaniesGetCompaniesResult, Company>>();
    expectTypeOf(centia.tickets.create).parameter(0).toEqualTypeOf<TicketsCreateTicketParams>();
    // listAll needs only what the docs require (profile_id); the paging is its own
    centia.contacts.listAll({ profile_id: 1 }, { pageSize: 50, concurrency: 4 });
    // @ts-expect-error Centia's `pagination` is called pageSize here
    centia.companies.list({ profile_id: 1, pagination: 10 });
  });

  it("rejects wrong methods and parameters", () => {
    // @ts-expect-error methods are named with their module
    centia.call("GetCompanies", { profile_id: 1 });
    // @ts-expect-error unknown method
    centia.call("Companies.GetEverything", {});
    // @ts-expect-error profile_id is required
    centia.call("Companies.GetCompanies", {});
    // @ts-expect-error profile_id is an integer
    centia.call("Companies.GetCompanies", { profile_id: "1" });
    // @ts-expect-error GetStages needs parameters
    centia.call("Profiles.GetStages");
  });

  it("needs a baseUrl and a token or an email and password", () => {
    // @ts-expect-error login needs a token or email and password
    createCentiaClient({ baseUrl: "https://centia.test", email: "a@b.c" });
    // @ts-expect-error baseUrl is missing: Centia documents no server
    createCentiaClient({ token: "t" });
  });

  it("RpcError is an API error of Centia's", () => {
    expectTypeOf<RpcError["rpcMethod"]>().toEqualTypeOf<string>();
  });
});
