// Bad input of every kind is answered with the exact status, the vendor's own error shape (checked
// against the spec's error schema) and one violation per problem, each with its JSON pointer.
import type { VendorId } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";
import { createMock, type MockResponse } from "../src/index.js";
import { AUTH, errorSchemaRef, expectValid, findOp, responseSchemaRef, vendor } from "./helpers.js";

interface Case {
  readonly title: string;
  readonly method: string;
  /** Path of the operation in the spec (for its error schema) and the URL sent. */
  readonly op: string;
  readonly url?: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly status: number;
  /** `in` + `pointer` of each expected violation. */
  readonly violations: readonly string[];
}

const MIB = 1_048_576;

const CASES: Readonly<Record<VendorId, readonly Case[]>> = {
  syscap: [
    { title: "malformed JSON", method: "POST", op: "/prospects", body: '{"prospect": ', status: 400, violations: ["body"] },
    { title: "a JSON array body", method: "POST", op: "/prospects", body: "[1,2]", status: 400, violations: ["body"] },
    { title: "a JSON string body", method: "POST", op: "/prospects", body: '"hello"', status: 400, violations: ["body"] },
    { title: "a JSON null body", method: "POST", op: "/prospects", body: "null", status: 400, violations: ["body"] },
    {
      title: "a body that breaks the schema",
      method: "POST",
      op: "/prospects",
      body: JSON.stringify({ prospect: { name: "Ana", email: "not-an-email", gender: "robot" } }),
      status: 400,
      violations: ["body/prospect/lastname", "body/prospect/email", "body/prospect/gender"],
    },
    {
      title: "an unknown body field",
      method: "POST",
      op: "/prospects",
      body: JSON.stringify({ prospect: { name: "Ana", lastname: "López" }, extra: 1 }),
      status: 400,
      violations: ["body/extra"],
    },
    { title: "a required body missing", method: "POST", op: "/prospects", status: 400, violations: ["body"] },
    {
      title: "a body sent as text/plain",
      method: "POST",
      op: "/prospects",
      body: "{}",
      headers: { authorization: "Bearer t", "content-type": "text/plain" },
      status: 415,
      violations: ["header/content-type"],
    },
    {
      title: "a body without content-type",
      method: "POST",
      op: "/prospects",
      body: "{}",
      headers: { authorization: "Bearer t" },
      status: 415,
      violations: ["header/content-type"],
    },
    { title: "unknown query parameters", method: "GET", op: "/prospects", url: "/prospects?foo=1&bar=2", status: 400, violations: ["query/foo", "query/bar"] },
    {
      title: "a query parameter of the wrong type",
      method: "GET",
      op: "/prospects",
      url: "/prospects?page=first&per=1.5",
      status: 400,
      violations: ["query/page", "query/per"],
    },
    { title: "a query parameter sent twice", method: "GET", op: "/prospects", url: "/prospects?page=1&page=2", status: 400, violations: ["query/page"] },
    { title: "a missing token", method: "GET", op: "/prospects", headers: {}, status: 401, violations: ["header/authorization"] },
    {
      title: "a token without the Bearer scheme",
      method: "GET",
      op: "/prospects",
      headers: { authorization: "Token abc" },
      status: 401,
      violations: ["header/authorization"],
    },
    {
      title: "an empty Bearer token",
      method: "GET",
      op: "/prospects",
      headers: { authorization: "Bearer " },
      status: 401,
      violations: ["header/authorization"],
    },
    {
      title: "a body over 1 MiB",
      method: "POST",
      op: "/prospects",
      body: JSON.stringify({ prospect: { name: "x".repeat(MIB), lastname: "y" } }),
      status: 413,
      violations: ["body"],
    },
    { title: "an undecodable path parameter", method: "GET", op: "/prospects/{id}", url: "/prospects/%zz", status: 400, violations: ["path/id"] },
  ],
  algebraix: [
    {
      title: "an id that is not an 8-character code",
      method: "GET",
      op: "/prospects/{prospect_id}",
      url: "/prospects/ABC",
      status: 400,
      violations: ["path/prospect_id"],
    },
    {
      title: "a response-only field and a bad enum",
      method: "POST",
      op: "/prospects",
      body: JSON.stringify({ name: "Juan", sex: "m", contact1: { gender: "x" } }),
      status: 400,
      violations: ["body/sex", "body/contact1/gender"],
    },
    {
      title: "a date in the wrong notation",
      method: "PATCH",
      op: "/prospects/{prospect_id}",
      url: "/prospects/WADFERF3",
      body: JSON.stringify({ birthday: "2000-01-01" }),
      status: 400,
      violations: ["body/birthday"],
    },
    { title: "malformed JSON", method: "PATCH", op: "/prospects/{prospect_id}", url: "/prospects/WADFERF3", body: "{", status: 400, violations: ["body"] },
    { title: "a missing token", method: "GET", op: "/prospects", headers: {}, status: 401, violations: ["header/authorization"] },
  ],
  leancore: [
    { title: "a required query parameter missing", method: "GET", op: "/lead", status: 400, violations: ["query/ecosystem"] },
    {
      title: "a query parameter of the wrong format",
      method: "GET",
      op: "/lead",
      url: "/lead?ecosystem=not-a-uuid",
      status: 400,
      violations: ["query/ecosystem"],
    },
    {
      title: "an unknown query parameter",
      method: "GET",
      op: "/lead",
      url: "/lead?ecosystem=fd3705e1-3149-4c41-bfe7-cf0bee79cfad&page=2",
      status: 400,
      violations: ["query/page"],
    },
    {
      title: "a malformed token",
      method: "GET",
      op: "/lead",
      url: "/lead?ecosystem=fd3705e1-3149-4c41-bfe7-cf0bee79cfad",
      headers: { authorization: "Bearer two words" },
      status: 401,
      violations: ["header/authorization"],
    },
  ],
  envia: [
    { title: "a path id that is not a number", method: "GET", op: "/prospects/{id}", url: "/prospects/abc", status: 400, violations: ["path/id"] },
    { title: "required query parameters missing", method: "GET", op: "/prospects/activities", status: 400, violations: ["query/startDate", "query/endDate"] },
    {
      title: "a boolean query parameter that is not one",
      method: "GET",
      op: "/prospects/kpis",
      url: "/prospects/kpis?counters=yes&source=elsewhere",
      status: 400,
      violations: ["query/counters", "query/source"],
    },
    {
      title: "an unknown body field",
      method: "PUT",
      op: "/prospects/locations/{id}",
      url: "/prospects/locations/12",
      body: JSON.stringify({ x: 1 }),
      status: 400,
      violations: ["body/x"],
    },
    { title: "a JSON array body", method: "PATCH", op: "/prospects/{id}", url: "/prospects/12", body: "[]", status: 400, violations: ["body"] },
    { title: "a missing token", method: "GET", op: "/clients/{id}", url: "/clients/5", headers: {}, status: 401, violations: ["header/authorization"] },
    { title: "a body over 1 MiB", method: "POST", op: "/prospects", body: `"${"x".repeat(MIB)}"`, status: 413, violations: ["body"] },
  ],
  centia: [
    {
      title: "parameters of the wrong type (HTTP 200, success false)",
      method: "POST",
      op: "/companies",
      body: JSON.stringify({ method: "GetCompanies", parameters: { profile_id: "one" } }),
      status: 200,
      violations: ["body/parameters/profile_id"],
    },
    {
      title: "an unknown parameter (HTTP 200, success false)",
      method: "POST",
      op: "/companies",
      body: JSON.stringify({ method: "GetTypes", parameters: { profile_id: 1, colour: "red" } }),
      status: 200,
      violations: ["body/parameters/colour"],
    },
    {
      title: "a required parameter missing (HTTP 200, success false)",
      method: "POST",
      op: "/contacts",
      body: JSON.stringify({ method: "GetContacts", parameters: {} }),
      status: 200,
      violations: ["body/parameters/profile_id"],
    },
    {
      title: "an unknown method (HTTP 200, success false)",
      method: "POST",
      op: "/companies",
      body: JSON.stringify({ method: "DeleteEverything", parameters: {} }),
      status: 200,
      violations: ["body/method"],
    },
    {
      title: "no method at all (400)",
      method: "POST",
      op: "/companies",
      body: JSON.stringify({ parameters: { profile_id: 1 } }),
      status: 400,
      violations: ["body/method"],
    },
    { title: "malformed JSON (400)", method: "POST", op: "/companies", body: "{method:", status: 400, violations: ["body"] },
    { title: "a JSON array body (400)", method: "POST", op: "/companies", body: "[]", status: 400, violations: ["body"] },
    {
      title: "a body sent as form data (400)",
      method: "POST",
      op: "/companies",
      body: "method=GetTypes",
      headers: { authorization: "Bearer t", "content-type": "application/x-www-form-urlencoded" },
      status: 400,
      violations: ["header/content-type"],
    },
    {
      title: "a missing token (401)",
      method: "POST",
      op: "/companies",
      body: JSON.stringify({ method: "GetTypes", parameters: { profile_id: 1 } }),
      headers: { "content-type": "application/json" },
      status: 401,
      violations: ["header/authorization"],
    },
  ],
};

/** The vendor's own error shape, beyond what its (open) schema checks. */
function expectVendorShape(id: VendorId, status: number, body: Record<string, unknown>) {
  if (id === "envia") {
    expect(body.statusCode).toBe(status);
    expect(typeof body.error).toBe("string");
    expect(typeof body.message).toBe("string");
  } else if (id === "centia") {
    expect(body.success).toBe(false);
    expect(typeof body.error).toBe("string");
  } else if (id === "syscap") {
    expect(typeof body.error).toBe("string");
  } else {
    expect(typeof body.message).toBe("string");
  }
}

const violationsOf = (body: Record<string, unknown>) =>
  (body.violations as { in: string; pointer: string; message: string }[]).map((v) => `${v.in}${v.pointer}`);

describe.each(Object.keys(CASES) as VendorId[])("%s rejects bad input", (id) => {
  const v = vendor(id);
  const mock = createMock(v.spec);

  it.each((CASES[id] as Case[]).map((c) => [c.title, c] as const))("%s", async (_, c) => {
    const res: MockResponse = await mock.handle({ method: c.method, url: c.url ?? c.op, headers: c.headers ?? AUTH, body: c.body });
    expect(res.status, res.body).toBe(c.status);
    expect(res.headers["content-type"]).toBe("application/json");
    const op = findOp(v, c.method, c.op);
    const body = expectValid(v, c.status === 200 ? responseSchemaRef(op, 200) : errorSchemaRef(op, c.status), res);
    expectVendorShape(id, c.status, body);
    expect(violationsOf(body).sort()).toEqual([...c.violations].sort());
    for (const violation of body.violations as { message: string }[]) expect(violation.message.length).toBeGreaterThan(0);
    if (c.status === 401) expect(res.headers["www-authenticate"]).toBe("Bearer");
  });
});

describe("error details", () => {
  it("Envia's Boom body names the failing source and keys, as hapi's Joi failures do", async () => {
    const res = await createMock(vendor("envia").spec).handle({ method: "GET", url: "/prospects/activities?startDate=2024-01-01", headers: AUTH });
    expect(JSON.parse(res.body as string)).toMatchObject({
      statusCode: 400,
      error: "Bad Request",
      message: "Bad Request: query/endDate is required",
      validation: { source: "query", keys: ["endDate"] },
      violations: [{ in: "query", pointer: "/endDate", message: "is required" }],
    });
  });

  it("Centia's failure text lists every violation", async () => {
    const res = await createMock(vendor("centia").spec).handle({
      method: "POST",
      url: "/companies",
      headers: AUTH,
      body: JSON.stringify({ method: "GetCompanies", parameters: { profile_id: "1", page: "2" } }),
    });
    expect(JSON.parse(res.body as string).error).toBe("Invalid request: body/parameters/profile_id must be integer; body/parameters/page must be integer");
  });

  it("coerces query strings to the declared types before validating", async () => {
    const mock = createMock(vendor("syscap").spec);
    expect((await mock.handle({ method: "GET", url: "/prospects?page=2&per=10", headers: AUTH })).status).toBe(200);
    const envia = createMock(vendor("envia").spec);
    expect((await envia.handle({ method: "GET", url: "/prospects/kpis?counters=true&category=1.5", headers: AUTH })).status).toBe(200);
  });

  it("Centia's Auth.Login needs no token (its security is empty)", async () => {
    const res = await createMock(vendor("centia").spec).handle({
      method: "POST",
      url: "/auth",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ method: "Login", parameters: { email: "ana@acme.mx", password: "x" } }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body as string).success).toBe(true);
  });

  it("authorize decides which tokens pass", async () => {
    const mock = createMock(vendor("syscap").spec, { authorize: (token) => token === "good" });
    expect((await mock.handle({ method: "GET", url: "/prospects", headers: { authorization: "Bearer good" } })).status).toBe(200);
    const res = await mock.handle({ method: "GET", url: "/prospects", headers: { authorization: "Bearer bad" } });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body as string).violations[0].message).toMatch(/not accepted/);
  });

  it("answers an internal error with 500 in the vendor's shape, never a rejection", async () => {
    const v = vendor("syscap");
    const mock = createMock(v.spec, {
      faults: () => {
        throw new Error("policy exploded");
      },
    });
    const res = await mock.handle({ method: "GET", url: "/prospects", headers: AUTH });
    expect(res.status).toBe(500);
    const body = expectValid(v, errorSchemaRef(findOp(v, "GET", "/prospects"), 500), res);
    expect(body.error).toMatch(/policy exploded/);
  });

  it("a Uint8Array body and a Headers object are accepted as well as strings and records", async () => {
    const mock = createMock(vendor("syscap").spec);
    const res = await mock.handle({
      method: "post",
      url: "https://syscap.test/prospects",
      headers: new Headers(AUTH),
      body: new TextEncoder().encode(JSON.stringify({ prospect: { name: "Ana", lastname: "López" } })),
    });
    expect(res.status).toBe(201);
  });

  it("a smaller maxBodyBytes is honoured, counting bytes not characters", async () => {
    const body = JSON.stringify({ prospect: { name: "ñññññ", lastname: "x" } });
    const maxBodyBytes = body.length + 2;
    expect(new TextEncoder().encode(body).byteLength).toBeGreaterThan(maxBodyBytes);
    const mock = createMock(vendor("syscap").spec, { maxBodyBytes });
    expect((await mock.handle({ method: "POST", url: "/prospects", headers: AUTH, body })).status).toBe(413);
    expect(
      (await mock.handle({ method: "POST", url: "/prospects", headers: AUTH, body: JSON.stringify({ prospect: { name: "n", lastname: "x" } }) })).status,
    ).toBe(201);
  });
});
