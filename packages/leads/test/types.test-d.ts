import type { Prospect as AlgebraixProspect } from "@crm-sdk/algebraix";
import type { Contact as CentiaContact } from "@crm-sdk/centia";
import type { ProspectDetail, ProspectListRow } from "@crm-sdk/envia";
import type { Lead as LeancoreRecord } from "@crm-sdk/leancore";
import type { Prospect as SyscapProspect } from "@crm-sdk/syscap";
import { assertType, describe, expectTypeOf, it } from "vitest";
import { createLeadsClient, type Lead, type LeadList, type LeadsClient, type SyscapLead } from "../src/index.js";

const syscap = createLeadsClient({ vendor: "syscap", baseUrl: "https://syscap.test", token: "t" });
const centia = createLeadsClient({ vendor: "centia", baseUrl: "https://centia.test", email: "a@b.co", password: "p", profileId: 1 });
const leancore = createLeadsClient({ vendor: "leancore", token: "t", ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" });

describe("raw is the vendor's record, narrowed by vendor", () => {
  it("a client of one vendor answers that vendor's leads", () => {
    expectTypeOf(syscap).toEqualTypeOf<LeadsClient<"syscap">>();
    expectTypeOf(syscap.vendor).toEqualTypeOf<"syscap">();
    expectTypeOf(syscap.get("id")).resolves.toEqualTypeOf<SyscapLead>();
    expectTypeOf(syscap.list()).toEqualTypeOf<LeadList<SyscapLead>>();
    expectTypeOf<Lead<"syscap">["raw"]>().toEqualTypeOf<SyscapProspect>();
    expectTypeOf<Lead<"algebraix">["raw"]>().toEqualTypeOf<AlgebraixProspect>();
    expectTypeOf<Lead<"leancore">["raw"]>().toEqualTypeOf<LeancoreRecord>();
    expectTypeOf<Lead<"envia">["raw"]>().toEqualTypeOf<ProspectListRow | ProspectDetail>();
    expectTypeOf<Lead<"centia">["raw"]>().toEqualTypeOf<CentiaContact>();
  });

  it("a lead of any vendor narrows by `lead.vendor`", () => {
    const narrow = (lead: Lead) => {
      if (lead.vendor === "syscap") {
        expectTypeOf(lead.raw).toEqualTypeOf<SyscapProspect>();
        expectTypeOf(lead.raw.max_status).toEqualTypeOf<string | undefined>();
      } else if (lead.vendor === "algebraix") {
        expectTypeOf(lead.raw.current_stage_name).toEqualTypeOf<string | undefined>();
        // @ts-expect-error max_status is Syscap's, not Algebraix's
        lead.raw.max_status;
      } else if (lead.vendor === "envia") {
        expectTypeOf(lead.raw).toEqualTypeOf<ProspectListRow | ProspectDetail>();
      }
    };
    assertType<(lead: Lead) => void>(narrow);
    expectTypeOf<Lead["vendor"]>().toEqualTypeOf<"algebraix" | "syscap" | "leancore" | "envia" | "centia">();
  });

  it("ids are strings; Centia's may be null (its contacts' fields are undocumented)", () => {
    expectTypeOf<Lead<"syscap">["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Lead<"envia">["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Lead<"centia">["id"]>().toEqualTypeOf<string | null>();
    expectTypeOf(centia.get("1")).resolves.toHaveProperty("id").toEqualTypeOf<string | null>();
  });
});

describe("inputs and options", () => {
  it("create requires what the vendor requires", () => {
    syscap.create({ firstName: "Ana", lastName: "Ruiz", email: "ana@example.com" });
    // @ts-expect-error Syscap requires lastName
    syscap.create({ firstName: "Ana" });
    // @ts-expect-error Centia requires company_id and origin_id (vendorFields)
    centia.create({ firstName: "Ana", lastName: "López" });
    centia.create({ firstName: "Ana", lastName: "López", vendorFields: { company_id: 10, origin_id: 1 } });
    // @ts-expect-error vendorFields use the vendor's names, minus the ones Lead fields write
    syscap.create({ firstName: "Ana", lastName: "Ruiz", vendorFields: { name: "Ana" } });
    // @ts-expect-error a phone kind is one of phone, mobile, office, other
    syscap.update("id", { phones: [{ kind: "fax", number: "1" }] });
  });

  it("LeanCore needs an ecosystem, Centia a profile, each vendor its own credentials", () => {
    // @ts-expect-error ecosystem is required for LeanCore
    createLeadsClient({ vendor: "leancore", token: "t" });
    // @ts-expect-error profileId is required for Centia
    createLeadsClient({ vendor: "centia", baseUrl: "https://centia.test", token: "t" });
    // @ts-expect-error a typo in an option is caught
    createLeadsClient({ vendor: "syscap", baseUrl: "https://syscap.test", tokn: "t" });
    expectTypeOf(leancore.capabilities).toEqualTypeOf<{ readonly list: true; readonly get: false; readonly create: false; readonly update: false }>();
  });

  it("one loop over every vendor's options gives leads of any vendor", () => {
    const all = [
      { vendor: "syscap", baseUrl: "https://syscap.test", token: "t" },
      { vendor: "leancore", token: "t", ecosystem: "e" },
      { vendor: "centia", baseUrl: "https://centia.test", token: "t", profileId: 1 },
    ] as const;
    for (const options of all) {
      const leads = createLeadsClient(options);
      expectTypeOf(leads.list().take(1)).resolves.items.toEqualTypeOf<Lead<"syscap" | "leancore" | "centia">>();
    }
  });
});
