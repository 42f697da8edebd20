import type { ErrorObject } from "ajv";
import type { OpenApiDocument } from "../types.js";
import type { SchemaChecker } from "./ajv.js";
import { fromPointer, resolveRef, schemaName } from "./json-pointer.js";
import { jsonType, type Problem, type ProblemKind } from "./problem.js";

// Why a walk and not ajv's errors alone: ajv reports every branch of a oneOf/anyOf that failed and
// says nothing about a property that an open schema merely allows. The walk picks the one branch
// the value meant (discriminator, a hint such as Centia's method, the valid branch, or the
// closest one), reports undeclared properties even where they are allowed, and leaves the
// keywords of each schema node (type, enum, format, pattern, …) to ajv.

type Schema = OpenApiDocument | boolean;

/** The composition-free view of the schemas that apply to one value. */
interface View {
  readonly leaves: OpenApiDocument[];
  readonly properties: Map<string, Schema[]>;
  readonly patterns: { readonly regex: RegExp; readonly schema: Schema }[];
  /** Schemas of `additionalProperties` (a map's values). */
  readonly additional: Schema[];
  readonly required: Set<string>;
  readonly items: Schema[];
  readonly prefixItems: Schema[][];
  /** `additionalProperties: false` or `unevaluatedProperties: false` somewhere. */
  closed: boolean;
  /** The component schema to declare a new property on: the last named one that declares properties, else the outermost named one. */
  owner: string | undefined;
  /** The component schema that declares (or requires) each property. */
  readonly declaredBy: Map<string, string | undefined>;
  readonly requiredBy: Map<string, string | undefined>;
  /** A oneOf/anyOf was on the way, so the branches taken depend on the value: the view cannot be reused for another value. */
  chose: boolean;
}

// The view of one schema object, for every value it applies to, when no oneOf/anyOf made it depend
// on the value. A schema object belongs to one spec (it is a node of it, or made from it once), so
// the views are valid across walks; response validation walks every response of a client, and
// rebuilding the view of each item of a list was most of its cost.
const VIEWS = new WeakMap<object, View>();

export interface WalkOptions {
  /** `$ref`s to prefer in a oneOf/anyOf (Centia: the called method's `<Module><Method>Result`). */
  readonly hints?: ReadonlySet<string>;
  /** Keep the offending values in the problems. @default false */
  readonly keepValues?: boolean;
}

const CONSTRAINTS = new Set([
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "contains",
]);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isSchemaObject = (value: unknown): value is OpenApiDocument => typeof value === "object" && value !== null && !Array.isArray(value);
/** `{}` and `true` allow anything and say nothing: not a map's value schema. */
const saysSomething = (schema: unknown) => schema === false || (isSchemaObject(schema) && Object.keys(schema).length > 0);

const typesOf = (schema: OpenApiDocument): string[] | undefined =>
  schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type.map(String) : [String(schema.type)];

function admits(types: readonly string[], actual: string): boolean {
  return types.includes(actual) || (actual === "integer" && types.includes("number"));
}

export function walkSchema(spec: OpenApiDocument, checker: SchemaChecker, schema: unknown, data: unknown, options: WalkOptions = {}): Problem[] {
  const hints = options.hints ?? new Set<string>();
  const keepValues = options.keepValues ?? false;
  const problems = new Map<string, Problem>();

  const add = (problem: Problem, value: unknown) => {
    const key = `${problem.kind}\u0000${problem.segments.join("/")}\u0000${problem.expected ?? ""}\u0000${problem.actual ?? ""}`;
    if (!problems.has(key)) problems.set(key, keepValues ? { ...problem, value } : problem);
  };

  /** The properties a branch pins with `const` (or a one-value enum) that the value contradicts. */
  function constConflicts(branch: Schema, value: unknown, depth = 0): number {
    if (!isSchemaObject(branch) || !isObject(value) || depth > 8) return 0;
    if (typeof branch.$ref === "string") return constConflicts(resolveRef(spec, branch.$ref) as Schema, value, depth + 1);
    let conflicts = 0;
    for (const [name, prop] of Object.entries(isSchemaObject(branch.properties) ? branch.properties : {})) {
      const p = typeof prop?.$ref === "string" ? (resolveRef(spec, prop.$ref) as OpenApiDocument) : prop;
      if (!isSchemaObject(p) || !(name in value)) continue;
      const pinned = "const" in p ? [p.const] : Array.isArray(p.enum) && p.enum.length === 1 ? p.enum : undefined;
      if (pinned && !pinned.some((v: unknown) => JSON.stringify(v) === JSON.stringify(value[name]))) conflicts += 1;
    }
    for (const part of Array.isArray(branch.allOf) ? branch.allOf : []) conflicts += constConflicts(part, value, depth + 1);
    return conflicts;
  }

  function typeConflict(branch: Schema, value: unknown, depth = 0): boolean {
    if (!isSchemaObject(branch) || depth > 8) return false;
    if (typeof branch.$ref === "string") return typeConflict(resolveRef(spec, branch.$ref) as Schema, value, depth + 1);
    const types = typesOf(branch);
    return types !== undefined && !admits(types, jsonType(value));
  }

  /** The branch of a oneOf/anyOf that the value meant. */
  function choose(node: OpenApiDocument, branches: Schema[], value: unknown): Schema | undefined {
    const hinted = branches.find((b) => isSchemaObject(b) && typeof b.$ref === "string" && hints.has(b.$ref));
    if (hinted) return hinted;
    const discriminator = isSchemaObject(node.discriminator) ? node.discriminator : undefined;
    if (discriminator && typeof discriminator.propertyName === "string" && isObject(value)) {
      const tag = value[discriminator.propertyName];
      if (typeof tag === "string") {
        const target = isSchemaObject(discriminator.mapping) ? discriminator.mapping[tag] : undefined;
        const byTag = branches.find((b) => isSchemaObject(b) && typeof b.$ref === "string" && (b.$ref === target || b.$ref.endsWith(`/${tag}`)));
        if (byTag) return byTag;
      }
    }
    const scored = branches.map((branch, index) => ({ branch, index, errors: checker.errors(branch, value) }));
    const valid = scored.find((s) => s.errors.length === 0);
    if (valid) return valid.branch;
    scored.sort(
      (a, b) =>
        constConflicts(a.branch, value) - constConflicts(b.branch, value) ||
        Number(typeConflict(a.branch, value)) - Number(typeConflict(b.branch, value)) ||
        a.errors.length - b.errors.length ||
        a.index - b.index,
    );
    return scored[0]?.branch;
  }

  function flatten(schema: Schema, value: unknown, view: View, depth: number, name: string | undefined): void {
    if (schema === true || depth > 64) return;
    if (schema === false) {
      view.leaves.push({ not: {} });
      return;
    }
    if (!isSchemaObject(schema)) return;
    if (typeof schema.$ref === "string") {
      const target = resolveRef(spec, schema.$ref);
      const targetName = schemaName(schema.$ref) ?? name;
      view.owner ??= targetName;
      if (target !== undefined) flatten(target as Schema, value, view, depth + 1, targetName);
    }
    view.leaves.push(schema);
    if (isSchemaObject(schema.properties)) {
      if (name !== undefined) view.owner = name;
      for (const [property, sub] of Object.entries(schema.properties)) {
        const list = view.properties.get(property) ?? [];
        list.push(sub as Schema);
        view.properties.set(property, list);
        if (!view.declaredBy.has(property)) view.declaredBy.set(property, name);
      }
    }
    if (isSchemaObject(schema.patternProperties)) {
      for (const [pattern, sub] of Object.entries(schema.patternProperties)) {
        try {
          view.patterns.push({ regex: new RegExp(pattern, "u"), schema: sub as Schema });
        } catch {
          // a pattern JavaScript cannot read: ajv reports the schema; nothing to match here
        }
      }
    }
    if (schema.additionalProperties === false || schema.unevaluatedProperties === false) view.closed = true;
    else if (saysSomething(schema.additionalProperties)) view.additional.push(schema.additionalProperties as Schema);
    if (Array.isArray(schema.required)) {
      for (const property of schema.required) {
        if (typeof property !== "string") continue;
        view.required.add(property);
        if (!view.requiredBy.has(property)) view.requiredBy.set(property, name);
      }
    }
    if (schema.items !== undefined && typeof schema.items !== "boolean") view.items.push(schema.items as Schema);
    if (Array.isArray(schema.prefixItems)) {
      schema.prefixItems.forEach((sub: Schema, i: number) => {
        view.prefixItems[i] ??= [];
        view.prefixItems[i]?.push(sub);
      });
    }
    if (Array.isArray(schema.allOf)) for (const part of schema.allOf) flatten(part, value, view, depth + 1, name);
    for (const keyword of ["oneOf", "anyOf"] as const) {
      if (!Array.isArray(schema[keyword]) || schema[keyword].length === 0) continue;
      view.chose = true;
      const branch = choose(schema, schema[keyword], value);
      if (branch !== undefined) flatten(branch, value, view, depth + 1, name);
    }
  }

  function classify(error: ErrorObject, leaf: OpenApiDocument, value: unknown, at: readonly string[], owner: string | undefined): void {
    const inner = fromPointer(error.instancePath).map((s) => (/^\d+$/.test(s) ? "*" : s));
    const segments = [...at, ...inner];
    const found = inner.length ? undefined : value;
    const actual = inner.length ? undefined : jsonType(value);
    let kind: ProblemKind;
    let expected: string;
    if (error.keyword === "type") {
      kind = value === null && inner.length === 0 ? "unexpected-null" : "type-mismatch";
      expected = (typesOf(leaf) ?? [String(error.params.type)]).join(" | ");
    } else if (error.keyword === "enum" || error.keyword === "const") {
      kind = "enum-mismatch";
      expected = error.keyword;
    } else if (CONSTRAINTS.has(error.keyword)) {
      kind = "format-mismatch";
      expected = error.keyword === "format" ? `format: ${String(error.params.format)}` : error.keyword;
    } else {
      kind = "type-mismatch";
      expected = error.keyword;
    }
    add({ kind, segments, owner, expected, actual }, found);
  }

  function viewOf(schemas: readonly Schema[], value: unknown): View {
    const single = schemas.length === 1 && isSchemaObject(schemas[0]) ? schemas[0] : undefined;
    const cached = single && VIEWS.get(single);
    if (cached) return cached;
    const view: View = {
      leaves: [],
      properties: new Map(),
      patterns: [],
      additional: [],
      required: new Set(),
      items: [],
      prefixItems: [],
      closed: false,
      owner: undefined,
      declaredBy: new Map(),
      requiredBy: new Map(),
      chose: false,
    };
    for (const schema of schemas) flatten(schema, value, view, 0, undefined);
    if (single && !view.chose) VIEWS.set(single, view);
    return view;
  }

  function check(schemas: readonly Schema[], value: unknown, at: readonly string[], parentOwner?: string): void {
    const view = viewOf(schemas, value);
    const failures: { leaf: OpenApiDocument; error: ErrorObject }[] = [];
    for (const leaf of view.leaves) for (const error of checker.shallowErrors(leaf, value)) failures.push({ leaf, error });
    if (failures.length) {
      // A value of the wrong type is reported as that alone (a null is not also "outside the enum").
      const wrongType = failures.filter(({ error }) => error.keyword === "type" && error.instancePath === "");
      for (const { leaf, error } of wrongType.length ? wrongType : failures) classify(error, leaf, value, at, parentOwner);
      if (wrongType.length) return;
    }
    if (isObject(value)) {
      for (const name of view.required) {
        if (!(name in value)) add({ kind: "missing-required", segments: [...at, name], owner: view.requiredBy.get(name) ?? view.owner }, undefined);
      }
      const declaresAny = view.properties.size > 0 || view.patterns.length > 0;
      for (const [name, child] of Object.entries(value)) {
        const own = view.properties.get(name) ?? [];
        // The view's own list when no pattern applies, so that the child's view is found again.
        const declared = view.patterns.length === 0 ? own : [...own, ...view.patterns.filter((p) => p.regex.test(name)).map((p) => p.schema)];
        if (declared.length > 0) check(declared, child, [...at, name], view.declaredBy.get(name) ?? view.owner);
        else if (view.additional.length > 0) check(view.additional, child, [...at, "*"], view.owner);
        // A free-form object (no properties declared, not closed) says nothing to declare against.
        else if (view.closed || declaresAny) add({ kind: "undeclared-property", segments: [...at, name], owner: view.owner, actual: jsonType(child) }, child);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const prefix = view.prefixItems[i];
        if (prefix) check(prefix, item, [...at, String(i)], view.owner);
        else if (view.items.length > 0) check(view.items, item, [...at, "*"], view.owner);
      });
    }
  }

  check([schema as Schema], data, []);

  // ajv judges validity; the walk only explains it. Should the walk have found nothing that makes
  // the value invalid (a oneOf that two branches match, a keyword the walk does not follow), ajv's
  // own errors are reported instead, so that invalid traffic never looks clean.
  const invalidating = [...problems.values()].some((p) => p.kind !== "undeclared-property");
  if (!invalidating) {
    const errors = checker.errors(schema, data);
    // With allErrors, ajv also lists every failed branch of a oneOf/anyOf: keep the verdict only.
    const verdicts = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
    const reported = new Set([...problems.values()].map((p) => `${p.kind} ${p.segments.join("/")}`));
    for (const error of verdicts.length ? verdicts : errors) {
      const where = fromPointer(error.instancePath).map((s) => (/^\d+$/.test(s) ? "*" : s));
      const value = valueAt(data, fromPointer(error.instancePath));
      if (error.keyword === "required") add({ kind: "missing-required", segments: [...where, String(error.params.missingProperty)] }, undefined);
      else if (error.keyword === "additionalProperties") {
        const name = String(error.params.additionalProperty);
        // already reported by the walk, which reports every undeclared property
        if (!reported.has(`undeclared-property ${[...where, name].join("/")}`)) {
          const child = valueAt(value, [name]);
          add({ kind: "undeclared-property", segments: [...where, name], actual: jsonType(child) }, child);
        }
      } else classify({ ...error, instancePath: "" }, {}, value, where, undefined);
    }
  }
  return [...problems.values()];
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const s of segments) node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[s] : undefined;
  return node;
}
