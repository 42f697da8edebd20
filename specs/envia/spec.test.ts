// Checks specs/envia/openapi.yaml against the vendor's docs (shared/vendor-docs/envia.txt).

import { bundleSpec, collectExamples, createSpecValidator, listOperations, resolvePointer } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";

const spec = await bundleSpec("envia");
const v = createSpecValidator(spec);
const ops = listOperations(spec);

const S = (name: string) => `#/components/schemas/${name}`;
const ok = (ref: string, value: unknown) => expect(v.validate(ref, value).errors).toEqual([]);
const bad = (ref: string, value: unknown) => expect(v.validate(ref, value).valid).toBe(false);
const deref = (node: any): any => (node?.$ref ? resolvePointer(spec, node.$ref) : node);
const op = (method: string, path: string) => {
  const found = ops.find((o) => o.method === method && o.path === path);
  if (!found) throw new Error(`no ${method} ${path}`);
  return found;
};
const params = (method: string, path: string) => {
  const o = op(method, path);
  return [...(o.pathItem.parameters ?? []), ...(o.operation.parameters ?? [])].map(deref) as any[];
};
const param = (method: string, path: string, name: string) => {
  const p = params(method, path).find((x) => x.name === name);
  if (!p) throw new Error(`no parameter ${name} on ${method} ${path}`);
  return p;
};
const bodySchemaRef = (method: string, path: string) => {
  const body = op(method, path).operation.requestBody;
  const base = body.$ref ? body.$ref : `#/paths/${path.replaceAll("~", "~0").replaceAll("/", "~1")}/${method}/requestBody`;
  return `${base}/content/application~1json/schema`;
};

// The docs' tables: method, path, Auth column, operationId chosen for the SDK.
const documented: [string, string, string, string][] = [
  ["get", "/prospects/grouped", "319", "listProspectsGrouped"],
  ["get", "/prospects/list", "319", "listProspects"],
  ["get", "/prospects/activities", "319", "listProspectActivities"],
  ["get", "/prospects/kpis", "319", "getProspectKpis"],
  ["get", "/prospects/{id}", "319", "getProspect"],
  ["post", "/prospects/process", "token_admin", "processProspects"],
  ["post", "/prospects", "token_admin", "createProspects"],
  ["patch", "/prospects/{id}", "token_admin", "updateProspect"],
  ["patch", "/prospects/{id}/data", "319", "updateProspectData"],
  ["patch", "/prospects/{id}/partner-data", "crm-partners", "updateProspectPartnerData"],
  ["post", "/prospects/{id}/contacts", "319", "createProspectContact"],
  ["put", "/prospects/{id}/contacts", "319", "updateProspectContact"],
  ["delete", "/prospects/{id}/contacts", "319", "deleteProspectContact"],
  ["post", "/prospects/{id}/notes", "319", "createProspectNote"],
  ["patch", "/prospects/{id}/notes/{noteId}", "319", "updateProspectNote"],
  ["post", "/prospects/{id}/locations", "crm-menu", "createProspectLocation"],
  ["put", "/prospects/locations/{id}", "crm-menu", "updateProspectLocation"],
  ["delete", "/prospects/locations/{id}", "crm-menu", "deleteProspectLocation"],
  ["get", "/clients/{id}", "319", "getClient"],
  ["get", "/clients/{id}/onboarding", "319", "getClientOnboarding"],
  ["post", "/clients/{id}/contacts", "319", "createClientContact"],
  ["post", "/clients/{id}/notes", "319", "createClientNote"],
  ["patch", "/clients/{id}/data", "319", "updateClientData"],
  ["post", "/clients/{id}/locations", "crm-menu", "createClientLocation"],
  ["put", "/clients/locations/{id}", "crm-menu", "updateClientLocation"],
  ["delete", "/clients/locations/{id}", "crm-menu", "deleteClientLocation"],
];

describe("operations", () => {
  it("declares exactly the 26 documented operations", () => {
    expect(ops).toHaveLength(26);
    expect(ops.map((o) => `${o.method} ${o.path}`).sort()).toEqual(documented.map(([m, p]) => `${m} ${p}`).sort());
  });

  it.each(documented)("%s %s: permission %s, operationId %s", (method, path, permission, operationId) => {
    const { operation } = op(method, path);
    expect(operation.operationId).toBe(operationId);
    expect(operation["x-permissions"]).toEqual([permission]);
    expect(operation.description).toContain(`"${permission === "319" ? "Permission 319" : permission}"`);
    expect(operation.tags).toEqual([path.startsWith("/clients") ? "Clients" : "Prospects"]);
    expect(operation.summary).toBeTruthy();
  });

  it("has exactly two tags, Prospects and Clients", () => {
    expect(spec.tags.map((t: { name: string }) => t.name)).toEqual(["Prospects", "Clients"]);
  });

  it("uses bearer JWT auth globally and, since the docs name no server, a base URL the user supplies", () => {
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer", bearerFormat: "JWT" });
    expect(spec.servers).toHaveLength(1);
    expect(spec.servers[0].url).toBe("{baseUrl}");
    expect(spec.servers[0].variables.baseUrl.default).toBe("https://envia.invalid");
  });

  it("names prospects and clients methods so that they mirror each other", () => {
    const ids = new Set(ops.map((o) => o.operationId));
    for (const verb of ["createXContact", "createXNote", "updateXData", "createXLocation", "updateXLocation", "deleteXLocation"]) {
      expect(ids.has(verb.replace("X", "Prospect"))).toBe(true);
      expect(ids.has(verb.replace("X", "Client"))).toBe(true);
    }
  });
});

describe("examples", () => {
  const examples = collectExamples(spec);
  it("collects the docs' examples", () => {
    expect(examples.length).toBeGreaterThan(25);
  });
  it.each(examples.map((e) => [e.where, e] as const))("%s validates against its schema", (_where, e) => {
    expect(v.validate(e.schemaRef, e.value).errors).toEqual([]);
  });
});

describe("errors (Boom)", () => {
  it("Boom requires statusCode (integer), error and message", () => {
    ok(S("Boom"), { statusCode: 400, error: "Bad Request", message: "Descriptive error message" });
    bad(S("Boom"), { statusCode: "400", error: "Bad Request", message: "x" });
    bad(S("Boom"), { statusCode: 400.5, error: "Bad Request", message: "x" });
    bad(S("Boom"), { error: "Bad Request", message: "x" });
    bad(S("Boom"), { statusCode: 400, message: "x" });
    bad(S("Boom"), { statusCode: 400, error: "Bad Request" });
  });

  it.each(["BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "UnprocessableEntity"])("%s is a Boom response", (name) => {
    expect(spec.components.responses[name].content["application/json"].schema.$ref).toBe(S("Boom"));
  });

  it.each(documented)("%s %s answers the errors that apply", (method, path) => {
    const { operation } = op(method, path);
    const codes = Object.keys(operation.responses);
    expect(codes).toEqual(expect.arrayContaining(["200", "400", "401", "403"]));
    // 404 wherever the path names a prospect, client, contact, note or location
    expect(codes.includes("404")).toBe(path.includes("{id}"));
    // 422 (Boom badData) wherever there is a request body
    expect(codes.includes("422")).toBe(Boolean(operation.requestBody));
    for (const code of codes.filter((c) => c !== "200")) {
      const ref = operation.responses[code].$ref as string;
      const example = deref(operation.responses[code]).content["application/json"].example;
      expect(example.statusCode, ref).toBe(Number(code));
    }
  });

  it("409 (duplicate email/phone on creation) is on prospect creation and contact writes only", () => {
    const with409 = ops
      .filter((o) => "409" in o.operation.responses)
      .map((o) => o.operationId)
      .sort();
    expect(with409).toEqual(["createClientContact", "createProspectContact", "createProspects", "updateProspectContact"]);
  });
});

describe("shared shapes between prospects and clients", () => {
  it.each([
    ["post", "/prospects/{id}/contacts", "post", "/clients/{id}/contacts", "ContactCreate"],
    ["post", "/prospects/{id}/notes", "post", "/clients/{id}/notes", "NoteCreate"],
    ["patch", "/prospects/{id}/data", "patch", "/clients/{id}/data", "FollowDataUpdate"],
    ["post", "/prospects/{id}/locations", "post", "/clients/{id}/locations", "LocationCreate"],
    ["put", "/prospects/locations/{id}", "put", "/clients/locations/{id}", "LocationUpdate"],
  ])("%s %s and %s %s share %s", (m1, p1, m2, p2, name) => {
    const b1 = op(m1, p1).operation.requestBody;
    const b2 = op(m2, p2).operation.requestBody;
    expect(b1.$ref).toBe(`#/components/requestBodies/${name}`);
    expect(b2.$ref).toBe(b1.$ref);
    expect(deref(b1).content["application/json"].schema.$ref).toBe(S(name));
  });

  it("prospect and client details share Note, Contact, Location and FollowData", () => {
    for (const detail of ["ProspectDetail", "ClientDetail"]) {
      const props = spec.components.schemas[detail].properties;
      expect(props.notes.items.$ref).toBe(S("Note"));
      expect(props.contacts.items.$ref).toBe(S("Contact"));
      expect(props.locations.items.$ref).toBe(S("Location"));
      expect(props.follow_data.$ref).toBe(S("FollowData"));
    }
  });
});

describe("query and path parameters", () => {
  // The documented filters and the service flags, shared by the grouped list, the KPIs and the calendar.
  const filters = ["search", "follow", "type", "onboarding", "ecommerce", "campaing", "salesman"];
  const services = ["kae", "kae_ltl", "csr", "csr_ltl", "fullfilment", "wms", "ecartpay", "parapaquetes"];
  const groupedNames = ["start", "length", "sortBy", "sortType", "category", ...filters, "startDate", "endDate", ...services, "source", "counters", "report"];
  const listExtra = [
    "weightRange",
    "contentId",
    "planTypeId",
    "minShipments",
    "leadStatus",
    "nextContact[0]",
    "nextContact[1]",
    "estimatedCloseDate[0]",
    "estimatedCloseDate[1]",
    "estimatedCloseMonth",
    "commercialOfferDate[0]",
    "commercialOfferDate[1]",
    "hasRecharge",
  ];

  it("GET /prospects/grouped takes the 25 documented query parameters, all optional", () => {
    const ps = params("get", "/prospects/grouped");
    expect(ps.map((p) => p.name)).toEqual(groupedNames);
    expect(ps.every((p) => p.in === "query" && p.required === false)).toBe(true);
  });

  it("GET /prospects/list takes every /prospects/grouped parameter plus its own, with literal bracketed names", () => {
    const ps = params("get", "/prospects/list");
    expect(ps.map((p) => p.name).sort()).toEqual([...groupedNames, ...listExtra].sort());
    expect(ps.every((p) => p.in === "query" && p.required === false)).toBe(true);
  });

  it("GET /prospects/list paging defaults and sort direction", () => {
    expect(param("get", "/prospects/list", "start").schema).toMatchObject({ type: "number", default: 0 });
    expect(param("get", "/prospects/list", "length").schema).toMatchObject({ type: "number", default: 25 });
    expect(param("get", "/prospects/list", "sortType").schema.enum).toEqual(["asc", "desc"]);
    expect(param("get", "/prospects/list", "hasRecharge").schema).toEqual({ type: "string", enum: ["0", "1"] });
    expect(param("get", "/prospects/list", "minShipments").schema.type).toBe("number");
  });

  it("types the grouped parameters as the docs do", () => {
    const t = (name: string) => param("get", "/prospects/grouped", name).schema.type;
    expect([t("start"), t("length"), t("category")]).toEqual(["number", "number", "number"]);
    expect([t("counters"), t("report")]).toEqual(["boolean", "boolean"]);
    expect([t("search"), t("follow"), t("salesman"), t("startDate")]).toEqual(["string", "string", "string", "string"]);
  });

  it("source is company (default) or partner", () => {
    const schema = param("get", "/prospects/{id}", "source").schema;
    expect(schema).toMatchObject({ enum: ["company", "partner"], default: "company" });
  });

  it("GET /prospects/activities requires startDate and endDate and expands kae ... parapaquetes", () => {
    expect(param("get", "/prospects/activities", "startDate").required).toBe(true);
    expect(param("get", "/prospects/activities", "endDate").required).toBe(true);
    const names = params("get", "/prospects/activities").map((p) => p.name);
    expect(names).toEqual(["startDate", "endDate", ...filters, ...services]);
  });

  it("GET /prospects/kpis takes the grouped filters without pagination", () => {
    const names = params("get", "/prospects/kpis").map((p) => p.name);
    expect(names).toEqual(groupedNames.filter((n) => n !== "start" && n !== "length"));
  });

  it("GET /clients/{id}/onboarding takes translate (boolean, default false)", () => {
    expect(param("get", "/clients/{id}/onboarding", "translate").schema).toEqual({ type: "boolean", default: false });
  });

  it("path ids are required numbers; DELETE /prospects/{id}/contacts takes the contact id", () => {
    for (const o of ops) {
      for (const p of params(o.method, o.path).filter((x) => x.in === "path")) {
        expect(p.required).toBe(true);
        expect(p.schema.type).toBe("number");
      }
    }
    expect(param("delete", "/prospects/{id}/contacts", "id").description).toMatch(/contact ID/);
    expect(param("get", "/clients/{id}", "id").description).toMatch(/Company ID/);
    expect(param("get", "/prospects/{id}", "id").description).toMatch(/Prospect ID/);
  });
});

describe("request bodies", () => {
  it("POST /prospects: every field optional; phone and code are numbers; type is 1, 2 or 3", () => {
    const ref = bodySchemaRef("post", "/prospects");
    ok(ref, [
      {
        name: "John Doe",
        company: "Acme Corp",
        email: "john@acme.com",
        phone: 5551234567,
        code: 52,
        locale: 1,
        type: 1,
        monthly_shipments: 150,
        follow_up_id: 1,
      },
    ]);
    ok(ref, [{}]);
    ok(ref, [{ monthly_shipments: "150" }]);
    bad(ref, [{ phone: "5551234567" }]);
    bad(ref, [{ code: "52" }]);
    bad(ref, [{ locale: "1" }]);
    bad(ref, [{ type: 4 }]);
    bad(ref, [{ email: "not-an-email" }]);
    bad(ref, [{ monthly_shipments: true }]);
    bad(ref, [{ unknown_field: 1 }]);
    bad(ref, { name: "not an array" });
  });

  it("POST /prospects/process takes the same rows", () => {
    const ref = bodySchemaRef("post", "/prospects/process");
    ok(ref, [{ name: "John Doe", company: "Acme Corp", email: "john@acme.com", phone: 5551234567, code: 52, locale: 1 }]);
    bad(ref, [{ phone: "5551234567" }]);
  });

  it("PATCH /prospects/{id}: all optional, phone strings, email validated, created_by a number", () => {
    const ref = bodySchemaRef("patch", "/prospects/{id}");
    ok(ref, {});
    ok(ref, { company_name: "Acme Corporation", name: "John Doe", email: "john.doe@acme.com", phone_code: "52", phone: "5559876543", created_by: 15 });
    bad(ref, { phone: 5559876543 });
    bad(ref, { phone_code: 52 });
    bad(ref, { email: "john.doe" });
    bad(ref, { created_by: "15" });
    bad(ref, { status: 1 });
  });

  it("PATCH .../data: all optional, account_type enum, estimated_close_date a date", () => {
    const ref = S("FollowDataUpdate");
    ok(ref, {});
    for (const t of ["individual", "startup", "sme", "enterprise", "corporate"]) ok(ref, { account_type: t });
    bad(ref, { account_type: "huge" });
    bad(ref, { estimated_close_date: "01/05/2026" });
    bad(ref, { account_value: "8000" });
    for (const f of ["ecommerce_type_id", "locale", "monthly_shipments", "weight_id", "content_id"]) bad(ref, { [f]: "1" });
    bad(ref, { extra: true });
  });

  it("PATCH .../partner-data: five required fields, integer rating 1-5, social_network max 150", () => {
    const ref = bodySchemaRef("patch", "/prospects/{id}/partner-data");
    const good = { url: "https://partner-store.com", partner_type_id: 2, partner_origin_id: 1, rating: 4, locale_id: 1, social_network: "@partnerstore" };
    ok(ref, good);
    const { social_network: _s, ...withoutOptional } = good;
    ok(ref, withoutOptional);
    for (const f of ["url", "partner_type_id", "partner_origin_id", "rating", "locale_id"]) {
      const { [f as keyof typeof good]: _drop, ...rest } = good;
      bad(ref, rest);
    }
    ok(ref, { ...good, rating: 1 });
    ok(ref, { ...good, rating: 5 });
    bad(ref, { ...good, rating: 0 });
    bad(ref, { ...good, rating: 6 });
    bad(ref, { ...good, rating: 4.5 });
    bad(ref, { ...good, rating: "4" });
    ok(ref, { ...good, social_network: "a".repeat(150) });
    bad(ref, { ...good, social_network: "a".repeat(151) });
  });

  it("ContactCreate: name, email, phone_code and phone required (strings); position optional", () => {
    const ref = S("ContactCreate");
    const good = { name: "Jane Smith", email: "jane@acme.com", phone_code: "52", phone: "5559876543", position: "CTO" };
    ok(ref, good);
    const { position: _p, ...required } = good;
    ok(ref, required);
    for (const f of ["name", "email", "phone_code", "phone"]) {
      const { [f as keyof typeof good]: _drop, ...rest } = good;
      bad(ref, rest);
    }
    bad(ref, { ...good, phone: 5559876543 });
    bad(ref, { ...good, email: "jane" });
    bad(ref, { ...good, isDefault: true });
  });

  it("ContactUpdate: all optional, isDefault boolean", () => {
    const ref = bodySchemaRef("put", "/prospects/{id}/contacts");
    ok(ref, {});
    ok(ref, { name: "Jane Smith", email: "jane.smith@acme.com", phone_code: "52", phone: "5559876543", position: "VP Engineering", isDefault: false });
    bad(ref, { isDefault: "false" });
    bad(ref, { email: "jane" });
  });

  it("DELETE /prospects/{id}/contacts has no body", () => {
    expect(op("delete", "/prospects/{id}/contacts").operation.requestBody).toBeUndefined();
  });

  it("NoteCreate: note required; action enum; scheduled_date a date-time; follow a number", () => {
    const ref = S("NoteCreate");
    ok(ref, { note: "x" });
    bad(ref, { action: "call" });
    for (const a of ["call", "whatsapp", "email", "meeting", "sms", "other"]) ok(ref, { note: "x", action: a });
    bad(ref, { note: "x", action: "fax" });
    bad(ref, { note: "x", scheduled_date: "tomorrow" });
    bad(ref, { note: "x", follow: "3" });
    bad(ref, { note: 3 });
  });

  it("NoteUpdate: scheduled_date (nullable) and origin required; origin prospect or company", () => {
    const ref = bodySchemaRef("patch", "/prospects/{id}/notes/{noteId}");
    ok(ref, { scheduled_date: "2026-03-25T14:00:00Z", origin: "prospect" });
    ok(ref, { scheduled_date: null, origin: "company" });
    bad(ref, { origin: "prospect" });
    bad(ref, { scheduled_date: null });
    bad(ref, { scheduled_date: null, origin: "client" });
    bad(ref, { scheduled_date: "someday", origin: "prospect" });
  });

  it("LocationCreate: name (max 50), link (max 150) and type (enum) required", () => {
    const ref = S("LocationCreate");
    const good = { name: "Main Office", link: "https://maps.google.com/?q=...", type: "headquarters" };
    ok(ref, good);
    for (const t of ["office", "warehouse", "branch", "headquarters", "distribution_center"]) ok(ref, { ...good, type: t });
    bad(ref, { ...good, type: "store" });
    for (const f of ["name", "link", "type"]) {
      const { [f as keyof typeof good]: _drop, ...rest } = good;
      bad(ref, rest);
    }
    ok(ref, { ...good, name: "n".repeat(50) });
    bad(ref, { ...good, name: "n".repeat(51) });
    const url = "https://maps.google.com/?q=";
    ok(ref, { ...good, link: url + "x".repeat(150 - url.length) });
    bad(ref, { ...good, link: url + "x".repeat(151 - url.length) });
  });

  it("LocationUpdate: same fields and limits, all optional", () => {
    const ref = S("LocationUpdate");
    ok(ref, {});
    ok(ref, { type: "warehouse" });
    bad(ref, { type: "store" });
    bad(ref, { name: "n".repeat(51) });
    bad(ref, { link: `https://maps.google.com/?q=${"x".repeat(150)}` });
  });
});

describe("responses", () => {
  it("GET /prospects/list answers recordsTotal, recordsFiltered and data (required, integers)", () => {
    const ref = S("ProspectList");
    ok(ref, { recordsTotal: 1, recordsFiltered: 0, data: [] });
    bad(ref, { recordsTotal: 1, data: [] });
    bad(ref, { recordsTotal: 1, recordsFiltered: 0 });
    bad(ref, { recordsTotal: 1, recordsFiltered: "0", data: [] });
    bad(ref, { recordsTotal: 1, recordsFiltered: 0.5, data: [] });
  });

  it("a Kanban group requires its id and records only; its name and count may be absent", () => {
    const ref = S("ProspectCategoryGroup");
    ok(ref, { id: 1, records: [] });
    bad(ref, { name: "new_lead", records: [] });
    bad(ref, { id: 1, name: "new_lead" });
    ok(S("ProspectsGrouped"), { categories: [{ id: 1, records: [{ id: 42 }] }] });
    bad(S("ProspectsGrouped"), { categories: [{ id: 1, records: [{ company_name: "Acme Corp" }] }] });
  });

  it("records require their id only", () => {
    for (const name of ["ProspectCard", "ProspectListRow", "Prospect", "Client", "Activity"]) {
      ok(S(name), { id: 1 });
      bad(S(name), {});
    }
    ok(S("CategoryKpi"), { category_id: 1 });
    bad(S("CategoryKpi"), { category_name: "new_lead", count: 23 });
  });

  it("responses are open for extra fields", () => {
    ok(S("ProspectListRow"), { id: 1, something_new: "x" });
    ok(S("Prospect"), { id: 1, something_new: "x" });
    ok(S("Boom"), { statusCode: 400, error: "Bad Request", message: "x", validation: { source: "payload", keys: [] } });
  });

  it("a prospect's company_id may be null; phone and phone_code are strings", () => {
    ok(S("Prospect"), { id: 42, company_id: null });
    ok(S("Prospect"), { id: 42, company_id: 100 });
    bad(S("Prospect"), { id: 42, phone: 5551234567 });
    bad(S("Prospect"), { id: 42, type: 4 });
  });

  it("last_contact accepts the date-time of /grouped and the date of /list, nothing else", () => {
    ok(S("DateOrDateTime"), "2026-03-15T10:30:00Z");
    ok(S("DateOrDateTime"), "2026-03-10");
    bad(S("DateOrDateTime"), "10/03/2026");
    ok(S("ProspectCard"), { id: 42, last_contact: "2026-03-15T10:30:00Z", services: [1, 3, 5] });
    bad(S("ProspectCard"), { id: 42, services: ["1"] });
  });

  it("an empty follow_data (client example) is valid; account_type is checked", () => {
    ok(S("FollowData"), {});
    bad(S("FollowData"), { account_type: "huge" });
  });
});
