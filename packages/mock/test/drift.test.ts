import { describe, expect, it } from "vitest";
import { createMock, MockOptionsError } from "../src/index.js";
import { AUTH, vendor } from "./helpers.js";

const syscap = vendor("syscap");
const centia = vendor("centia");
const get = async (mock: ReturnType<typeof createMock>, url: string) => {
  const res = await mock.handle({ method: "GET", url, headers: AUTH });
  return { status: res.status, body: res.body === undefined ? undefined : JSON.parse(res.body) };
};

describe("a drifted variant of a vendor", () => {
  it("leaves fields out, adds and retypes fields, and answers an undocumented status, as planned", async () => {
    const clean = createMock(syscap.spec);
    const mock = createMock(syscap.spec, {
      drift: {
        getProspect: { remove: ["/data/id"], set: { "/data/nickname": "Anita", "/data/sequential_id": "one" } },
        listProspects: { status: 418, remove: ["/data/*/email"] },
      },
    });
    const before = (await get(clean, "/prospects/prospect-uuid")).body;
    const after = await get(mock, "/prospects/prospect-uuid");
    expect(after.status).toBe(200);
    expect(after.body.data.id).toBeUndefined();
    expect(after.body.data.nickname).toBe("Anita");
    expect(after.body.data.sequential_id).toBe("one");
    const { id: _, ...rest } = before.data;
    expect({ ...after.body.data, nickname: undefined, sequential_id: undefined }).toEqual({ ...rest, nickname: undefined, sequential_id: undefined });
    const list = await get(mock, "/prospects");
    expect(list.status).toBe(418);
    expect(list.body.data.every((p: Record<string, unknown>) => !("email" in p))).toBe(true);
    expect((await get(mock, "/prospects/prospect-uuid/prospections")).body).toEqual((await get(clean, "/prospects/prospect-uuid/prospections")).body);
  });

  it("drifts a Centia method by its qualified name", async () => {
    const mock = createMock(centia.spec, { drift: { "Profiles.GetStages": { set: { "/response/stages": "none" } } } });
    const call = async (method: string) =>
      JSON.parse(
        (
          await mock.handle({
            method: "POST",
            url: "/profiles",
            headers: { ...AUTH, "content-type": "application/json" },
            body: JSON.stringify({ method, parameters: { profile_id: 1 } }),
          })
        ).body as string,
      );
    expect((await call("GetStages")).response.stages).toBe("none");
    expect(Array.isArray((await call("GetUsers")).response.users)).toBe(true);
  });

  it("refuses a plan that is not one", () => {
    expect(() => createMock(syscap.spec, { drift: { getProspect: { status: 42 } } })).toThrow(MockOptionsError);
    expect(() => createMock(syscap.spec, { drift: { getProspect: { remove: ["data/id"] } } })).toThrow(MockOptionsError);
  });
});
