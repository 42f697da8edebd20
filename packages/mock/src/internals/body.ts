import type { OpenApiDocument, Violation } from "../types.js";
import type { OperationRef } from "./operations.js";
import { follow, instancePointer } from "./pointer.js";

/**
 * What the mock reads of a request body before openapi-backend validates it: the declared media
 * types, and for an RPC body (Centia's `{ method, parameters }`) the property naming the branch.
 */
export interface BodyPlan {
  readonly required: boolean;
  /** Declared media types, lower case (`application/json`). */
  readonly mediaTypes: readonly string[];
  /** Whether a JSON media type with a schema is declared (the body is then parsed and validated). */
  readonly json: boolean;
  /** The discriminating property of a `oneOf` body and its values, see {@link discriminatorOf}. */
  readonly tag: { readonly property: string; readonly values: readonly string[] } | undefined;
}

/**
 * - `absent`: no body, and none is required; `unchecked`: a body in a media type the mock does not parse.
 * - `unsupported`: a media type the operation does not declare (415).
 * - `unreadable`: no usable body: none where one is required, malformed JSON, or not the object an RPC call is (400).
 * - `parsed`: the JSON value, for openapi-backend to validate against the schema.
 */
export type BodyOutcome =
  | { readonly kind: "absent" | "unchecked" }
  | { readonly kind: "unsupported" | "unreadable"; readonly violations: Violation[] }
  | { readonly kind: "parsed"; readonly value: unknown; readonly tagValue: string | undefined };

const isJson = (mediaType: string) => mediaType === "application/json" || mediaType.endsWith("+json");
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The property that names the branch of a `oneOf` whose branches each fix it to a different
 * string `const` and require it (Centia's `method`). The body is then validated against the
 * branch it names only (ajv's `discriminator`), so violations point at that branch's fields
 * instead of listing every branch's complaints.
 */
export function discriminatorOf(spec: OpenApiDocument, schema: OpenApiDocument): { property: string; values: string[] } | undefined {
  if (!Array.isArray(schema.oneOf)) return undefined;
  const branches = (schema.oneOf as unknown[]).map((branch) => follow(spec, branch, "#").node);
  for (const property of Object.keys(branches[0]?.properties ?? {})) {
    const values = branches.map((node) => follow(spec, node.properties?.[property] ?? {}, "#").node.const);
    const required = branches.every((node) => (node.required ?? []).includes(property));
    if (required && values.every((v) => typeof v === "string") && new Set(values).size === values.length) return { property, values };
  }
  return undefined;
}

export function compileBody(spec: OpenApiDocument, ref: OperationRef): BodyPlan | undefined {
  if (!ref.operation.requestBody) return undefined;
  const body = follow(spec, ref.operation.requestBody, "#").node;
  const content: Record<string, OpenApiDocument> = body.content ?? {};
  const jsonType = Object.keys(content).find((m) => isJson(m.toLowerCase()));
  const schema = jsonType === undefined || !content[jsonType]?.schema ? undefined : follow(spec, content[jsonType]?.schema, "#").node;
  return {
    required: body.required === true,
    mediaTypes: Object.keys(content).map((m) => m.toLowerCase()),
    json: schema !== undefined,
    tag: schema ? discriminatorOf(spec, schema) : undefined,
  };
}

function acceptsMediaType(declared: readonly string[], actual: string): boolean {
  return declared.some((d) => d === actual || d === "*/*" || (d.endsWith("/*") && actual.startsWith(d.slice(0, -1))));
}

/** Checks the body's presence, media type and JSON syntax (the schema is openapi-backend's part). */
export function readBody(plan: BodyPlan, text: string, contentType: string | undefined): BodyOutcome {
  if (text === "") {
    if (!plan.required) return { kind: "absent" };
    return { kind: "unreadable", violations: [{ in: "body", pointer: "", message: "is required (the request has no body)" }] };
  }
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!acceptsMediaType(plan.mediaTypes, mediaType)) {
    const message = mediaType ? `"${mediaType}" is not accepted; send ${plan.mediaTypes.join(" or ")}` : `is missing; send ${plan.mediaTypes.join(" or ")}`;
    return { kind: "unsupported", violations: [{ in: "header", pointer: "/content-type", message }] };
  }
  if (!isJson(mediaType) || !plan.json) return { kind: "unchecked" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "unreadable", violations: [{ in: "body", pointer: "", message: `is not valid JSON (${(error as Error).message})` }] };
  }
  if (plan.tag === undefined) return { kind: "parsed", value, tagValue: undefined };
  if (!isPlainObject(value)) return { kind: "unreadable", violations: [{ in: "body", pointer: "", message: "must be object" }] };
  const tagValue = value[plan.tag.property];
  if (typeof tagValue !== "string") {
    const message = tagValue === undefined ? "is required" : "must be string";
    return { kind: "unreadable", violations: [{ in: "body", pointer: instancePointer([plan.tag.property]), message }] };
  }
  return { kind: "parsed", value, tagValue };
}
