import type { ValidateFunction } from "ajv";
import type { OpenApiDocument, Violation } from "../types.js";
import type { SchemaCompiler } from "./ajv.js";
import { follow, instancePointer, pointerTo } from "./pointer.js";
import type { OperationRef } from "./router.js";
import { toViolations } from "./violations.js";

/**
 * A `oneOf`/`anyOf` body whose branches each fix one property to a constant (Centia's
 * `{ method: "GetCompanies", parameters }`): the body is validated against the branch it names,
 * so violations point at that branch's fields instead of listing every branch's complaints.
 */
interface Discriminator {
  readonly property: string;
  readonly branches: ReadonlyMap<string, ValidateFunction>;
}

export interface BodyPlan {
  readonly required: boolean;
  /** Declared media types, lower case (`application/json`). */
  readonly mediaTypes: readonly string[];
  /** The whole body's validator: set when there is a JSON schema and no discriminator. */
  readonly validate: ValidateFunction | undefined;
  readonly discriminator: Discriminator | undefined;
}

export type BodyOutcome =
  | { readonly kind: "unsupported"; readonly violations: Violation[] }
  /** `unreadable`: no usable body at all (missing, malformed JSON, not the object an RPC call is). */
  | {
      readonly kind: "checked";
      readonly violations: Violation[];
      readonly unreadable: boolean;
      readonly value: unknown;
      readonly discriminatorValue: string | undefined;
    };

const isJson = (mediaType: string) => mediaType === "application/json" || mediaType.endsWith("+json");
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

function findDiscriminator(spec: OpenApiDocument, schema: OpenApiDocument, at: string, compiler: SchemaCompiler): Discriminator | undefined {
  const key = Array.isArray(schema.oneOf) ? "oneOf" : Array.isArray(schema.anyOf) ? "anyOf" : undefined;
  if (!key) return undefined;
  const branches = (schema[key] as unknown[]).map((branch, i) => follow(spec, branch, `${at}/${key}/${i}`));
  const candidates = Object.keys(branches[0]?.node.properties ?? {});
  for (const property of candidates) {
    const values = branches.map(({ node }) => node.properties?.[property]?.const);
    if (values.every((v) => typeof v === "string") && new Set(values).size === values.length) {
      const map = new Map<string, ValidateFunction>();
      for (const [i, branch] of branches.entries()) map.set(values[i] as string, compiler.compile(branch.at));
      return { property, branches: map };
    }
  }
  return undefined;
}

export function compileBody(spec: OpenApiDocument, ref: OperationRef, compiler: SchemaCompiler): BodyPlan | undefined {
  if (!ref.operation.requestBody) return undefined;
  const { node: body, at } = follow(spec, ref.operation.requestBody, `${ref.pointer}/requestBody`);
  const content: Record<string, OpenApiDocument> = body.content ?? {};
  const mediaTypes = Object.keys(content).map((m) => m.toLowerCase());
  const jsonType = Object.keys(content).find((m) => isJson(m.toLowerCase()));
  const schemaAt = jsonType !== undefined && content[jsonType]?.schema ? `${at}/content/${pointerTo(jsonType).slice(2)}/schema` : undefined;
  const schema = schemaAt ? follow(spec, content[jsonType as string]?.schema, schemaAt) : undefined;
  const discriminator = schema ? findDiscriminator(spec, schema.node, schema.at, compiler) : undefined;
  return {
    required: body.required === true,
    mediaTypes,
    // A discriminated body is validated against its branches only, so the whole schema needs no validator.
    validate: schemaAt && !discriminator ? compiler.compile(schemaAt) : undefined,
    discriminator,
  };
}

function acceptsMediaType(declared: readonly string[], actual: string): boolean {
  return declared.some((d) => d === actual || d === "*/*" || (d.endsWith("/*") && actual.startsWith(d.slice(0, -1))));
}

/** Checks the body's presence, media type, JSON syntax and schema. */
export function checkBody(plan: BodyPlan, text: string, contentType: string | undefined): BodyOutcome {
  if (text.length === 0) {
    const violations: Violation[] = plan.required ? [{ in: "body", pointer: "", message: "is required (the request has no body)" }] : [];
    return { kind: "checked", violations, unreadable: plan.required, value: undefined, discriminatorValue: undefined };
  }
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!acceptsMediaType(plan.mediaTypes, mediaType)) {
    const message = mediaType ? `"${mediaType}" is not accepted; send ${plan.mediaTypes.join(" or ")}` : `is missing; send ${plan.mediaTypes.join(" or ")}`;
    return { kind: "unsupported", violations: [{ in: "header", pointer: "/content-type", message }] };
  }
  if (!isJson(mediaType) || (!plan.validate && !plan.discriminator))
    return { kind: "checked", violations: [], unreadable: false, value: text, discriminatorValue: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      kind: "checked",
      violations: [{ in: "body", pointer: "", message: `is not valid JSON (${(error as Error).message})` }],
      unreadable: true,
      value: undefined,
      discriminatorValue: undefined,
    };
  }
  const { discriminator } = plan;
  if (discriminator) {
    if (!isPlainObject(value))
      return { kind: "checked", violations: [{ in: "body", pointer: "", message: "must be object" }], unreadable: true, value, discriminatorValue: undefined };
    const name = value[discriminator.property];
    const pointer = instancePointer([discriminator.property]);
    if (typeof name !== "string") {
      return {
        kind: "checked",
        violations: [{ in: "body", pointer, message: name === undefined ? "is required" : "must be string" }],
        unreadable: true,
        value,
        discriminatorValue: undefined,
      };
    }
    const branch = discriminator.branches.get(name);
    if (!branch) {
      return {
        kind: "checked",
        violations: [{ in: "body", pointer, message: `must be one of: ${[...discriminator.branches.keys()].join(", ")}` }],
        unreadable: false,
        value,
        discriminatorValue: name,
      };
    }
    const violations = branch(value) ? [] : toViolations("body", branch.errors);
    return { kind: "checked", violations, unreadable: false, value, discriminatorValue: name };
  }
  // Without a discriminator, the gate above let only bodies with a whole-body validator through.
  const validate = plan.validate!;
  const violations = validate(value) ? [] : toViolations("body", validate.errors);
  return { kind: "checked", violations, unreadable: false, value, discriminatorValue: undefined };
}
