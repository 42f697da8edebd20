// Checks specs/algebraix/openapi.yaml against the vendor's docs (shared/vendor-docs/algebraix.txt):
// the four documented operations, every example, and each rule the docs' examples establish.

import { bundleSpec, collectExamples, createSpecValidator, listOperations } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";

const spec = await bundleSpec("algebraix");
const v = createSpecValidator(spec);

const PROSPECT = "#/components/schemas/Prospect";
const LIST_200 = "#/paths/~1prospects/get/responses/200/content/application~1json/schema";
const CREATE_BODY = "#/paths/~1prospects/post/requestBody/content/application~1json/schema";
const UPDATE_BODY = "#/paths/~1prospects~1{prospect_id}/patch/requestBody/content/application~1json/schema";
const WRITE_RESULT = "#/components/schemas/ProspectWriteResult";
const CREATE_RESULT = "#/components/schemas/ProspectCreateResult";
const ERROR = "#/components/schemas/Error";
const ID_PARAM = "#/components/parameters/ProspectId/schema";

const accepts = (ref: string, value: unknown) => {
  const r = v.validate(ref, value);
  expect(r.errors).toEqual([]);
  expect(r.valid).toBe(true);
};
const rejects = (ref: string, value: unknown) => expect(v.validate(ref, value).valid).toBe(false);

// The docs' own bodies, copied from algebraix.txt.
const docsProspect = {
  id: "stringst",
  name: "string",
  lastname1: "string",
  lastname2: "string",
  lastname: "string",
  fullname: "string",
  sex: "string",
  email: "string",
  telephone: "string",
  mobile_telephone: "string",
  birthday: "string",
  kanban_stage_id: "stringst",
  current_stage_name: "string",
  current_stage_color: "string",
  creator_user: "string",
  creator_type: "string",
  create_date_time: "string",
  is_internet_applicant: true,
  process: { id: "stringst", name: "string" },
  curriculum: { id: "stringst", name: "string" },
  section: { id: "stringst", name: "string" },
  level: { id: "stringst", name: "string" },
  cicle: { id: "stringst", name: "string" },
  contacts: [
    {
      id: "stringst",
      name: "string",
      lastname1: "string",
      lastname2: "string",
      sex: "string",
      email: "string",
      telephone: "string",
      mobile_telephone: "string",
    },
  ],
};

const docsCreate = {
  name: "Juan",
  lastname1: "Pérez",
  lastname2: "López",
  gender: "m",
  curriculum_id: "OOMWQDUB",
  section_id: "OOMWQDUB",
  level_id: "OOMWQDUB",
  cicle_id: "OOMWQDUB",
  process_id: "OOMWQDUB",
  enrollment_prospect: false,
  birthday: "01/01/2000",
  email: "juan.perez@example.com",
  telephone: "6621234567",
  mobile_telephone: "6629876543",
  contact1: {
    name: "María",
    lastname1: "González",
    lastname2: "Ramírez",
    gender: "f",
    email: "maria.gonzalez@example.com",
    telephone: "6621112222",
    mobile_telephone: "6623334444",
  },
  contact2: {
    name: "Carlos",
    lastname1: "Sánchez",
    lastname2: "Torres",
    gender: "m",
    email: "carlos.sanchez@example.com",
    telephone: "6625556666",
    mobile_telephone: "6627778888",
  },
  extra_data: {
    "77XD2ZMZ": "Asalariado",
    MJ9VZNT2: "25",
    OJQEZHMF: "09/01/2026",
    KCTWB3Q0: "VERDADERO",
    "8CRQ3DTK": ["LENGUAJE", "ATENCIONALES"],
  },
};

const docsUpdate = {
  name: "Juan",
  email: "juan.perez@example.com",
  telephone: "6621234567",
  process_id: "OOMWQDUB",
  extra_data: { "77XD2ZMZ": "Asalariado" },
};

const docsCreated = {
  details: [],
  id: "WADFERF3",
  message: "Prospect created",
};
const docsUpdated = { details: [], message: "Prospect updated" };

const withCreate = (patch: Record<string, unknown>) => ({
  ...docsCreate,
  ...patch,
});
const withContact = (patch: Record<string, unknown>) => withCreate({ contact1: { ...docsCreate.contact1, ...patch } });
const withProspect = (patch: Record<string, unknown>) => ({
  ...docsProspect,
  ...patch,
});

describe("operations", () => {
  const ops = listOperations(spec);

  it("are exactly the four documented ones", () => {
    expect(ops.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.operationId}`).sort()).toEqual(
      [
        "GET /prospects listProspects",
        "POST /prospects createProspect",
        "GET /prospects/{prospect_id} getProspect",
        "PATCH /prospects/{prospect_id} updateProspect",
      ].sort(),
    );
    expect(ops).toHaveLength(4);
  });

  it.each(ops.map((o) => [o.operationId, o] as const))("%s has the Prospects tag, a summary and a description", (_id, o) => {
    expect(o.tags).toEqual(["Prospects"]);
    expect(o.operation.summary).toEqual(expect.any(String));
    expect(o.operation.description).toEqual(expect.any(String));
  });

  it.each(ops.map((o) => [o.operationId, o] as const))(
    "%s documents exactly 200 (No error), 400 (Bad parameters) and 401 (Authorization Required)",
    (_id, o) => {
      expect(Object.keys(o.operation.responses).sort()).toEqual(["200", "400", "401"]);
      expect(o.operation.responses["200"].description).toContain("No error");
      expect(spec.components.responses.BadParameters.description).toContain("Bad parameters");
      expect(spec.components.responses.AuthorizationRequired.description).toContain("Authorization Required");
      expect(o.operation.responses["400"].$ref).toBe("#/components/responses/BadParameters");
      expect(o.operation.responses["401"].$ref).toBe("#/components/responses/AuthorizationRequired");
    },
  );

  it("keeps the docs' Spanish titles", () => {
    const byId = Object.fromEntries(ops.map((o) => [o.operationId, o.operation.description as string]));
    expect(byId.listProspects).toContain("Obtener lista de prospectos del CRM");
    expect(byId.getProspect).toContain("Obtener información detallada de un prospecto específico");
    expect(byId.updateProspect).toContain("Actualización parcial de un prospecto específico");
  });

  it("declares bearer auth globally and, since the docs name no server, a base URL the user supplies", () => {
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({
      type: "http",
      scheme: "bearer",
    });
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.servers).toHaveLength(1);
    expect(spec.servers[0].url).toBe("{baseUrl}");
    expect(spec.servers[0].variables.baseUrl.default).toMatch(/^https:\/\/[a-z.]+\.invalid$/);
  });

  it("takes the prospect id in the path, required", () => {
    const param = spec.components.parameters.ProspectId;
    expect(param).toMatchObject({
      name: "prospect_id",
      in: "path",
      required: true,
    });
  });
});

describe("examples", () => {
  const examples = collectExamples(spec);

  it("cover every documented body", () => {
    const values = examples.map((e) => e.value);
    expect(values).toContainEqual([docsProspect]);
    expect(values).toContainEqual(docsProspect);
    expect(values).toContainEqual(docsCreate);
    expect(values).toContainEqual(docsCreated);
    expect(values).toContainEqual(docsUpdate);
    expect(values).toContainEqual(docsUpdated);
  });

  it.each(examples.map((e) => [e.where, e] as const))("%s validates against its schema", (_where, e) => {
    accepts(e.schemaRef, e.value);
  });
});

describe("list and get responses", () => {
  it("accept the docs' examples (list is a bare array)", () => {
    accepts(LIST_200, [docsProspect]);
    accepts(LIST_200, []);
    accepts(PROSPECT, docsProspect);
  });

  it("reject an enveloped list", () => {
    rejects(LIST_200, { data: [docsProspect] });
  });

  it("stay open to unknown extra fields, and require only the ids (every example carries them)", () => {
    accepts(PROSPECT, withProspect({ something_new: 1 }));
    accepts(PROSPECT, { id: "WADFERF3" });
    rejects(PROSPECT, {});
    rejects(PROSPECT, withProspect({ contacts: [{ name: "María" }] }));
    rejects(PROSPECT, withProspect({ process: { name: "Admisiones" } }));
    accepts(PROSPECT, { id: "WADFERF3", contacts: [{ id: "OOMWQDUB" }], process: { id: "OOMWQDUB" } });
  });

  it("type is_internet_applicant as a boolean", () => {
    rejects(PROSPECT, withProspect({ is_internet_applicant: "true" }));
  });

  it("type the catalogue entries as { id, name } objects", () => {
    for (const key of ["process", "curriculum", "section", "level", "cicle"]) {
      rejects(PROSPECT, withProspect({ [key]: "stringst" }));
      rejects(PROSPECT, withProspect({ [key]: { id: 12345678, name: "x" } }));
      rejects(PROSPECT, withProspect({ [key]: { id: "stringst", name: 1 } }));
    }
  });

  it("type contacts as an array of contacts", () => {
    rejects(PROSPECT, withProspect({ contacts: docsProspect.contacts[0] }));
    rejects(
      PROSPECT,
      withProspect({
        contacts: [{ ...docsProspect.contacts[0], telephone: 6621112222 }],
      }),
    );
  });

  it("type phones as strings", () => {
    rejects(PROSPECT, withProspect({ telephone: 6621234567 }));
    rejects(PROSPECT, withProspect({ mobile_telephone: 6629876543 }));
  });

  it("take ids as 8-character codes", () => {
    rejects(PROSPECT, withProspect({ id: "string" }));
    rejects(PROSPECT, withProspect({ id: "strings" }));
    rejects(
      PROSPECT,
      withProspect({
        contacts: [{ ...docsProspect.contacts[0], id: "strings" }],
      }),
    );
    rejects(PROSPECT, withProspect({ id: "OOMWQDUB9" }));
    rejects(PROSPECT, withProspect({ kanban_stage_id: "stage" }));
    rejects(PROSPECT, withProspect({ id: 12345678 }));
  });

  it("use sex (not an enum: the docs' placeholder is 'string')", () => {
    accepts(PROSPECT, withProspect({ sex: "m" }));
    expect(spec.components.schemas.Prospect.properties.sex.enum).toBeUndefined();
    expect(spec.components.schemas.Prospect.properties.gender).toBeUndefined();
  });
});

describe("create request", () => {
  it("accepts the docs' example", () => {
    accepts(CREATE_BODY, docsCreate);
  });

  it("requires no field (the docs mark none)", () => {
    accepts(CREATE_BODY, {});
    expect(spec.components.schemas.ProspectCreate.required).toBeUndefined();
  });

  it("rejects unknown fields, such as the response-only sex", () => {
    rejects(CREATE_BODY, withCreate({ sex: "m" }));
    rejects(CREATE_BODY, withCreate({ curriculum: { id: "OOMWQDUB" } }));
    rejects(CREATE_BODY, withContact({ sex: "f" }));
  });

  it("limits gender to m/f", () => {
    accepts(CREATE_BODY, withCreate({ gender: "f" }));
    rejects(CREATE_BODY, withCreate({ gender: "x" }));
    rejects(CREATE_BODY, withCreate({ gender: "M" }));
    rejects(CREATE_BODY, withContact({ gender: "male" }));
  });

  it("writes birthday as dd/mm/yyyy", () => {
    rejects(CREATE_BODY, withCreate({ birthday: "2000-01-01" }));
    rejects(CREATE_BODY, withCreate({ birthday: "1/1/2000" }));
  });

  it("checks e-mail addresses", () => {
    rejects(CREATE_BODY, withCreate({ email: "juan.perez" }));
    rejects(CREATE_BODY, withContact({ email: "not an email" }));
  });

  it("sends phones as strings", () => {
    rejects(CREATE_BODY, withCreate({ telephone: 6621234567 }));
    rejects(CREATE_BODY, withContact({ mobile_telephone: 6623334444 }));
  });

  it("sends catalogue references as 8-character id strings", () => {
    for (const key of ["curriculum_id", "section_id", "level_id", "cicle_id", "process_id"]) {
      rejects(CREATE_BODY, withCreate({ [key]: 12345678 }));
      rejects(CREATE_BODY, withCreate({ [key]: "OOMWQDU" }));
      rejects(CREATE_BODY, withCreate({ [key]: "OOMWQDUBX" }));
    }
  });

  it("types enrollment_prospect as a boolean", () => {
    rejects(CREATE_BODY, withCreate({ enrollment_prospect: "false" }));
  });

  it("takes contacts as objects", () => {
    rejects(CREATE_BODY, withCreate({ contact2: "Carlos" }));
  });

  it("takes extra_data values as a string or a list of strings only", () => {
    accepts(CREATE_BODY, withCreate({ extra_data: { ABCDEFGH: [] } }));
    rejects(CREATE_BODY, withCreate({ extra_data: { MJ9VZNT2: 25 } }));
    rejects(CREATE_BODY, withCreate({ extra_data: { KCTWB3Q0: true } }));
    rejects(CREATE_BODY, withCreate({ extra_data: { "8CRQ3DTK": ["LENGUAJE", 2] } }));
    rejects(CREATE_BODY, withCreate({ extra_data: { X: { nested: "no" } } }));
    rejects(CREATE_BODY, withCreate({ extra_data: ["Asalariado"] }));
  });
});

describe("update request", () => {
  it("accepts the docs' example and any subset of it", () => {
    accepts(UPDATE_BODY, docsUpdate);
    accepts(UPDATE_BODY, { name: "Juan" });
    accepts(UPDATE_BODY, { extra_data: { "8CRQ3DTK": ["LENGUAJE"] } });
  });

  it("rejects fields the docs do not show for the update", () => {
    rejects(UPDATE_BODY, { ...docsUpdate, lastname1: "Pérez" });
    rejects(UPDATE_BODY, { ...docsUpdate, sex: "m" });
  });

  it("applies the same field rules as create", () => {
    rejects(UPDATE_BODY, { email: "juan.perez" });
    rejects(UPDATE_BODY, { telephone: 6621234567 });
    rejects(UPDATE_BODY, { process_id: "SHORT" });
    rejects(UPDATE_BODY, { extra_data: { "77XD2ZMZ": 1 } });
  });
});

describe("write results and errors", () => {
  it("accept the docs' create and update answers", () => {
    accepts(WRITE_RESULT, docsCreated);
    accepts(WRITE_RESULT, docsUpdated);
  });

  it("type details as a list, message as a string and id as an 8-character code", () => {
    rejects(WRITE_RESULT, { ...docsCreated, details: {} });
    rejects(WRITE_RESULT, { ...docsCreated, message: 1 });
    rejects(WRITE_RESULT, { ...docsCreated, id: "WADF" });
  });

  it("require the new prospect's id in the create answer only (the update answer has none)", () => {
    accepts(CREATE_RESULT, docsCreated);
    rejects(CREATE_RESULT, docsUpdated);
    expect(spec.paths["/prospects"].post.responses["200"].content["application/json"].schema.$ref).toBe(CREATE_RESULT);
    expect(spec.paths["/prospects/{prospect_id}"].patch.responses["200"].content["application/json"].schema.$ref).toBe(WRITE_RESULT);
  });

  it("model error bodies as open objects, the guess recorded as an assumption", () => {
    accepts(ERROR, { message: "Bad parameters", anything: true });
    accepts(ERROR, {});
    rejects(ERROR, "Bad parameters");
    rejects(ERROR, { message: 400 });
    expect(spec.components.schemas.Error["x-assumptions"]).toEqual([expect.stringContaining("guess")]);
  });

  it("type the path id like every other id", () => {
    accepts(ID_PARAM, "WADFERF3");
    rejects(ID_PARAM, "WADFERF");
    rejects(ID_PARAM, "WADFERF33");
  });
});
