// Checks specs/leancore/openapi.yaml against the vendor's docs (shared/vendor-docs/leancore.txt):
// one operation, the documented production server, and the "(opcional)" markers of the lead's fields.

import { bundleSpec, collectExamples, createSpecValidator, listOperations } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";

const spec = await bundleSpec("leancore");
const v = createSpecValidator(spec);
const LEAD = "#/components/schemas/Lead";
const valid = (ref: string, value: unknown) => v.validate(ref, value).valid;

// The docs' example lead, as leancore.txt prints it.
const docsLead = {
  id: "string",
  image: "string",
  name: "string",
  lastname: "string",
  business_name: "string",
  quota: 0,
  status: "string",
  phone: "string",
  email: "string",
  nit: "string",
  address: "string",
  history: [],
  score: 0.0,
  payment_data: {},
  apn_token: "string",
  ecosystem: "string",
  business_entity: "string",
  additional_data: {},
};
// The fields the docs mark "(opcional)".
const optional = ["image", "history", "score", "payment_data", "apn_token", "additional_data"];

describe("operations and server", () => {
  it("declares the one documented operation, GET /lead?ecosystem=<uuid>", () => {
    const ops = listOperations(spec);
    expect(ops.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.operationId}`)).toEqual(["GET /lead listLeads"]);
    expect(ops[0]!.operation.parameters).toEqual([
      expect.objectContaining({ name: "ecosystem", in: "query", required: true, schema: { type: "string", format: "uuid" } }),
    ]);
  });

  it("keeps the documented production server as its only server, with no variable", () => {
    expect(spec.servers).toEqual([{ url: "https://api.leancore.co", description: "Production" }]);
  });
});

describe("Lead (response)", () => {
  it("accepts the docs' example, as the spec carries it", () => {
    const example = spec.paths["/lead"].get.responses["200"].content["application/json"].example;
    expect(example).toEqual([docsLead]);
    expect(v.validate(LEAD, docsLead).errors).toEqual([]);
  });

  it("requires the fields the docs do not mark (opcional), and only those", () => {
    for (const field of Object.keys(docsLead)) {
      const { [field]: _dropped, ...rest } = docsLead as Record<string, unknown>;
      expect(valid(LEAD, rest), field).toBe(optional.includes(field));
    }
  });

  it("stays open to fields the docs do not list", () => {
    expect(valid(LEAD, { ...docsLead, something_new: 1 })).toBe(true);
  });

  it("types quota as an integer and score as a number, as the example writes them", () => {
    expect(valid(LEAD, { ...docsLead, quota: 1.5 })).toBe(false);
    expect(valid(LEAD, { ...docsLead, score: 4.5 })).toBe(true);
  });
});

describe("examples", () => {
  it.each(collectExamples(spec).map((e) => [e.where, e] as const))("%s validates against its schema", (_where, e) => {
    expect(v.validate(e.schemaRef, e.value).errors).toEqual([]);
  });
});
