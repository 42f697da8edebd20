import { resolvePointer } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";
import { createMock } from "../src/index.js";
import { AUTH, errorSchemaRef, expectValid, findOp, VENDOR_IDS, vendor } from "./helpers.js";

const exampleOf = (id: Parameters<typeof vendor>[0], ref: string) => resolvePointer(vendor(id).spec, ref);

describe.each(VENDOR_IDS)("%s routing", (id) => {
  const v = vendor(id);
  const mock = createMock(v.spec);
  const someOp = v.ops[0] as NonNullable<(typeof v.ops)[0]>;

  it.each(["/nowhere", "/%zz", "/../../etc/passwd", "//", "/prospects/1/2/3/4/5"])("answers 404 for %s, in the vendor's error shape", async (url) => {
    const res = await mock.handle({ method: "GET", url, headers: AUTH });
    expect(res.status).toBe(404);
    const body = expectValid(v, errorSchemaRef(someOp, 404), res);
    expect(body.violations).toEqual([]);
  });

  it("answers 405 with an Allow header for a known path and a wrong method", async () => {
    const path = someOp.path.replace(/\{[^}]+\}/g, "1");
    const res = await mock.handle({ method: "TRACE", url: path, headers: AUTH });
    expect(res.status).toBe(405);
    const allowed = v.ops.filter((o) => o.path === someOp.path).map((o) => o.method.toUpperCase());
    expect(res.headers.allow?.split(", ").sort()).toEqual(allowed.sort());
    expectValid(v, errorSchemaRef(someOp, 405), res);
  });
});

describe("path matching", () => {
  it("Envia: literal segments win over templated ones", async () => {
    const mock = createMock(vendor("envia").spec);
    const list = await mock.handle({ method: "GET", url: "/prospects/list", headers: AUTH });
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body as string)).toEqual(exampleOf("envia", "#/paths/~1prospects~1list/get/responses/200/content/application~1json/example"));
    // /prospects/locations/{id} (PUT, DELETE), not /prospects/{id}/… with id "locations"
    const location = await mock.handle({ method: "GET", url: "/prospects/locations/12", headers: AUTH });
    expect(location.status).toBe(405);
    expect(location.headers.allow).toBe("PUT, DELETE");
    expect((await mock.handle({ method: "DELETE", url: "/prospects/locations/12", headers: AUTH })).status).toBe(200);
    // …while a templated first segment still reaches /prospects/{id}/data (updateProspectData), answered with its example
    const data = await mock.handle({ method: "PATCH", url: "/prospects/12/data", headers: AUTH, body: JSON.stringify({ channel: "referral" }) });
    expect(data.status).toBe(200);
    expect(JSON.parse(data.body as string)).toEqual(exampleOf("envia", "#/components/responses/UndocumentedSuccess/content/application~1json/example"));
    expect((await mock.handle({ method: "PATCH", url: "/prospects/12/data", headers: AUTH, body: JSON.stringify({ nope: 1 }) })).status).toBe(400);
  });

  it("Centia: the server's base path /api/v1 is stripped, and requests without it are accepted", async () => {
    const mock = createMock(vendor("centia").spec);
    const body = JSON.stringify({ method: "GetTypes", parameters: { profile_id: 1 } });
    for (const url of ["/api/v1/companies", "/companies", "https://centiacrm.desarrollo.in/api/v1/companies", "http://localhost:4010/companies/"]) {
      const res = await mock.handle({ method: "POST", url, headers: AUTH, body });
      expect(res.status, url).toBe(200);
      expect(JSON.parse(res.body as string).success, url).toBe(true);
    }
    expect((await mock.handle({ method: "POST", url: "/api/v2/companies", headers: AUTH, body })).status).toBe(404);
  });

  it("Syscap: a server URL with variables ({host}) is accepted with or without a host", async () => {
    const mock = createMock(vendor("syscap").spec);
    expect((await mock.handle({ method: "GET", url: "https://api.syscap.example/prospects", headers: AUTH })).status).toBe(200);
    expect((await mock.handle({ method: "GET", url: "/prospects", headers: AUTH })).status).toBe(200);
  });

  it("strips a custom basePath", async () => {
    const mock = createMock(vendor("syscap").spec, { basePath: "/custom/v2" });
    expect((await mock.handle({ method: "GET", url: "/custom/v2/prospects", headers: AUTH })).status).toBe(200);
    expect((await mock.handle({ method: "GET", url: "/prospects", headers: AUTH })).status).toBe(200);
  });

  it("decodes path parameters before validating them", async () => {
    const v = vendor("syscap");
    const res = await createMock(v.spec).handle({ method: "GET", url: "/prospects/a%20b%2Fc", headers: AUTH });
    expect(res.status).toBe(200);
    const bad = await createMock(vendor("envia").spec).handle({ method: "GET", url: "/clients/%31%32", headers: AUTH });
    expect(bad.status).toBe(200); // "12" once decoded
    const notFound = await createMock(v.spec).handle({ method: "GET", url: "/prospects/", headers: AUTH });
    expect(notFound.status).toBe(200); // trailing slash: the list
    expectValid(v, "#/components/schemas/ProspectListResponse", notFound);
    expect(findOp(v, "GET", "/prospects").operationId).toBe("listProspects");
  });
});
