import { bodyExample } from "@crm-sdk/contract-testing";
import { contractSuite } from "@crm-sdk/contract-testing/suite";
import { readBundledSpec } from "@crm-sdk/spec-tools";
import { expect } from "vitest";
import { createEnviaClient, type EnviaClient, type operations } from "../src/index.js";

const spec = readBundledSpec("envia");
const body = (operationId: keyof operations) => bodyExample(spec, operationId);
// The spec's path ids are numbers without examples; any id is valid for both servers.
const prospectId = 1042;
const clientId = 77;

contractSuite<EnviaClient>({
  vendor: "envia",
  createClient: (options) => createEnviaClient({ ...options, token: "contract-test" }),
  calls: {
    listProspectsGrouped: (c) => c.prospects.listGrouped({ start: 0, length: 10 }),
    listProspects: (c) => c.prospects.list({ page: 1, pageSize: 25, sortType: "desc" }),
    listProspectActivities: (c) => c.prospects.listActivities({ startDate: "2026-01-01", endDate: "2026-01-31" }),
    getProspectKpis: (c) => c.prospects.getKpis(),
    processProspects: (c) => c.prospects.process(body("processProspects")),
    createProspects: (c) => c.prospects.create(body("createProspects")),
    getProspect: (c) => c.prospects.get(prospectId),
    updateProspect: (c) => c.prospects.update(prospectId, body("updateProspect")),
    updateProspectData: (c) => c.prospects.updateData(prospectId, body("updateProspectData")),
    updateProspectPartnerData: (c) => c.prospects.updatePartnerData(prospectId, body("updateProspectPartnerData")),
    createProspectContact: (c) => c.prospects.createContact(prospectId, body("createProspectContact")),
    updateProspectContact: (c) => c.prospects.updateContact(5, body("updateProspectContact")),
    deleteProspectContact: (c) => c.prospects.deleteContact(5),
    createProspectNote: (c) => c.prospects.createNote(prospectId, body("createProspectNote")),
    updateProspectNote: (c) => c.prospects.updateNote(prospectId, 9, body("updateProspectNote")),
    createProspectLocation: (c) => c.prospects.createLocation(prospectId, body("createProspectLocation")),
    updateProspectLocation: (c) => c.prospects.updateLocation(3, body("updateProspectLocation")),
    deleteProspectLocation: (c) => c.prospects.deleteLocation(3),
    getClient: (c) => c.clients.get(clientId),
    getClientOnboarding: (c) => c.clients.getOnboarding(clientId),
    createClientContact: (c) => c.clients.createContact(clientId, body("createClientContact")),
    createClientNote: (c) => c.clients.createNote(clientId, body("createClientNote")),
    updateClientData: (c) => c.clients.updateData(clientId, body("updateClientData")),
    createClientLocation: (c) => c.clients.createLocation(clientId, body("createClientLocation")),
    updateClientLocation: (c) => c.clients.updateLocation(3, body("updateClientLocation")),
    deleteClientLocation: (c) => c.clients.deleteLocation(3),
  } satisfies Record<keyof operations, (client: EnviaClient) => Promise<unknown>>,
  extra: {
    "listAll walks start/length pages, yielding every prospect served": async (c, context) => {
      const prospects: unknown[] = [];
      for await (const prospect of c.prospects.listAll({}, { pageSize: 5 })) prospects.push(prospect);
      // The server answers every page with the example: its rows, for as many pages as recordsFiltered makes.
      const served = context.served("listProspects") as { data: unknown[]; recordsFiltered: number };
      expect(prospects).toEqual(Array.from({ length: Math.max(1, Math.ceil(served.recordsFiltered / 5)) }, () => served.data).flat());
    },
  },
});
