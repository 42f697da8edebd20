// Tests of specs/centia/openapi.yaml against the vendor's docs (shared/vendor-docs/centia.txt).
// The DOCS table below is transcribed from the docs' parameter tables: a field printed on one line
// is required (`true`), a field broken over lines is optional (`false`); types are the docs' types
// (`float` -> number, `object[]` -> object, `array[]` -> array).

import { bundleSpec, collectExamples, createSpecValidator, listOperations } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";

const spec = await bundleSpec("centia");
const v = createSpecValidator(spec);

type JsonType = "integer" | "number" | "string" | "boolean" | "array" | "object" | "object|array";
type Field = [JsonType, boolean];
type Method = { params: Record<string, Field>; result: Record<string, JsonType> };

const P: Field = ["integer", true]; // profile_id | integer | The id of the profile
const LIST = (key: string): Record<string, JsonType> => ({ [key]: "array" });
const PAGED = (key: string): Record<string, JsonType> => ({
  total: "integer",
  current_page: "integer",
  last_page: "integer",
  [key]: "array",
});
const PRODUCT_OPTIONAL: Record<string, Field> = {
  short_name: ["string", false],
  sku: ["string", false],
  description: ["string", false],
  profile_currency_type_id: ["string", false],
  product_discount_id: ["string", false],
  product_validity_id: ["string", false],
  product_measury_id: ["string", false],
  product_category_id: ["string", false],
  taxes: ["array", false],
  inputs: ["object", false],
};

const DOCS: Record<string, Record<string, Method>> = {
  Auth: {
    Login: {
      params: { email: ["string", true], password: ["string", true] },
      result: { token: "string", user: "object" },
    },
  },
  Profiles: {
    GetProfiles: { params: {}, result: LIST("profiles") },
    GetStages: { params: { profile_id: P }, result: LIST("stages") },
    GetCountries: { params: {}, result: LIST("countries") },
    GetStates: { params: { country: ["string", true] }, result: { country: "string", states: "array" } },
    GetUsers: { params: { profile_id: P }, result: LIST("users") },
  },
  Companies: {
    GetCompanies: {
      params: {
        profile_id: P,
        company_type: ["array", false],
        company_industry: ["array", false],
        created_at: ["object", false],
        with_inputs: ["boolean", false],
        with_contacts: ["boolean", false],
        with_addresses: ["boolean", false],
        query: ["string", false],
        pagination: ["integer", false],
        page: ["integer", false],
      },
      result: PAGED("companies"),
    },
    GetTypes: { params: { profile_id: P }, result: LIST("types") },
    GetIndustries: { params: { profile_id: P }, result: LIST("industries") },
    GetInputs: { params: { profile_id: P }, result: LIST("inputs") },
    CreateCompany: {
      params: {
        profile_id: P,
        name: ["string", true],
        type_id: ["integer", true],
        industry_id: ["integer", true],
        website: ["string", false],
        phone: ["string", false],
        billing_name: ["string", false],
        rfc: ["string", false],
        shipping_address: ["object", false],
        billing_address: ["object", false],
      },
      result: { company: "object" },
    },
    GetCompany: {
      params: { profile_id: P, search_by: ["string", true], search_value: ["string", true] },
      result: { company: "object" },
    },
  },
  Contacts: {
    GetContacts: {
      params: {
        profile_id: P,
        company_id: ["integer", false],
        origin_id: ["array", false],
        title_id: ["array", false],
        position_id: ["array", false],
        department_id: ["array", false],
        created_at: ["object", false],
        with_inputs: ["boolean", false],
        with_addresses: ["boolean", false],
        query: ["string", false],
        pagination: ["integer", false],
        page: ["integer", false],
      },
      result: PAGED("contacts"),
    },
    GetOrigins: { params: { profile_id: P }, result: LIST("origins") },
    GetTitles: { params: { profile_id: P }, result: LIST("titles") },
    GetDepartments: { params: { profile_id: P }, result: LIST("departments") },
    GetPositions: { params: { profile_id: P }, result: LIST("positions") },
    GetInputs: { params: { profile_id: P }, result: LIST("inputs") },
    CreateContact: {
      params: {
        profile_id: P,
        company_id: ["integer", true],
        name: ["string", true],
        surname: ["string", true],
        mother_surname: ["string", false],
        title_id: ["integer", false],
        origin_id: ["integer", true],
        position_id: ["integer", false],
        department_id: ["integer", false],
        phone_office: ["string", false],
        phone_office_extension: ["string", false],
        phone_mobile: ["string", false],
        phone_other: ["string", false],
        email: ["string", false],
        skype: ["string", false],
        linkedin: ["string", false],
        twitter: ["string", false],
        shipping_address: ["object", false],
        billing_address: ["object", false],
        assistant: ["object", false],
      },
      result: { contact: "object" },
    },
    GetContact: {
      params: {
        profile_id: P,
        company_id: ["integer", false],
        search_by: ["string", true],
        search_value: ["string", true],
      },
      result: { contact: "object" },
    },
  },
  Products: {
    GetProducts: { params: { profile_id: P, with_inputs: ["boolean", false] }, result: LIST("products") },
    GetCategories: { params: { profile_id: P }, result: LIST("categories") },
    GetValidities: { params: { profile_id: P }, result: LIST("validities") },
    GetDiscounts: { params: { profile_id: P }, result: LIST("discounts") },
    GetMeasures: { params: { profile_id: P }, result: LIST("measures") },
    GetTaxes: { params: { profile_id: P }, result: LIST("taxes") },
    GetInputs: { params: { profile_id: P }, result: LIST("inputs") },
    CreateProduct: {
      params: { profile_id: P, name: ["string", true], value: ["number", true], ...PRODUCT_OPTIONAL },
      result: { product: "object" },
    },
    EditProduct: {
      params: {
        profile_id: P,
        product_id: ["integer", true],
        name: ["string", true],
        value: ["number", true],
        ...PRODUCT_OPTIONAL,
      },
      result: { product: "object" },
    },
  },
  Opportunities: {
    GetInputs: { params: { profile_id: P }, result: LIST("inputs") },
    GetOpportunities: {
      params: {
        profile_id: P,
        user_id: ["integer", false],
        status: ["string", false],
        contact_type: ["string", false],
        operation_type: ["string", false],
        stage: ["array", false],
        contact_origin: ["array", false],
        company_industry: ["array", false],
        value: ["object", false],
        created_at: ["object", false],
        estimated_end_at: ["object", false],
        closed_at: ["object", false],
        with_user: ["boolean", false],
        with_company: ["boolean", false],
        with_contact: ["boolean", false],
        with_products: ["boolean", false],
        with_inputs: ["boolean", false],
        query: ["string", false],
        pagination: ["integer", false],
        page: ["integer", false],
      },
      result: PAGED("opportunities"),
    },
    CreateOpportunity: {
      params: {
        profile_id: P,
        user_id: ["integer", true],
        title: ["string", true],
        value: ["number", true],
        estimated_end_at: ["string", true],
        prospect_type: ["string", true],
        operation_type: ["string", true],
        stage_id: ["integer", true],
        company_id: ["integer", true],
        contact_id: ["integer", true],
        campaign_id: ["string", false],
        want_products: ["boolean", true],
        want_tax: ["boolean", true],
        products: ["object|array", false],
        notify: ["boolean", true],
        comment: ["string", false],
      },
      result: { opportunity: "object" },
    },
    GetOpportunity: {
      params: {
        profile_id: P,
        opportunity_id: ["integer", true],
        with_user: ["boolean", false],
        with_company: ["boolean", false],
        with_contact: ["boolean", false],
        with_products: ["boolean", false],
        with_inputs: ["boolean", false],
      },
      result: { opportunity: "object" },
    },
  },
  Tickets: {
    GetTickets: { params: { profile_id: P }, result: LIST("tickets") },
    GetOrigins: { params: { profile_id: P }, result: LIST("origins") },
    GetCases: { params: { profile_id: P }, result: LIST("cases") },
    GetPriorities: { params: { profile_id: P }, result: LIST("priorities") },
    CreateTicket: {
      params: {
        profile_id: P,
        title: ["string", true],
        description: ["string", true],
        company_id: ["integer", true],
        contact_id: ["integer", false],
        opportunity_id: ["integer", false],
        user_id: ["integer", true],
        origin_id: ["integer", true],
        case_id: ["integer", true],
        priority_id: ["integer", true],
        estimated_end_at: ["string", true],
        notify: ["boolean", true],
        comment: ["string", false],
      },
      result: { ticket: "object" },
    },
  },
};

const PATHS: Record<string, string> = {
  Auth: "/auth",
  Profiles: "/profiles",
  Companies: "/companies",
  Contacts: "/contacts",
  Products: "/products",
  Opportunities: "/opportunities",
  Tickets: "/tickets",
};
const MODULES = Object.keys(DOCS);
const must = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
};
const mod = (module: string): Record<string, Method> => must(DOCS[module], module);
const docOf = (module: string, method: string): Method => must(mod(module)[method], `${module}.${method}`);
const pathOf = (module: string): string => must(PATHS[module], `path of ${module}`);
const firstMethod = (module: string) => must(Object.keys(mod(module))[0], `first method of ${module}`);
const ALL = MODULES.flatMap((module) => Object.keys(mod(module)).map((method) => ({ module, method })));

// ----- helpers ---------------------------------------------------------------------------------
const schemas = spec.components.schemas as Record<string, any>;
const esc = (p: string) => p.replaceAll("~", "~0").replaceAll("/", "~1");
const requestRef = (module: string) => `#/paths/${esc(pathOf(module))}/post/requestBody/content/application~1json/schema`;
const responseRef = (module: string) => `#/paths/${esc(pathOf(module))}/post/responses/200/content/application~1json/schema`;
const paramsRef = (module: string, method: string) => `#/components/schemas/${module}${method}Params`;
const resultRef = (module: string, method: string) => `#/components/schemas/${module}${method}Result`;
const deref = (s: any): any => (s?.$ref ? deref(schemas[s.$ref.split("/").pop()]) : s);
const typeOf = (s: any): string => {
  const r = deref(s);
  if (r.anyOf) return r.anyOf.map(typeOf).join("|");
  return Array.isArray(r.type) ? r.type.join("|") : r.type;
};
const requestExample = (module: string, method: string) => {
  const media = spec.paths[pathOf(module)].post.requestBody.content["application/json"];
  return structuredClone(media.examples[method].value);
};
const call = (module: string, body: unknown) => v.validate(requestRef(module), body);
const accepts = (module: string, body: unknown) => expect(call(module, body).valid, JSON.stringify(body)).toBe(true);
const rejects = (module: string, body: unknown) => expect(call(module, body).valid, JSON.stringify(body)).toBe(false);
const withParam = (module: string, method: string, key: string, value: unknown) => {
  const body = requestExample(module, method);
  body.parameters = { ...body.parameters, [key]: value };
  return body;
};
const WRONG: Record<string, unknown[]> = {
  integer: ["1", 1.5, true],
  number: ["12.5", true],
  string: [1, true],
  boolean: ["true", 1],
  array: ["1", 1],
  object: ["x", 1],
  "object|array": ["x", 1],
};

// ----- operations ------------------------------------------------------------------------------
describe("operations", () => {
  const ops = listOperations(spec);

  it("has exactly one POST path per module (7 operations)", () => {
    expect(ops.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual(
      Object.values(PATHS)
        .map((p) => `POST ${p}`)
        .sort(),
    );
  });

  it.each(MODULES)("%s: operationId, tag, x-rpc-module, 2xx and 4xx", (module) => {
    const op = must(
      ops.find((o) => o.path === pathOf(module)),
      module,
    ).operation;
    expect(op.operationId).toBe(`call${module}`);
    expect(op.tags).toEqual([module]);
    expect(op["x-rpc-module"]).toBe(module);
    expect(op.summary).toBeTruthy();
    expect(op.description).toBeTruthy();
    expect(Object.keys(op.responses)).toContain("200");
    expect(Object.keys(op.responses)).toContain("400");
    if (module !== "Auth") expect(Object.keys(op.responses)).toContain("401");
  });

  it("Auth.Login needs no token, every other module uses the bearer scheme", () => {
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(spec.security).toEqual([{ bearerAuth: [] }]);
    for (const { path, operation } of ops) {
      if (path === "/auth") expect(operation.security).toEqual([]);
      else expect(operation.security).toBeUndefined();
    }
  });

  it("declares a base URL the user supplies (the docs name no server); the guessed host is only an assumption", () => {
    expect(spec.servers).toHaveLength(1);
    expect(spec.servers[0].url).toBe("{baseUrl}");
    expect(spec.servers[0].variables.baseUrl.default).toBe("https://centia.invalid/api/v1");
    expect(JSON.stringify(spec.servers)).not.toContain("desarrollo.in");
    expect(spec.info["x-assumptions"].join(" ")).toContain("https://centiacrm.desarrollo.in/api/v1");
  });
});

// ----- methods ---------------------------------------------------------------------------------
describe("methods", () => {
  it("covers the 38 documented methods", () => {
    expect(ALL).toHaveLength(38);
  });

  it.each(MODULES)("%s: the request oneOf lists exactly the documented methods", (module) => {
    const schema = spec.paths[pathOf(module)].post.requestBody.content["application/json"].schema;
    const names = schema.oneOf.map((b: any) => b.$ref.split("/").pop());
    expect(names).toEqual(Object.keys(mod(module)).map((m) => `${module}${m}Request`));
    expect(names.map((n: string) => schemas[n].properties.method.const)).toEqual(Object.keys(mod(module)));
  });

  it.each(ALL)("$module.$method: Request, Params and Result schemas follow the conventions", ({ module, method }) => {
    const request = schemas[`${module}${method}Request`];
    expect(request.additionalProperties).toBe(false);
    expect(request.properties.method.const).toBe(method);
    expect(request.properties.parameters.$ref).toBe(paramsRef(module, method));
    const anyRequired = Object.values(docOf(module, method).params).some(([, req]) => req);
    expect(request.required).toEqual(anyRequired ? ["method", "parameters"] : ["method"]);
    expect(schemas[`${module}${method}Params`].type).toBe("object");
    expect(schemas[`${module}${method}Result`].type).toBe("object");
  });

  it.each(ALL)("$module.$method: parameters, required flags and types match the docs", ({ module, method }) => {
    const params = schemas[`${module}${method}Params`];
    const doc = docOf(module, method).params;
    expect(Object.keys(params.properties ?? {}).sort()).toEqual(Object.keys(doc).sort());
    expect([...(params.required ?? [])].sort()).toEqual(
      Object.entries(doc)
        .filter(([, [, req]]) => req)
        .map(([k]) => k)
        .sort(),
    );
    for (const [key, [type]] of Object.entries(doc)) expect(typeOf(params.properties[key]), key).toBe(type);
    expect(params.additionalProperties).toBe(false);
  });

  // Response policy: the docs' tables print every result field on one line, Centia's "required"
  // marker, so each stays required (and the envelope's `success`/`response`); their items are open.
  it.each(ALL)("$module.$method: result fields and types match the docs, each required (printed on one line)", ({ module, method }) => {
    const result = schemas[`${module}${method}Result`];
    const doc = docOf(module, method).result;
    expect(Object.keys(result.properties).sort()).toEqual(Object.keys(doc).sort());
    expect([...result.required].sort()).toEqual(Object.keys(doc).sort());
    for (const [key, type] of Object.entries(doc)) expect(typeOf(result.properties[key]), key).toBe(type);
    expect(result.additionalProperties).toBeUndefined(); // responses stay open
  });
});

// ----- request bodies --------------------------------------------------------------------------
describe("request bodies", () => {
  it.each(ALL)("$module.$method: the example body is accepted by its module's path", ({ module, method }) => {
    accepts(module, requestExample(module, method));
  });

  it.each(ALL)("$module.$method: a body with only the required parameters is accepted", ({ module, method }) => {
    const example = requestExample(module, method);
    const required = Object.entries(docOf(module, method).params).filter(([, [, r]]) => r);
    const body: any = { method };
    if (required.length > 0) body.parameters = Object.fromEntries(required.map(([k]) => [k, example.parameters[k]]));
    accepts(module, body);
  });

  it.each(ALL)("$module.$method: dropping any required parameter is rejected", ({ module, method }) => {
    const required = Object.entries(docOf(module, method).params).filter(([, [, r]]) => r);
    for (const [key] of required) {
      const body = requestExample(module, method);
      delete body.parameters[key];
      rejects(module, body);
    }
    if (required.length > 0) rejects(module, { method });
  });

  it.each(ALL)("$module.$method: every parameter of the wrong type is rejected", ({ module, method }) => {
    for (const [key, [type]] of Object.entries(docOf(module, method).params)) {
      for (const wrong of must(WRONG[type], type)) rejects(module, withParam(module, method, key, wrong));
    }
  });

  it.each(ALL)("$module.$method: an unknown parameter is rejected", ({ module, method }) => {
    rejects(module, withParam(module, method, "unknown_param", 1));
  });

  it.each(MODULES)("%s: an unknown method is rejected", (module) => {
    rejects(module, { method: "GetEverything", parameters: { profile_id: 1 } });
    rejects(module, { method: `${module}.${firstMethod(module)}`, parameters: { profile_id: 1 } });
    rejects(module, { parameters: { profile_id: 1 } });
  });

  it.each(MODULES)("%s: an unknown top-level field is rejected", (module) => {
    const method = firstMethod(module);
    rejects(module, { ...requestExample(module, method), token: "abc" });
  });

  it("a method sent to the wrong module's path is rejected", () => {
    for (const { module, method } of ALL) {
      for (const other of MODULES) {
        if (other === module || method in mod(other)) continue;
        rejects(other, requestExample(module, method));
      }
    }
  });

  it("shared method names are routed by path: each module's GetInputs takes its own Params", () => {
    for (const module of ["Companies", "Contacts", "Products", "Opportunities"]) {
      accepts(module, { method: "GetInputs", parameters: { profile_id: 1 } });
    }
    accepts("Contacts", { method: "GetOrigins", parameters: { profile_id: 1 } });
    accepts("Tickets", { method: "GetOrigins", parameters: { profile_id: 1 } });
    rejects("Profiles", { method: "GetInputs", parameters: { profile_id: 1 } });
  });

  it("methods without parameters accept an absent or empty `parameters`, nothing else", () => {
    for (const method of ["GetProfiles", "GetCountries"]) {
      accepts("Profiles", { method });
      accepts("Profiles", { method, parameters: {} });
      rejects("Profiles", { method, parameters: { profile_id: 1 } });
    }
  });
});

// ----- rules stated in the docs ----------------------------------------------------------------
describe("documented rules", () => {
  it("Companies.GetCompany search_by: 'id' or 'client_number'", () => {
    accepts("Companies", withParam("Companies", "GetCompany", "search_by", "id"));
    accepts("Companies", withParam("Companies", "GetCompany", "search_by", "client_number"));
    rejects("Companies", withParam("Companies", "GetCompany", "search_by", "email"));
    rejects("Companies", withParam("Companies", "GetCompany", "search_value", 42));
  });

  it("Contacts.GetContact search_by: 'id' or 'email'", () => {
    accepts("Contacts", withParam("Contacts", "GetContact", "search_by", "email"));
    accepts("Contacts", withParam("Contacts", "GetContact", "search_by", "id"));
    rejects("Contacts", withParam("Contacts", "GetContact", "search_by", "client_number"));
  });

  it("Opportunities.GetOpportunities status, contact_type and operation_type enums", () => {
    for (const s of ["active", "pending", "won", "lost"]) accepts("Opportunities", withParam("Opportunities", "GetOpportunities", "status", s));
    rejects("Opportunities", withParam("Opportunities", "GetOpportunities", "status", "closed"));
    for (const s of ["new", "existing"]) accepts("Opportunities", withParam("Opportunities", "GetOpportunities", "contact_type", s));
    rejects("Opportunities", withParam("Opportunities", "GetOpportunities", "contact_type", "renew"));
    for (const s of ["new", "renew"]) accepts("Opportunities", withParam("Opportunities", "GetOpportunities", "operation_type", s));
    rejects("Opportunities", withParam("Opportunities", "GetOpportunities", "operation_type", "existing"));
  });

  it("Opportunities.CreateOpportunity prospect_type and operation_type enums", () => {
    accepts("Opportunities", withParam("Opportunities", "CreateOpportunity", "prospect_type", "new"));
    rejects("Opportunities", withParam("Opportunities", "CreateOpportunity", "prospect_type", "renew"));
    accepts("Opportunities", withParam("Opportunities", "CreateOpportunity", "operation_type", "new"));
    rejects("Opportunities", withParam("Opportunities", "CreateOpportunity", "operation_type", "existing"));
  });

  it("dates are DD/MM/YY in filters and in CreateOpportunity (a pattern, not a format)", () => {
    const range = (from: string) => withParam("Companies", "GetCompanies", "created_at", { from });
    accepts("Companies", range("31/12/24"));
    accepts("Companies", range("01/01/00"));
    for (const bad of ["2024-12-31", "31/12/2024", "32/12/24", "31/13/24", "1/2/24", "31-12-24"]) {
      rejects("Companies", range(bad));
    }
    rejects("Companies", withParam("Companies", "GetCompanies", "created_at", { since: "01/01/24" }));
    rejects("Contacts", withParam("Contacts", "GetContacts", "created_at", { to: "2024-01-01" }));
    for (const key of ["created_at", "estimated_end_at", "closed_at"]) {
      accepts("Opportunities", withParam("Opportunities", "GetOpportunities", key, { from: "01/02/24", to: "28/02/24" }));
      rejects("Opportunities", withParam("Opportunities", "GetOpportunities", key, { from: "2024-02-01" }));
    }
    accepts("Opportunities", withParam("Opportunities", "CreateOpportunity", "estimated_end_at", "15/03/25"));
    rejects("Opportunities", withParam("Opportunities", "CreateOpportunity", "estimated_end_at", "2025-03-15"));
    expect(schemas.DateDDMMYY.format).toBeUndefined();
  });

  it("Tickets.CreateTicket estimated_end_at is YYYY-MM-DD", () => {
    accepts("Tickets", withParam("Tickets", "CreateTicket", "estimated_end_at", "2025-03-15"));
    for (const bad of ["15/03/25", "15/03/2025", "2025-13-01", "2025-3-5"]) {
      rejects("Tickets", withParam("Tickets", "CreateTicket", "estimated_end_at", bad));
    }
  });

  it("GetOpportunities value range bounds are strings, as the docs type them", () => {
    accepts("Opportunities", withParam("Opportunities", "GetOpportunities", "value", { from: "100", to: "200" }));
    rejects("Opportunities", withParam("Opportunities", "GetOpportunities", "value", { from: 100 }));
  });

  it("id arrays are arrays of integers; CreateProduct taxes take integer or string ids", () => {
    rejects("Companies", withParam("Companies", "GetCompanies", "company_type", ["1"]));
    rejects("Contacts", withParam("Contacts", "GetContacts", "origin_id", 1));
    rejects("Opportunities", withParam("Opportunities", "GetOpportunities", "stage", [1.5]));
    accepts("Products", withParam("Products", "CreateProduct", "taxes", [1, "2"]));
    rejects("Products", withParam("Products", "CreateProduct", "taxes", [true]));
  });

  it("CreateProduct/EditProduct value is a float, the catalogue ids are strings", () => {
    accepts("Products", withParam("Products", "CreateProduct", "value", 12.75));
    accepts("Products", withParam("Products", "EditProduct", "value", 100));
    rejects("Products", withParam("Products", "CreateProduct", "product_category_id", 4));
    accepts("Products", withParam("Products", "CreateProduct", "product_category_id", "4"));
  });

  it("CreateProduct inputs is a slug -> value map", () => {
    accepts("Products", withParam("Products", "CreateProduct", "inputs", { color: "rojo", piezas: 3, activo: true }));
    rejects("Products", withParam("Products", "CreateProduct", "inputs", [{ color: "rojo" }]));
    rejects("Products", withParam("Products", "CreateProduct", "inputs", { color: { nested: true } }));
  });

  it("addresses: one-line fields required, latitude/longitude optional, all strings", () => {
    const full = requestExample("Companies", "CreateCompany").parameters.shipping_address;
    for (const key of ["country", "state", "street", "number", "interior_number", "zip", "suburb", "city"]) {
      const address = { ...full };
      delete address[key];
      rejects("Companies", withParam("Companies", "CreateCompany", "shipping_address", address));
      rejects("Contacts", withParam("Contacts", "CreateContact", "billing_address", address));
    }
    const { latitude, longitude, ...minimal } = full;
    expect([latitude, longitude]).toEqual(["19.4270", "-99.1677"]);
    accepts("Companies", withParam("Companies", "CreateCompany", "billing_address", minimal));
    accepts("Contacts", withParam("Contacts", "CreateContact", "shipping_address", minimal));
    rejects("Companies", withParam("Companies", "CreateCompany", "shipping_address", { ...full, zip: 6600 }));
    rejects("Companies", withParam("Companies", "CreateCompany", "shipping_address", { ...full, latitude: 19.4 }));
    rejects("Companies", withParam("Companies", "CreateCompany", "shipping_address", { ...full, colony: "x" }));
  });

  it("CreateContact assistant: name and surname required", () => {
    accepts("Contacts", withParam("Contacts", "CreateContact", "assistant", { name: "Luis", surname: "Pérez" }));
    rejects("Contacts", withParam("Contacts", "CreateContact", "assistant", { name: "Luis" }));
    rejects("Contacts", withParam("Contacts", "CreateContact", "assistant", { surname: "Pérez" }));
    rejects("Contacts", withParam("Contacts", "CreateContact", "assistant", { name: "Luis", surname: "Pérez", email: "nope" }));
  });

  it("emails are validated as emails", () => {
    rejects("Auth", withParam("Auth", "Login", "email", "not-an-email"));
    rejects("Contacts", withParam("Contacts", "CreateContact", "email", "not-an-email"));
    accepts("Contacts", withParam("Contacts", "CreateContact", "email", "a@b.mx"));
  });

  it("CreateOpportunity products: every line field required, tax from 0.00 to 1.00, amount an integer", () => {
    const line = { product_id: 1, amount: 2, price: 10.5, discount: 0, tax: 0.16, total: 24.36 };
    const products = (value: unknown) => withParam("Opportunities", "CreateOpportunity", "products", value);
    accepts("Opportunities", products(line));
    accepts("Opportunities", products([line, { ...line, product_id: 2 }]));
    accepts("Opportunities", products({ ...line, tax: 0 }));
    accepts("Opportunities", products({ ...line, tax: 1 }));
    rejects("Opportunities", products({ ...line, tax: 1.01 }));
    rejects("Opportunities", products({ ...line, tax: -0.01 }));
    rejects("Opportunities", products({ ...line, amount: 1.5 }));
    rejects("Opportunities", products({ ...line, price: "10.5" }));
    for (const key of Object.keys(line)) {
      const partial: Record<string, unknown> = { ...line };
      delete partial[key];
      rejects("Opportunities", products(partial));
      rejects("Opportunities", products([partial]));
    }
  });
});

// ----- responses -------------------------------------------------------------------------------
describe("responses", () => {
  const success = (response: unknown) => ({ success: true, response });

  it.each(ALL)("$module.$method: a success envelope with its result validates", ({ module, method }) => {
    const media = spec.paths[pathOf(module)].post.responses["200"].content["application/json"];
    const example = media.examples[method].value;
    expect(example.success).toBe(true);
    expect(v.validate(resultRef(module, method), example.response).valid).toBe(true);
    expect(v.validate(responseRef(module), example).valid).toBe(true);
  });

  it.each(MODULES)("%s: the failure envelope validates; broken envelopes do not", (module) => {
    const ref = responseRef(module);
    expect(v.validate(ref, { success: false, error: "Something went wrong" }).valid).toBe(true);
    expect(v.validate(ref, { success: false, error: "x", response: null }).valid).toBe(true);
    expect(v.validate(ref, { success: false }).valid).toBe(false);
    expect(v.validate(ref, { success: false, error: 500 }).valid).toBe(false);
    expect(v.validate(ref, { success: "false", error: "x" }).valid).toBe(false);
    expect(v.validate(ref, { success: true }).valid).toBe(false);
    expect(v.validate(ref, { success: true, response: { unrelated: 1 } }).valid).toBe(false);
    expect(v.validate(ref, { success: true, error: "x" }).valid).toBe(false); // success must be const false on failures
    const ok = spec.paths[pathOf(module)].post.responses["200"].content["application/json"].examples[firstMethod(module)].value;
    expect(v.validate(ref, { ...ok, success: false }).valid).toBe(false); // and const true on successes
    const media = spec.paths[pathOf(module)].post.responses["200"].content["application/json"];
    expect(media.examples.error.value).toMatchObject({ success: false, error: expect.any(String) });
  });

  it("a success envelope is rejected when its result misses or mistypes a documented field", () => {
    expect(v.validate(responseRef("Auth"), success({ token: "t", user: {} })).valid).toBe(true);
    expect(v.validate(responseRef("Auth"), success({ token: "t" })).valid).toBe(false);
    expect(v.validate(responseRef("Auth"), success({ token: 1, user: {} })).valid).toBe(false);
    expect(v.validate(responseRef("Profiles"), success({ country: "MX" })).valid).toBe(false);
    expect(v.validate(responseRef("Products"), success({ products: {} })).valid).toBe(false);
  });

  it.each([
    ["Companies", "GetCompanies", "companies"],
    ["Contacts", "GetContacts", "contacts"],
    ["Opportunities", "GetOpportunities", "opportunities"],
  ])("%s.%s is paginated with total/current_page/last_page (integers) and `%s`", (module, method, key) => {
    const ref = resultRef(module, method);
    const page = { total: 1001, current_page: 2, last_page: 3, [key]: [{}] };
    expect(v.validate(ref, page).valid).toBe(true);
    for (const field of ["total", "current_page", "last_page", key]) {
      const broken: Record<string, unknown> = { ...page };
      delete broken[field];
      expect(v.validate(ref, broken).valid, field).toBe(false);
    }
    expect(v.validate(ref, { ...page, current_page: "2" }).valid).toBe(false);
    expect(v.validate(ref, { ...page, last_page: 3.5 }).valid).toBe(false);
    expect(v.validate(ref, { ...page, per_page: 500 }).valid).toBe(true); // open for undocumented extras
    expect(schemas[`${module}${method}Result`].properties.per_page).toBeUndefined(); // not documented
  });

  it("400 and 401 answer the failure envelope", () => {
    for (const name of ["BadRequest", "Unauthorized"]) {
      const media = spec.components.responses[name].content["application/json"];
      expect(media.schema.$ref).toBe("#/components/schemas/RpcError");
      expect(v.validate("#/components/schemas/RpcError", media.example).valid).toBe(true);
    }
  });
});

// ----- examples --------------------------------------------------------------------------------
describe("examples", () => {
  const examples = collectExamples(spec);

  it("every path has a request example per method, and a success and a failure example per method", () => {
    for (const module of MODULES) {
      const op = spec.paths[pathOf(module)].post;
      const req = Object.keys(op.requestBody.content["application/json"].examples);
      const res = Object.keys(op.responses["200"].content["application/json"].examples);
      expect(req).toEqual(Object.keys(mod(module)));
      const methods = Object.keys(mod(module));
      // The docs print "Response error example" under every method (the capture lost the bodies).
      const failures = module === "Auth" ? [] : methods.map((m) => `${m}Error`);
      expect(res).toEqual([...methods, "error", ...failures]);
      for (const name of ["error", ...failures]) expect(op.responses["200"].content["application/json"].examples[name].value.success).toBe(false);
    }
  });

  it.each(examples.map((e) => [e.where, e]))("%s validates", (_where, e) => {
    const { valid, errors } = v.validate(e.schemaRef, e.value);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });
});
