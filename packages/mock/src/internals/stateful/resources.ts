import type { ValidateFunction } from "ajv";
import type { OpenApiDocument } from "../../types.js";
import type { SchemaCompiler } from "../ajv.js";
import type { OperationCompiler } from "../operation.js";
import { effectiveParameters, type OperationRef } from "../operations.js";
import { follow } from "../pointer.js";
import { createIdGenerator } from "./ids.js";

type Json = Record<string, unknown>;

/** A REST collection found by path convention: `POST|GET /things` and `GET /things/{id}`. */
export interface Resource {
  readonly collectionPath: string;
  readonly itemPath: string;
  /** Name of the item path's parameter (`id`, `prospect_id`). */
  readonly idParam: string;
  /** Key of the id inside a record (`id`). */
  readonly idKey: string;
  /** Key wrapping one record in answers (`data`), or `undefined` for a bare record. */
  readonly itemEnvelope: string | undefined;
  /** The item example: the fields and types every created record starts from. */
  readonly template: Json;
  /** Validates an item answer (envelope included). */
  readonly validateItem: ValidateFunction;
  /** JSON of the item answer's schema, to tell which writes answer the record itself. */
  readonly itemSchemaJson: string;
  readonly list: ListShape | undefined;
  readonly newId: (taken: (id: string) => boolean) => string | number;
}

export interface ListShape {
  readonly example: unknown;
  /** Key of the records in the list answer, or `undefined` for a bare array. */
  readonly dataKey: string | undefined;
  /** Paths of the total-count fields (`["meta", "count"]`). */
  readonly countPaths: readonly (readonly string[])[];
  readonly pageParam: string | undefined;
  readonly sizeParam: string | undefined;
  readonly offsetParam: string | undefined;
}

const COUNT_KEYS = new Set(["count", "total", "total_count", "totalCount", "recordsTotal", "recordsFiltered"]);
const SIZE_PARAMS = ["per", "per_page", "perPage", "page_size", "pageSize", "limit", "length", "size"];
const OFFSET_PARAMS = ["offset", "start", "skip"];
const isPlainObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

function findCountPaths(value: unknown, skip: string | undefined, at: readonly string[] = [], depth = 0): string[][] {
  if (!isPlainObject(value) || depth > 3) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (depth === 0 && key === skip) return [];
    if (typeof child === "number" && COUNT_KEYS.has(key)) return [[...at, key]];
    return findCountPaths(child, skip, [...at, key], depth + 1);
  });
}

function parseBody(text: string | undefined): unknown {
  return text === undefined ? undefined : JSON.parse(text);
}

/**
 * The single key wrapping a write body (`{ prospect: {...} }`), read from the body schema: an
 * object with exactly one property, required and itself an object.
 */
export function requestWrapperKey(spec: OpenApiDocument, ref: OperationRef): string | undefined {
  if (!ref.operation.requestBody) return undefined;
  const body = follow(spec, ref.operation.requestBody, "#").node;
  const media = body.content?.["application/json"];
  if (!media?.schema) return undefined;
  const schema = follow(spec, media.schema, "#").node;
  const keys = Object.keys(schema.properties ?? {});
  const only = keys[0];
  if (keys.length !== 1 || only === undefined || !(schema.required ?? []).includes(only)) return undefined;
  const inner = follow(spec, schema.properties[only], "#").node;
  return inner.type === "object" || inner.properties ? only : undefined;
}

export function detectResources(spec: OpenApiDocument, operations: readonly OperationRef[], compiled: OperationCompiler, compiler: SchemaCompiler): Resource[] {
  const find = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path);
  const out: Resource[] = [];
  for (const create of operations) {
    if (create.method !== "POST" || /\}$/.test(create.path)) continue;
    const listRef = find("GET", create.path);
    const getRef = operations.find(
      (o) => o.method === "GET" && o.path.startsWith(`${create.path}/{`) && /^\/\{[^/{}]+\}$/.test(o.path.slice(create.path.length)),
    );
    if (!listRef || !getRef) continue;
    const item = compiled.get(getRef).responses.success;
    if (!item?.schemaAt) continue;
    const example = parseBody(item.defaultBody);
    if (!isPlainObject(example)) continue;
    const idParam = getRef.path.slice(create.path.length + 2, -1);
    let itemEnvelope: string | undefined;
    let template: Json | undefined = example;
    if (!("id" in example) && !(idParam in example)) {
      const objects = Object.entries(example).filter(([, v]) => isPlainObject(v));
      itemEnvelope = objects.length === 1 ? objects[0]?.[0] : undefined;
      template = itemEnvelope === undefined ? undefined : (example[itemEnvelope] as Json);
    }
    if (!template) continue;
    const idKey = "id" in template ? "id" : idParam in template ? idParam : "id";
    const listExample = parseBody(compiled.get(listRef).responses.success?.defaultBody);
    const dataKey = isPlainObject(listExample) ? Object.entries(listExample).find(([, v]) => Array.isArray(v))?.[0] : undefined;
    const names = compiled.get(listRef).queryNames;
    const list: ListShape | undefined =
      Array.isArray(listExample) || dataKey !== undefined
        ? {
            example: listExample,
            dataKey,
            countPaths: findCountPaths(listExample, dataKey),
            pageParam: names.includes("page") ? "page" : undefined,
            sizeParam: SIZE_PARAMS.find((n) => names.includes(n)),
            offsetParam: OFFSET_PARAMS.find((n) => names.includes(n)),
          }
        : undefined;
    const idParamEntry = effectiveParameters(spec, getRef).find(({ param }) => param.in === "path" && param.name === idParam);
    const idSchemaAt = idParamEntry?.param.schema ? idParamEntry.schemaAt : undefined;
    out.push({
      collectionPath: create.path,
      itemPath: getRef.path,
      idParam,
      idKey,
      itemEnvelope,
      template,
      validateItem: compiler.compile(item.schemaAt),
      itemSchemaJson: JSON.stringify(follow(spec, { $ref: item.schemaAt }, item.schemaAt).node),
      list,
      newId: idSchemaAt ? createIdGenerator(spec, idSchemaAt, compiler.compile(idSchemaAt)) : () => globalThis.crypto.randomUUID(),
    });
  }
  return out;
}
