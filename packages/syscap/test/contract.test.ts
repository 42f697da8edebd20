import { bodyExample, paramExample } from "@crm-sdk/contract-testing";
import { contractSuite } from "@crm-sdk/contract-testing/suite";
import { readBundledSpec } from "@crm-sdk/spec-tools";
import { expect } from "vitest";
import { createSyscapClient, type operations, type SyscapClient } from "../src/index.js";

const spec = readBundledSpec("syscap");
const id = paramExample(spec, "getProspect", "id");

contractSuite<SyscapClient>({
  vendor: "syscap",
  createClient: (options) => createSyscapClient({ ...options, token: "contract-test" }),
  calls: {
    listProspects: (c) => c.prospects.list({ page: 1, pageSize: 25 }),
    getProspect: (c) => c.prospects.get(id),
    listProspectProspections: (c) => c.prospects.listProspections(id),
    createProspect: (c) => c.prospects.create(bodyExample(spec, "createProspect")),
    updateProspect: (c) => c.prospects.update(id, bodyExample(spec, "updateProspect")),
    deleteProspect: (c) => c.prospects.delete(id),
  } satisfies Record<keyof operations, (client: SyscapClient) => Promise<unknown>>,
  extra: {
    "listAll pages through the list, yielding every prospect served": async (c, context) => {
      const prospects: unknown[] = [];
      for await (const prospect of c.prospects.listAll({ pageSize: 10 })) prospects.push(prospect);
      // The server answers every page with the example: its prospects, for as many pages as meta.count makes.
      const served = context.served("listProspects") as { data: unknown[]; meta: { count: number } };
      expect(prospects).toEqual(Array.from({ length: Math.max(1, Math.ceil(served.meta.count / 10)) }, () => served.data).flat());
    },
  },
});
