import type { operations } from "./generated/schema.js";

/** The client method that calls each operation of the spec (docs samples and coverage tests read it). */
export const operationMethods = {
  listLeads: "leads.list",
} as const satisfies Record<keyof operations, string>;
