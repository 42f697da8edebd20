import { listOperations, readBundledSpec } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";
import { rpcMethodNames } from "../src/generated/methods.js";
import { createCentiaClient } from "../src/index.js";
import { operationMethods, rpcMethodSugar } from "../src/operations.js";

const spec = readBundledSpec("centia");
const client = createCentiaClient({ baseUrl: "https://centia.test", token: "t" }) as unknown as Record<string, Record<string, unknown>>;
const resolve = (dotted: string) => dotted.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], client);

/** Every RPC method of the spec, read from each module path's request `oneOf`. */
const specMethods = listOperations(spec).flatMap((op) => {
  const oneOf = op.operation.requestBody.content["application/json"].schema.oneOf as { $ref: string }[];
  return oneOf.map((branch) => `${op.operation["x-rpc-module"]}.${spec.components.schemas[branch.$ref.split("/").pop() as string].properties.method.const}`);
});

describe("every operation and RPC method of the centia spec has a client method", () => {
  it("has 38 RPC methods, all in the generated method table", () => {
    expect(specMethods).toHaveLength(38);
    expect([...rpcMethodNames].sort()).toEqual([...specMethods].sort());
  });

  it.each(listOperations(spec).map((op) => [op.operationId]))("%s has a client method", (operationId) => {
    expect(resolve((operationMethods as Record<string, string>)[operationId] as string)).toBeTypeOf("function");
  });

  it.each(specMethods.map((m) => [m]))("%s has module sugar", (method) => {
    const sugar = (rpcMethodSugar as Record<string, string>)[method];
    expect(sugar, `no module method for ${method}`).toBeTypeOf("string");
    expect(resolve(sugar as string)).toBeTypeOf("function");
  });
});
