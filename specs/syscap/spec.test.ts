// Checks specs/syscap/openapi.yaml against the vendor's docs (shared/vendor-docs/syscap.txt).

import { bundleSpec, collectExamples, createSpecValidator, listOperations, resolvePointer } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";

const spec = await bundleSpec("syscap");
const v = createSpecValidator(spec);
const ops = listOperations(spec);

const CREATE_BODY = "#/paths/~1prospects/post/requestBody/content/application~1json/schema";
const UPDATE_BODY = "#/paths/~1prospects~1{id}/put/requestBody/content/application~1json/schema";
const PROSPECT = "#/components/schemas/Prospect";
const PROSPECT_PROSPECTION = "#/components/schemas/ProspectProspection";
const PROSPECTION = "#/components/schemas/Prospection";
const PROMOTER = "#/components/schemas/Promoter";
const LIST = "#/components/schemas/ProspectListResponse";
const PROSPECTION_LIST = "#/components/schemas/ProspectionListResponse";

const clone = <T>(x: T): T => structuredClone(x);
const op = (method: string, path: string) => {
  const found = ops.find((o) => o.method === method && o.path === path);
  if (!found) throw new Error(`no ${method} ${path}`);
  return found.operation;
};

// The docs' own examples, as the spec carries them.
const createExample = resolvePointer(spec, "#/paths/~1prospects/post/requestBody/content/application~1json/example") as {
  prospect: Record<string, unknown>;
};
const updateExample = resolvePointer(spec, "#/paths/~1prospects~1{id}/put/requestBody/content/application~1json/example") as {
  prospect: Record<string, unknown>;
};
const getExample = (resolvePointer(spec, "#/components/examples/ProspectResponse") as { value: { data: Record<string, any> } }).value;
const listExample = resolvePointer(spec, "#/paths/~1prospects/get/responses/200/content/application~1json/example") as {
  data: Record<string, any>[];
  meta: { count: number };
};
const prospectionsExample = resolvePointer(spec, "#/paths/~1prospects~1{id}~1prospections/get/responses/200/content/application~1json/example") as {
  data: Record<string, any>[];
};

const prospect = () => clone(getExample.data);
const createBody = (attrs: Record<string, unknown>) => ({ prospect: { ...clone(createExample.prospect), ...attrs } });
const updateBody = (attrs: Record<string, unknown>) => ({ prospect: attrs });
const valid = (ref: string, value: unknown) => v.validate(ref, value).valid;

describe("operations", () => {
  it("declares exactly the six documented operations", () => {
    const got = ops.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.operationId}`).sort();
    expect(got).toEqual(
      [
        "GET /prospects listProspects",
        "GET /prospects/{id} getProspect",
        "GET /prospects/{id}/prospections listProspectProspections",
        "POST /prospects createProspect",
        "PUT /prospects/{id} updateProspect",
        "DELETE /prospects/{id} deleteProspect",
      ].sort(),
    );
    expect(ops).toHaveLength(6);
  });

  it("tags every operation Prospects (one tag) and gives it a summary and description", () => {
    for (const o of ops) {
      expect(o.tags).toEqual(["Prospects"]);
      expect(o.operation.summary).toBeTruthy();
      expect(o.operation.description).toBeTruthy();
    }
    expect(spec.tags.map((t: { name: string }) => t.name)).toEqual(["Prospects"]);
  });

  it("documents 400, 401, 403, 404 and 500 for every call, each with a schema and an example", () => {
    for (const o of ops) {
      for (const code of ["400", "401", "403", "404", "500"]) {
        const r = o.operation.responses[code];
        expect(r, `${o.operationId} ${code}`).toBeDefined();
        const resolved = (r.$ref ? resolvePointer(spec, r.$ref) : r) as any;
        const media = resolved.content["application/json"];
        expect(media.schema).toBeDefined();
        expect(media.example).toBeDefined();
      }
    }
  });

  it("answers 200 for reads and update, 201 for create and 204 (no body) for delete", () => {
    const success = (m: string, p: string) => Object.keys(op(m, p).responses).filter((c) => c.startsWith("2"));
    expect(success("get", "/prospects")).toEqual(["200"]);
    expect(success("get", "/prospects/{id}")).toEqual(["200"]);
    expect(success("get", "/prospects/{id}/prospections")).toEqual(["200"]);
    expect(success("put", "/prospects/{id}")).toEqual(["200"]);
    expect(success("post", "/prospects")).toEqual(["201"]);
    expect(success("delete", "/prospects/{id}")).toEqual(["204"]);
    expect(op("delete", "/prospects/{id}").responses["204"].content).toBeUndefined();
  });

  it("declares page and per as optional integer query parameters of listProspects only", () => {
    const params = op("get", "/prospects").parameters;
    expect(params.map((p: any) => [p.name, p.in, p.required, p.schema.type])).toEqual([
      ["page", "query", false, "integer"],
      ["per", "query", false, "integer"],
    ]);
    expect(op("get", "/prospects/{id}/prospections").parameters.map((p: any) => p.name)).toEqual(["id"]);
  });

  it("declares the path id as a required string on every /prospects/{id} call", () => {
    for (const o of ops.filter((x) => x.path.includes("{id}"))) {
      const id = o.operation.parameters.find((p: any) => p.name === "id");
      expect(id, o.operationId).toMatchObject({ in: "path", required: true, schema: { type: "string" } });
    }
  });

  it("requires a body on create and update", () => {
    expect(op("post", "/prospects").requestBody.required).toBe(true);
    expect(op("put", "/prospects/{id}").requestBody.required).toBe(true);
  });

  it("declares bearer auth and, since the docs name no server, a base URL the user supplies", () => {
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.servers).toHaveLength(1);
    expect(spec.servers[0].url).toBe("{baseUrl}");
    expect(spec.servers[0].variables.baseUrl.default).toBe("https://syscap.invalid");
  });
});

describe("examples", () => {
  const examples = collectExamples(spec);
  it("has examples for every documented body", () => {
    // 2 requests, list, get (shared with create and update), prospections, 5 errors, 4 path ids
    expect(examples.length).toBeGreaterThanOrEqual(13);
  });
  it.each(examples.map((e) => [e.where, e]))("%s validates against its schema", (_where, e) => {
    const result = v.validate(e.schemaRef, e.value);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe("createProspect body", () => {
  it("accepts the docs' example", () => {
    expect(valid(CREATE_BODY, createExample)).toBe(true);
  });
  it("accepts only name and lastname (the required ones)", () => {
    expect(valid(CREATE_BODY, { prospect: { name: "Ana", lastname: "López" } })).toBe(true);
  });
  it("accepts every documented attribute", () => {
    const all = {
      name: "Ana",
      lastname: "López",
      matriname: "Pérez",
      company: true,
      company_name: "ACME",
      email: "ana@example.com",
      phone_number: "5512345678",
      phone_number_extension: "12",
      mobile_number: "5512345678",
      gender: "female",
      dob: "1990-06-15",
      contact_date: "2026-05-07",
      nationality: "mexican",
      promoter_id: "promoter-uuid",
      street: "Reforma",
      street_number: "100",
      street_number_internal: "4B",
      postal_code: "06600",
      city: "CDMX",
      state: "CDMX",
      country: "MEX",
      suburb: "Juárez",
      commentary: "notes",
    };
    expect(v.validate(CREATE_BODY, { prospect: all }).errors).toEqual([]);
  });
  it("requires the prospect wrapper", () => {
    expect(valid(CREATE_BODY, createExample.prospect)).toBe(false);
    expect(valid(CREATE_BODY, {})).toBe(false);
  });
  it.each(["name", "lastname"])("requires %s", (field) => {
    const body = createBody({});
    delete body.prospect[field];
    expect(valid(CREATE_BODY, body)).toBe(false);
  });
  it("keeps the other attributes optional", () => {
    const body = createBody({});
    for (const k of Object.keys(body.prospect)) if (k !== "name" && k !== "lastname") delete body.prospect[k];
    expect(valid(CREATE_BODY, body)).toBe(true);
  });
  it("restricts gender to male, female, other", () => {
    for (const g of ["male", "female", "other"]) expect(valid(CREATE_BODY, createBody({ gender: g }))).toBe(true);
    expect(valid(CREATE_BODY, createBody({ gender: "m" }))).toBe(false);
    expect(valid(CREATE_BODY, createBody({ gender: "Male" }))).toBe(false);
  });
  it("restricts company to true, false, 1, 0", () => {
    for (const c of [false, 0]) expect(valid(CREATE_BODY, createBody({ company: c }))).toBe(true);
    for (const c of [true, 1]) expect(valid(CREATE_BODY, createBody({ company: c, company_name: "ACME" }))).toBe(true);
    for (const c of [2, "true", "yes", null]) expect(valid(CREATE_BODY, createBody({ company: c }))).toBe(false);
  });
  it("requires company_name when company is true (or 1)", () => {
    expect(valid(CREATE_BODY, createBody({ company: true }))).toBe(false);
    expect(valid(CREATE_BODY, createBody({ company: 1 }))).toBe(false);
    expect(valid(CREATE_BODY, createBody({ company: false }))).toBe(true);
  });
  it("takes dob and contact_date as YYYY-MM-DD dates", () => {
    expect(valid(CREATE_BODY, createBody({ dob: "15/06/1990" }))).toBe(false);
    expect(valid(CREATE_BODY, createBody({ contact_date: "2026-05-07T10:00:00Z" }))).toBe(false);
  });
  it("takes email as an email address", () => {
    expect(valid(CREATE_BODY, createBody({ email: "not-an-email" }))).toBe(false);
  });
  it.each(["name", "lastname", "phone_number", "mobile_number", "postal_code", "street_number", "promoter_id"])(
    "takes %s as a string, not a number or null",
    (field) => {
      expect(valid(CREATE_BODY, createBody({ [field]: 5512345678 }))).toBe(false);
      expect(valid(CREATE_BODY, createBody({ [field]: null }))).toBe(false);
    },
  );
  it("rejects attributes the docs do not list", () => {
    expect(valid(CREATE_BODY, createBody({ tax_number: "X" }))).toBe(false);
    expect(valid(CREATE_BODY, { ...createBody({}), extra: 1 })).toBe(false);
  });
});

describe("updateProspect body", () => {
  it("accepts the docs' example", () => {
    expect(valid(UPDATE_BODY, updateExample)).toBe(true);
  });
  it("requires the prospect wrapper but no attribute", () => {
    expect(valid(UPDATE_BODY, updateExample.prospect)).toBe(false);
    expect(valid(UPDATE_BODY, updateBody({}))).toBe(true);
  });
  it("accepts every attribute documented for update", () => {
    const all = {
      name: "Ana",
      lastname: "López",
      matriname: "Pérez",
      email: "ana@example.com",
      phone_number: "5512345678",
      mobile_number: "5512345678",
      gender: "other",
      dob: "1990-06-15",
      contact_date: "2026-05-07",
      nationality: "mexican",
      promoter_id: "promoter-uuid",
      commentary: "Updated via API",
    };
    expect(v.validate(UPDATE_BODY, updateBody(all)).errors).toEqual([]);
  });
  it.each(["company", "company_name", "phone_number_extension", "street", "postal_code", "city", "suburb"])(
    "rejects %s, which the docs list for create only",
    (field) => {
      expect(valid(UPDATE_BODY, updateBody({ [field]: field === "company" ? true : "x" }))).toBe(false);
    },
  );
  it("validates the same rules as create", () => {
    expect(valid(UPDATE_BODY, updateBody({ gender: "unknown" }))).toBe(false);
    expect(valid(UPDATE_BODY, updateBody({ dob: "1990/06/15" }))).toBe(false);
    expect(valid(UPDATE_BODY, updateBody({ phone_number: 5512345678 }))).toBe(false);
    expect(valid(UPDATE_BODY, updateBody({ email: "nope" }))).toBe(false);
  });
});

describe("Prospect (response)", () => {
  it("accepts the docs' examples (get and list item)", () => {
    expect(valid(PROSPECT, prospect())).toBe(true);
    expect(valid(PROSPECT, listExample.data[0])).toBe(true);
  });
  it("requires only the id: every other field the examples show may be absent", () => {
    for (const field of Object.keys(getExample.data)) {
      const p = prospect();
      delete p[field];
      expect(valid(PROSPECT, p), field).toBe(field !== "id");
    }
    expect(valid(PROSPECT, { id: "prospect-uuid" })).toBe(true);
  });
  it("declares every field the docs' examples use (list item and get)", () => {
    const declared = Object.keys((resolvePointer(spec, PROSPECT) as any).properties).sort();
    expect(declared).toEqual(expect.arrayContaining(Object.keys(getExample.data)));
    expect(declared).toEqual(expect.arrayContaining(Object.keys(listExample.data[0]!)));
  });
  it("stays open to unknown extra fields", () => {
    expect(valid(PROSPECT, { ...prospect(), brand_new_field: 1 })).toBe(true);
  });
  it("takes created_at/updated_at as 'YYYY-MM-DD - HH:MM', not ISO 8601", () => {
    expect(valid(PROSPECT, { ...prospect(), created_at: "2026-01-01T10:00:00Z" })).toBe(false);
    expect(valid(PROSPECT, { ...prospect(), updated_at: "2026-01-02 12:00" })).toBe(false);
    expect(valid(PROSPECT, { ...prospect(), created_at: "2026-12-31 - 23:59" })).toBe(true);
    const createdAt = resolvePointer(spec, "#/components/schemas/Timestamp") as any;
    expect(createdAt.format).toBeUndefined();
  });
  it("keeps money amounts as decimal strings", () => {
    expect(valid(PROSPECT, { ...prospect(), tentative_investment: { mxn: 0, usd: "0.00" } })).toBe(false);
    expect(valid(PROSPECT, { ...prospect(), tentative_investment: { mxn: "abc", usd: "0.00" } })).toBe(false);
    expect(valid(PROSPECT, { ...prospect(), tentative_investment: { mxn: "0.00" } })).toBe(true); // a currency may be absent
  });
  it("takes sequential_id as an integer and company as a boolean", () => {
    expect(valid(PROSPECT, { ...prospect(), sequential_id: "1" })).toBe(false);
    expect(valid(PROSPECT, { ...prospect(), sequential_id: 1.5 })).toBe(false);
    expect(valid(PROSPECT, { ...prospect(), company: "false" })).toBe(false);
  });
  it("allows null where the examples show null", () => {
    const nulls = [
      "matriname",
      "company_name",
      "contact_date",
      "street",
      "street_number",
      "street_number_internal",
      "postal_code",
      "city",
      "state",
      "country",
      "suburb",
      "nationality",
      "translated_nationality",
      "country_translated",
    ];
    for (const f of nulls) expect(valid(PROSPECT, { ...prospect(), [f]: null }), f).toBe(true);
  });
  it("does not allow null for always-present fields", () => {
    for (const f of ["id", "name", "lastname", "full_name", "created_at", "tentative_investment", "prospections"]) {
      expect(valid(PROSPECT, { ...prospect(), [f]: null }), f).toBe(false);
    }
  });
  it("restricts gender to male, female, other (or null)", () => {
    expect(valid(PROSPECT, { ...prospect(), gender: "x" })).toBe(false);
    expect(valid(PROSPECT, { ...prospect(), gender: null })).toBe(true);
  });
  it("checks dob as a date", () => {
    expect(valid(PROSPECT, { ...prospect(), dob: "01/01/1990" })).toBe(false);
  });
});

describe("prospections and currency", () => {
  const embedded = () => clone(getExample.data.prospections[0]);
  const listed = () => clone(prospectionsExample.data[0]!);
  it("accepts currency as an object (embedded) and as a string (listed), in both shapes", () => {
    expect(valid(PROSPECT_PROSPECTION, embedded())).toBe(true);
    expect(valid(PROSPECT_PROSPECTION, { ...embedded(), currency: "mxn" })).toBe(true);
    expect(valid(PROSPECTION, listed())).toBe(true);
    expect(valid(PROSPECTION, { ...listed(), currency: { name: "MXN", value: "mxn" } })).toBe(true);
  });
  it("rejects other currency shapes", () => {
    expect(valid(PROSPECTION, { ...listed(), currency: 1 })).toBe(false);
    expect(valid(PROSPECTION, { ...listed(), currency: { name: 1 } })).toBe(false);
    expect(valid(PROSPECTION, { ...listed(), currency: [] })).toBe(false);
    expect(valid(PROSPECTION, { ...listed(), currency: null })).toBe(false);
  });
  it("accepts tentative_investment_usd as the number 0 (as the docs show) or a decimal string", () => {
    expect(valid(PROSPECT_PROSPECTION, { ...embedded(), tentative_investment_usd: 0 })).toBe(true);
    expect(valid(PROSPECT_PROSPECTION, { ...embedded(), tentative_investment_usd: "10.00" })).toBe(true);
    expect(valid(PROSPECT_PROSPECTION, { ...embedded(), tentative_investment_usd: "ten" })).toBe(false);
  });
  it("keeps amounts and rates as strings", () => {
    expect(valid(PROSPECTION, { ...listed(), initial_amount: 1000000 })).toBe(false);
    expect(valid(PROSPECTION, { ...listed(), interest_rate: 12 })).toBe(false);
  });
  it("takes start_date and end_date as dates", () => {
    expect(valid(PROSPECTION, { ...listed(), start_date: "2021/07/01" })).toBe(false);
    expect(valid(PROSPECT_PROSPECTION, { ...embedded(), end_date: "30-04-2027" })).toBe(false);
  });
  it("requires only the id of a prospection, listed or embedded", () => {
    for (const field of Object.keys(prospectionsExample.data[0]!)) {
      const p = listed();
      delete p[field];
      expect(valid(PROSPECTION, p), field).toBe(field !== "id");
    }
    for (const field of Object.keys(getExample.data.prospections[0])) {
      const p = embedded();
      delete p[field];
      expect(valid(PROSPECT_PROSPECTION, p), field).toBe(field !== "id");
    }
  });
  it("types the elided prospect, society and organization as open objects", () => {
    for (const key of ["prospect", "society", "organization"]) {
      expect(valid(PROSPECTION, { ...listed(), [key]: { anything: 1 } }), key).toBe(true);
      expect(valid(PROSPECTION, { ...listed(), [key]: "x" }), key).toBe(false);
    }
  });
});

describe("Promoter", () => {
  const promoter = () => clone(getExample.data.promoter);
  it("accepts the docs' example", () => {
    expect(valid(PROMOTER, promoter())).toBe(true);
  });
  it("types its fields as the example shows", () => {
    expect(valid(PROMOTER, { ...promoter(), investors_attracted: "3" })).toBe(false);
    expect(valid(PROMOTER, { ...promoter(), base_commission: 2 })).toBe(false);
    expect(valid(PROMOTER, { ...promoter(), is_financial_entity: "no" })).toBe(false);
    expect(valid(PROMOTER, { ...promoter(), extra_fields_attributes: [{ id: 1 }] })).toBe(false);
    expect(valid(PROMOTER, { ...promoter(), extra_fields_attributes: [{ value: "x" }] })).toBe(false); // no id
    expect(valid(PROMOTER, { ...promoter(), extra_fields_attributes: [{ id: "x" }] })).toBe(true);
  });
  it("requires only the promoter's id, in full and in short", () => {
    expect(valid(PROMOTER, { id: "promoter-uuid" })).toBe(true);
    expect(valid(PROMOTER, { full_name: "Test Promoter" })).toBe(false);
    const embedded = getExample.data.prospections[0];
    expect(valid(PROSPECT_PROSPECTION, { ...clone(embedded), promoter: { id: "promoter-uuid" } })).toBe(true);
    expect(valid(PROSPECT_PROSPECTION, { ...clone(embedded), promoter: { full_name: "Test Promoter" } })).toBe(false);
  });
  it("allows a prospect without promoter (null)", () => {
    expect(valid(PROSPECT, { ...prospect(), promoter: null })).toBe(true);
  });
});

describe("list envelopes", () => {
  it("accepts the docs' list examples", () => {
    expect(valid(LIST, listExample)).toBe(true);
    expect(valid(PROSPECTION_LIST, prospectionsExample)).toBe(true);
  });
  it("requires data and meta.count, an integer of at least 0", () => {
    expect(valid(LIST, { data: listExample.data })).toBe(false);
    expect(valid(LIST, { ...listExample, meta: {} })).toBe(false);
    expect(valid(LIST, { ...listExample, meta: { count: "1" } })).toBe(false);
    expect(valid(LIST, { ...listExample, meta: { count: 1.5 } })).toBe(false);
    expect(valid(LIST, { ...listExample, meta: { count: -1 } })).toBe(false);
    expect(valid(PROSPECTION_LIST, { data: prospectionsExample.data })).toBe(false);
  });
});
