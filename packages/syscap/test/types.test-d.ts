import type * as core from "@crm-sdk/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type ApiPromise,
  createSyscapClient,
  type ErrorBody,
  type InternalServerError,
  NotFoundError,
  type Paginator,
  type Prospect,
  type ProspectListResponse,
  type ProspectPage,
  type SyscapClient,
} from "../src/index.js";

const syscap = createSyscapClient({ baseUrl: "https://syscap.test", token: "t" });

describe("Syscap types", () => {
  it("names every result: the record, the page, the paginator, void for delete", () => {
    expectTypeOf(syscap).toEqualTypeOf<SyscapClient>();
    expectTypeOf(syscap.prospects.get("id")).toEqualTypeOf<ApiPromise<Prospect>>();
    expectTypeOf(syscap.prospects.create({ prospect: { name: "Ana", lastname: "Ruiz" } })).toEqualTypeOf<ApiPromise<Prospect>>();
    expectTypeOf(syscap.prospects.list()).toEqualTypeOf<ApiPromise<ProspectPage>>();
    expectTypeOf(syscap.prospects.listAll()).toEqualTypeOf<Paginator<ProspectListResponse, Prospect>>();
    expectTypeOf(syscap.prospects.delete("id")).toEqualTypeOf<ApiPromise<void>>();
    expectTypeOf(syscap.prospects.get("id").withResponse()).resolves.toEqualTypeOf<{ data: Prospect; response: Response }>();
  });

  it("an id Syscap always sends is required", () => {
    expectTypeOf<Prospect["id"]>().toEqualTypeOf<string>();
  });

  it("pages by page and pageSize, like every vendor", () => {
    expectTypeOf(syscap.prospects.list).parameter(0).toEqualTypeOf<{ page?: number; pageSize?: number } | undefined>();
    // @ts-expect-error the vendor's `per` is called pageSize here
    syscap.prospects.list({ per: 10 });
    // @ts-expect-error listAll pages by itself: no `page`
    syscap.prospects.listAll({ page: 3 });
  });

  it("baseUrl is required: Syscap documents no server", () => {
    // @ts-expect-error baseUrl is missing
    createSyscapClient({ token: "t" });
  });

  it("rejects wrong bodies", () => {
    // @ts-expect-error request bodies are wrapped in `prospect`
    syscap.prospects.create({ name: "Ana" });
  });

  it("error classes: status is the literal, body is Syscap's error schema, and they are core's errors too", () => {
    expectTypeOf<NotFoundError["status"]>().toEqualTypeOf<404>();
    expectTypeOf<InternalServerError["body"]>().toEqualTypeOf<ErrorBody | undefined>();
    const error: unknown = undefined;
    if (error instanceof NotFoundError) {
      expectTypeOf(error.status).toEqualTypeOf<404>();
      expectTypeOf(error).toExtend<core.NotFoundError>();
    }
  });
});
