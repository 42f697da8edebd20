import { bodyExample, paramExample } from "@crm-sdk/contract-testing";
import { contractSuite } from "@crm-sdk/contract-testing/suite";
import { readBundledSpec } from "@crm-sdk/spec-tools";
import { type AlgebraixClient, createAlgebraixClient, type operations } from "../src/index.js";

const spec = readBundledSpec("algebraix");
const id = paramExample(spec, "getProspect", "prospect_id");

contractSuite<AlgebraixClient>({
  vendor: "algebraix",
  createClient: (options) => createAlgebraixClient({ ...options, token: "contract-test" }),
  calls: {
    listProspects: (c) => c.prospects.list(),
    createProspect: (c) => c.prospects.create(bodyExample(spec, "createProspect")),
    getProspect: (c) => c.prospects.get(id),
    updateProspect: (c) => c.prospects.update(id, bodyExample(spec, "updateProspect")),
  } satisfies Record<keyof operations, (client: AlgebraixClient) => Promise<unknown>>,
});
