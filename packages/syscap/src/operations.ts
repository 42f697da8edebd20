import type { operations } from "./generated/schema.js";

/** The client method that calls each operation of the spec (docs samples and coverage tests read it). */
export const operationMethods = {
  listProspects: "prospects.list",
  createProspect: "prospects.create",
  getProspect: "prospects.get",
  updateProspect: "prospects.update",
  deleteProspect: "prospects.delete",
  listProspectProspections: "prospects.listProspections",
} as const satisfies Record<keyof operations, string>;
