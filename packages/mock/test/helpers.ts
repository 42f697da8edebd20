import {
  createSpecValidator,
  listOperations,
  type OperationEntry,
  pointer,
  readBundledSpec,
  resolvePointer,
  type SpecValidator,
  type VendorId,
} from "@crm-sdk/spec-tools";
import { expect } from "vitest";
import type { MockResponse, OpenApiDocument } from "../src/index.js";

export const VENDOR_IDS: readonly VendorId[] = ["algebraix", "syscap", "leancore", "envia", "centia"];
export const TOKEN = "test-token";
export const AUTH = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" } as const;

export interface Vendor {
  readonly id: VendorId;
  readonly spec: OpenApiDocument;
  readonly validator: SpecValidator;
  readonly ops: OperationEntry[];
}

const cache = new Map<VendorId, Vendor>();
export function vendor(id: VendorId): Vendor {
  let v = cache.get(id);
  if (!v) {
    const spec = readBundledSpec(id);
    v = { id, spec, validator: createSpecValidator(spec), ops: listOperations(spec) };
    cache.set(id, v);
  }
  return v;
}

const deref = (spec: OpenApiDocument, node: OpenApiDocument): OpenApiDocument =>
  node?.$ref ? deref(spec, resolvePointer(spec, node.$ref) as OpenApiDocument) : node;

/** Pointer of the JSON schema of `op`'s response for `status` (following a `$ref`'d response). */
export function responseSchemaRef(op: OperationEntry, status: number): string {
  const response = op.operation.responses[String(status)];
  if (!response) throw new Error(`${op.operationId} documents no ${status}`);
  const base = response.$ref ?? pointer("paths", op.path, op.method, "responses", String(status));
  return `${base}/content/application~1json/schema`;
}

/** Asserts the answer is JSON that validates against the schema at `ref` and returns the parsed body. */
export function expectValid(v: Vendor, ref: string, res: MockResponse): Record<string, unknown> {
  expect(res.body, "a JSON body").toBeDefined();
  const body = JSON.parse(res.body as string);
  const { valid, errors } = v.validator.validate(ref, body);
  expect(errors, `${ref}: ${res.body}`).toEqual([]);
  expect(valid).toBe(true);
  return body;
}

/** The error schema an error answer must satisfy: the operation's declared one for the status, else its 400's. */
export function errorSchemaRef(op: OperationEntry, status: number): string {
  const responses = op.operation.responses;
  return responseSchemaRef(op, responses[String(status)] ? status : Number(Object.keys(responses).find((s) => /^4/.test(s))));
}

export function findOp(v: Vendor, method: string, path: string): OperationEntry {
  const op = v.ops.find((o) => o.method === method.toLowerCase() && o.path === path);
  if (!op) throw new Error(`no ${method} ${path} in ${v.id}`);
  return op;
}

/** A value for a parameter: its example, else one from its schema. */
function parameterValue(spec: OpenApiDocument, param: OpenApiDocument): string {
  if (param.example !== undefined) return String(param.example);
  const schema = deref(spec, param.schema ?? {});
  if (schema.example !== undefined) return String(schema.example);
  if (schema.default !== undefined) return String(schema.default);
  if (schema.enum) return String(schema.enum[0]);
  if (schema.type === "integer" || schema.type === "number") return "7";
  if (schema.type === "boolean") return "true";
  if (schema.format === "uuid") return "fd3705e1-3149-4c41-bfe7-cf0bee79cfad";
  if (schema.format === "date") return "2024-01-31";
  return "abc";
}

export interface SampleRequest {
  readonly name: string;
  readonly op: OperationEntry;
  readonly url: string;
  readonly body: string | undefined;
  /** The request example's name (Centia: the RPC method). */
  readonly example: string | undefined;
}

/** Minimal valid requests for every operation: required parameters from their examples, each request-body example once. */
export function sampleRequests(v: Vendor): SampleRequest[] {
  const out: SampleRequest[] = [];
  for (const op of v.ops) {
    const params = [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])].map((p) => deref(v.spec, p));
    let path = op.path;
    const query = new URLSearchParams();
    for (const p of params) {
      if (p.in === "path") path = path.replace(`{${p.name}}`, encodeURIComponent(parameterValue(v.spec, p)));
      if (p.in === "query" && p.required) query.set(p.name, parameterValue(v.spec, p));
    }
    const url = query.size > 0 ? `${path}?${query}` : path;
    const media = op.operation.requestBody ? deref(v.spec, op.operation.requestBody).content?.["application/json"] : undefined;
    const bodies: [string | undefined, unknown][] = media
      ? "example" in media
        ? [[undefined, media.example]]
        : Object.entries<OpenApiDocument>(media.examples ?? {}).map(([name, ex]) => [name, deref(v.spec, ex).value])
      : [[undefined, undefined]];
    for (const [example, value] of bodies) {
      out.push({
        name: `${op.method.toUpperCase()} ${op.path}${example ? ` (${example})` : ""}`,
        op,
        url,
        body: value === undefined ? undefined : JSON.stringify(value),
        example,
      });
    }
  }
  return out;
}
