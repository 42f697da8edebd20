import { listOperations, readBundledSpec } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";
import { createAlgebraixClient, operationMethods } from "../src/index.js";

const client = createAlgebraixClient({ token: "t" }) as unknown as Record<string, Record<string, unknown>>;
const resolve = (dotted: string) => dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], client);

describe("every operation of the algebraix spec has a client method", () => {
  it.each(listOperations(readBundledSpec("algebraix")).map((op) => [op.operationId, op.method.toUpperCase(), op.path]))("%s (%s %s)", (operationId) => {
    const method = (operationMethods as Record<string, string>)[operationId];
    expect(method, `no wrapper method is mapped for ${operationId}`).toBeTypeOf("string");
    expect(resolve(method as string), `client.${method} is not a function`).toBeTypeOf("function");
  });

  it("maps no operation the spec does not have", () => {
    const ids = listOperations(readBundledSpec("algebraix")).map((op) => op.operationId);
    expect(Object.keys(operationMethods).sort()).toEqual(ids.sort());
  });
});
