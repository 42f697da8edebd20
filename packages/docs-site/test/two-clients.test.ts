// Two vendor clients in one program, against @crm-sdk/mock, as a user integrating two CRMs
// writes it: each vendor's error classes catch only that vendor's errors, while core's generic
// classes catch the same status from either.
import * as core from "@crm-sdk/core";
import * as envia from "@crm-sdk/envia";
import enviaSpec from "@crm-sdk/envia/openapi.json" with { type: "json" };
import { createMock } from "@crm-sdk/mock";
import * as syscap from "@crm-sdk/syscap";
import syscapSpec from "@crm-sdk/syscap/openapi.json" with { type: "json" };
import { describe, expect, it } from "vitest";

const notFound = { headers: { Prefer: "code=404" } };
const s = syscap.createSyscapClient({ baseUrl: "https://syscap.test", token: "t", fetch: createMock(syscapSpec).fetch, maxRetries: 0 });
const e = envia.createEnviaClient({ baseUrl: "https://envia.test", token: "t", fetch: createMock(enviaSpec).fetch, maxRetries: 0 });

describe("errors from two vendors in one try", () => {
  it("a Syscap 404 is Syscap's NotFoundError, not Envia's; core's NotFoundError catches both", async () => {
    const fromSyscap = await s.prospects.get("prospect-uuid", notFound).catch((error: unknown) => error);
    const fromEnvia = await e.prospects.get(1042, undefined, notFound).catch((error: unknown) => error);
    expect(fromSyscap).toBeInstanceOf(syscap.NotFoundError);
    expect(fromSyscap).not.toBeInstanceOf(envia.NotFoundError);
    expect(fromSyscap).not.toBeInstanceOf(envia.ApiError);
    expect(fromEnvia).toBeInstanceOf(envia.NotFoundError);
    expect(fromEnvia).not.toBeInstanceOf(syscap.NotFoundError);
    for (const error of [fromSyscap, fromEnvia]) {
      expect(error).toBeInstanceOf(core.NotFoundError);
      expect(error).toBeInstanceOf(core.ApiError);
      expect((error as core.NotFoundError).status).toBe(404);
    }
    expect((fromSyscap as syscap.NotFoundError).vendor).toBe("syscap");
    expect((fromEnvia as envia.NotFoundError).body?.statusCode).toBe(404); // Envia's Boom body, typed
  });

  it("the same shapes from both: a record from get, a Page from list", async () => {
    const record = await s.prospects.get("prospect-uuid");
    const detail = await e.prospects.get(1042);
    expect(typeof record.id).toBe("string");
    expect(detail).toBeTypeOf("object");
    for (const page of [await s.prospects.list({ pageSize: 5 }), await e.prospects.list({ pageSize: 5 })]) {
      expect(Object.keys(page).sort()).toEqual(["data", "items", "lastPage", "page", "total"]);
      expect(page.page).toBe(1);
      expect(Array.isArray(page.items)).toBe(true);
    }
  });
});
