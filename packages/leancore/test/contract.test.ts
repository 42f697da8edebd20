import { paramExample } from "@crm-sdk/contract-testing";
import { contractSuite } from "@crm-sdk/contract-testing/suite";
import { readBundledSpec } from "@crm-sdk/spec-tools";
import { createLeancoreClient, type LeancoreClient, type operations } from "../src/index.js";

const spec = readBundledSpec("leancore");

contractSuite<LeancoreClient>({
  vendor: "leancore",
  createClient: (options) => createLeancoreClient({ ...options, token: "contract-test" }),
  calls: {
    listLeads: (c) => c.leads.list({ ecosystem: paramExample(spec, "listLeads", "ecosystem") }),
  } satisfies Record<keyof operations, (client: LeancoreClient) => Promise<unknown>>,
});
