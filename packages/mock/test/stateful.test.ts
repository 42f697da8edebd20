import { describe, expect, it } from "vitest";
import { createMock, type Mock } from "../src/index.js";
import { AUTH, errorSchemaRef, expectValid, findOp, responseSchemaRef, vendor } from "./helpers.js";

/** An authorised request to `mock`, its body sent as JSON. */
const sender = (mock: Mock) => (method: string, url: string, body?: unknown) =>
  mock.handle({ method, url, headers: AUTH, body: body === undefined ? undefined : JSON.stringify(body) });

describe("stateful Syscap prospects ({ prospect } bodies, { data } / { data, meta } answers)", () => {
  const v = vendor("syscap");
  const mock = createMock(v.spec, { stateful: true });
  const send = sender(mock);
  const ITEM = "#/components/schemas/ProspectResponse";
  const LIST = "#/components/schemas/ProspectListResponse";

  it("create -> get -> list -> update -> delete -> get 404, then reset()", async () => {
    const created = await send("POST", "/prospects", { prospect: { name: "Ana", lastname: "López", email: "ana@example.com", gender: "female" } });
    expect(created.status).toBe(201);
    const record = expectValid(v, ITEM, created).data as Record<string, unknown>;
    expect(record).toMatchObject({ name: "Ana", lastname: "López", email: "ana@example.com" });
    expect(record.id).toEqual(expect.any(String));
    expect(record.id).not.toBe("prospect-uuid");
    const id = record.id as string;

    const got = await send("GET", `/prospects/${id}`);
    expect(got.status).toBe(200);
    expect(expectValid(v, ITEM, got).data).toEqual(record);

    const listed = expectValid(v, LIST, await send("GET", "/prospects"));
    expect(listed.meta).toEqual({ count: 1 });
    expect(listed.data).toEqual([record]);

    const updated = await send("PUT", `/prospects/${id}`, { prospect: { commentary: "Called back", name: "Ana María" } });
    expect(updated.status).toBe(200);
    expect(expectValid(v, ITEM, updated).data).toMatchObject({ id, name: "Ana María", commentary: "Called back", lastname: "López" });
    expect(expectValid(v, ITEM, await send("GET", `/prospects/${id}`)).data).toMatchObject({ name: "Ana María" });

    const deleted = await send("DELETE", `/prospects/${id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();

    const gone = await send("GET", `/prospects/${id}`);
    expect(gone.status).toBe(404);
    expect(expectValid(v, errorSchemaRef(findOp(v, "GET", "/prospects/{id}"), 404), gone).error).toMatch(/Not Found: no record/);
    expect((await send("PUT", `/prospects/${id}`, { prospect: { name: "x" } })).status).toBe(404);
    expect((await send("DELETE", `/prospects/${id}`)).status).toBe(404);
    expect((await send("GET", `/prospects/${id}/prospections`)).status).toBe(404);
    expect(expectValid(v, LIST, await send("GET", "/prospects")).meta).toEqual({ count: 0 });
  });

  it("pages with page/per and counts every stored record in meta.count", async () => {
    mock.reset();
    const ids: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const res = await send("POST", "/prospects", { prospect: { name: `P${i}`, lastname: "Test" } });
      ids.push((JSON.parse(res.body as string).data as { id: string }).id);
    }
    expect(new Set(ids).size).toBe(5);
    const page = (url: string) => send("GET", url).then((res) => expectValid(v, LIST, res) as { data: { name: string }[]; meta: { count: number } });
    expect((await page("/prospects?page=1&per=2")).data.map((p) => p.name)).toEqual(["P1", "P2"]);
    expect((await page("/prospects?page=3&per=2")).data.map((p) => p.name)).toEqual(["P5"]);
    expect((await page("/prospects?page=4&per=2")).data).toEqual([]);
    expect((await page("/prospects?page=2&per=2")).meta.count).toBe(5);
    expect((await page("/prospects")).data).toHaveLength(5);
    // an existing parent lets its sub-resource through to the example
    const prospections = await send("GET", `/prospects/${ids[0]}/prospections`);
    expect(prospections.status).toBe(200);
    expectValid(v, responseSchemaRef(findOp(v, "GET", "/prospects/{id}/prospections"), 200), prospections);
    mock.reset();
    expect((await page("/prospects")).meta.count).toBe(0);
  });

  it("a field the record's schema rejects keeps its old value; the request is still validated first", async () => {
    mock.reset();
    const created = JSON.parse((await send("POST", "/prospects", { prospect: { name: "Ana", lastname: "López" } })).body as string).data;
    expect((await send("PUT", `/prospects/${created.id}`, { prospect: { email: "broken" } })).status).toBe(400);
    expect(expectValid(v, ITEM, await send("GET", `/prospects/${created.id}`)).data).toEqual(created);
  });

  it("Prefer: example=… bypasses the store; a stateless mock answers examples", async () => {
    mock.reset();
    const res = await mock.handle({ method: "GET", url: "/prospects/unknown", headers: { ...AUTH, prefer: "example=getProspect" } });
    expect(res.status).toBe(200);
    expect((await createMock(v.spec).handle({ method: "GET", url: "/prospects/unknown", headers: AUTH })).status).toBe(200);
  });

  it("keeps state per mock instance", async () => {
    mock.reset();
    const other = createMock(v.spec, { stateful: true });
    await send("POST", "/prospects", { prospect: { name: "Ana", lastname: "López" } });
    const otherList = JSON.parse((await other.handle({ method: "GET", url: "/prospects", headers: AUTH })).body as string);
    expect(otherList.meta.count).toBe(0);
  });
});

describe("stateful Algebraix prospects (bare records, 8-character ids, write answers that are not the record)", () => {
  const v = vendor("algebraix");
  const mock = createMock(v.spec, { stateful: true });
  const send = sender(mock);
  const PROSPECT = "#/components/schemas/Prospect";
  const WRITE = "#/components/schemas/ProspectWriteResult";

  it("create -> get -> list -> update -> get, unknown id 404, reset()", async () => {
    const created = await send("POST", "/prospects", { name: "Juan", lastname1: "Pérez", email: "juan@example.com", gender: "m" });
    expect(created.status).toBe(200);
    const answer = expectValid(v, WRITE, created);
    expect(answer).toMatchObject({ message: "Prospect created", details: [] });
    const id = answer.id as string;
    expect(id).toMatch(/^[A-Z0-9]{8}$/);
    expect(v.validator.validate("#/components/schemas/AlgebraixId", id).valid).toBe(true);

    const got = expectValid(v, PROSPECT, await send("GET", `/prospects/${id}`));
    expect(got).toMatchObject({ id, name: "Juan", lastname1: "Pérez", email: "juan@example.com" });

    const list = await send("GET", "/prospects");
    expectValid(v, responseSchemaRef(findOp(v, "GET", "/prospects"), 200), list);
    expect(JSON.parse(list.body as string)).toEqual([got]);

    const updated = await send("PATCH", `/prospects/${id}`, { telephone: "6620000000" });
    expect(expectValid(v, WRITE, updated)).toEqual({ details: [], message: "Prospect updated" });
    expect(expectValid(v, PROSPECT, await send("GET", `/prospects/${id}`))).toMatchObject({ name: "Juan", telephone: "6620000000" });

    const missing = await send("GET", "/prospects/ZZZZZZZZ");
    expect(missing.status).toBe(404);
    expect(expectValid(v, errorSchemaRef(findOp(v, "GET", "/prospects/{prospect_id}"), 404), missing).message).toMatch(/ZZZZZZZZ/);

    mock.reset();
    expect((await send("GET", `/prospects/${id}`)).status).toBe(404);
    expect(JSON.parse((await send("GET", "/prospects")).body as string)).toEqual([]);
  });
});

describe("stateful mode elsewhere", () => {
  it("leaves vendors without a CRUD collection answering examples (Envia, Centia, LeanCore)", async () => {
    const envia = createMock(vendor("envia").spec, { stateful: true });
    expect((await envia.handle({ method: "GET", url: "/prospects/12", headers: AUTH })).status).toBe(200);
    const leancore = createMock(vendor("leancore").spec, { stateful: true });
    expect((await leancore.handle({ method: "GET", url: "/lead?ecosystem=fd3705e1-3149-4c41-bfe7-cf0bee79cfad", headers: AUTH })).status).toBe(200);
  });
});
