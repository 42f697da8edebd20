import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createMock } from "../src/index.js";
import { createHandlers } from "../src/msw.js";
import { AUTH, expectValid, findOp, responseSchemaRef, vendor } from "./helpers.js";

const syscap = vendor("syscap");
const centia = vendor("centia");
const stateful = createMock(vendor("algebraix").spec, { stateful: true });

const server = setupServer(
  ...createHandlers(syscap.spec, { baseUrl: "https://syscap.test" }),
  ...createHandlers(centia.spec, { baseUrl: "http://centia.test/api/v1" }),
  ...createHandlers(stateful, { baseUrl: "http://algebraix.test" }),
);

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => stateful.reset());
afterAll(() => server.close());

describe("msw handlers", () => {
  it("answer a plain fetch with the spec's example", async () => {
    const res = await fetch("https://syscap.test/prospects?page=1", { headers: AUTH });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(syscap.validator.validate(responseSchemaRef(findOp(syscap, "GET", "/prospects"), 200), body).valid).toBe(true);
  });

  it("reject an invalid request in the vendor's shape", async () => {
    const res = await fetch("https://syscap.test/prospects", { method: "POST", headers: AUTH, body: JSON.stringify({ prospect: { name: 1 } }) });
    expect(res.status).toBe(400);
    expect((await res.json()).violations.map((v: { pointer: string }) => v.pointer).sort()).toEqual(["/prospect/lastname", "/prospect/name"]);
  });

  it("strip the baseUrl's path (Centia under /api/v1)", async () => {
    const res = await fetch("http://centia.test/api/v1/companies", {
      method: "POST",
      headers: AUTH,
      body: JSON.stringify({ method: "GetTypes", parameters: { profile_id: 1 } }),
    });
    expect(res.status).toBe(200);
    const mockRes = { status: res.status, headers: {}, body: await res.text() };
    expect(expectValid(centia, responseSchemaRef(findOp(centia, "POST", "/companies"), 200), mockRes).success).toBe(true);
  });

  it("turn Prefer: fault=reset into a network error", async () => {
    await expect(fetch("https://syscap.test/prospects", { headers: { ...AUTH, prefer: "fault=reset" } })).rejects.toThrow(TypeError);
  });

  it("answer weird paths with 404 instead of throwing", async () => {
    expect((await fetch("https://syscap.test/%zz", { headers: AUTH })).status).toBe(404);
    expect((await fetch("https://syscap.test/prospects/%E0%A4%A", { headers: AUTH })).status).toBe(400);
  });

  it("share a stateful mock passed in, so a test can reset it", async () => {
    const created = await (await fetch("http://algebraix.test/prospects", { method: "POST", headers: AUTH, body: JSON.stringify({ name: "Juan" }) })).json();
    const got = await fetch(`http://algebraix.test/prospects/${created.id}`, { headers: AUTH });
    expect(got.status).toBe(200);
    expect((await got.json()).name).toBe("Juan");
    stateful.reset();
    expect((await fetch(`http://algebraix.test/prospects/${created.id}`, { headers: AUTH })).status).toBe(404);
  });

  it("answer 204 without a body", async () => {
    const res = await fetch("https://syscap.test/prospects/abc", { method: "DELETE", headers: AUTH });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });
});
