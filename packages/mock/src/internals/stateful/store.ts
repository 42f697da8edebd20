import type { OpenApiDocument } from "../../types.js";
import type { CompiledOperation } from "../operation.js";
import type { OperationRef } from "../operations.js";
import { follow, pointerSegments } from "../pointer.js";
import { type Resource, requestWrapperKey } from "./resources.js";

type Json = Record<string, unknown>;

export interface StatefulRequest {
  readonly compiled: CompiledOperation;
  /** Coerced path and query parameters, and the parsed JSON body. */
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

export type StatefulAnswer =
  | { readonly kind: "answer"; readonly status: number; readonly mediaType: string | undefined; readonly body: unknown }
  | { readonly kind: "not-found"; readonly message: string };

/** Records per resource, per mock instance. */
export interface Store {
  /** The stateful answer, or `undefined` when the operation is no CRUD step (the spec's example is answered). */
  answer(request: StatefulRequest): StatefulAnswer | undefined;
  reset(): void;
}

const isPlainObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);

/** The path parameter naming the parent record when `ref` lives under the resource's item path. */
function parentParam(resource: Resource, ref: OperationRef): string | undefined {
  const item = resource.itemPath.split("/");
  const own = ref.path.split("/");
  if (own.length <= item.length || item.slice(0, -1).some((s, i) => s !== own[i])) return undefined;
  return /^\{([^{}]+)\}$/.exec(own[item.length - 1] as string)?.[1];
}

export function createStore(spec: OpenApiDocument, resources: readonly Resource[]): Store {
  const records = new Map<Resource, Map<string, Json>>(resources.map((r) => [r, new Map()]));
  const wrappers = new Map<OperationRef, string | undefined>();
  const schemaJson = new Map<string, string>();

  const wrap = (r: Resource, record: Json) => (r.itemEnvelope === undefined ? structuredClone(record) : { [r.itemEnvelope]: structuredClone(record) });
  const notFound = (r: Resource, id: string): StatefulAnswer => ({
    kind: "not-found",
    message: `Not Found: no record at ${r.collectionPath} with id ${JSON.stringify(id)}`,
  });

  function unwrap(ref: OperationRef, body: unknown): Json {
    if (!wrappers.has(ref)) wrappers.set(ref, requestWrapperKey(spec, ref));
    const key = wrappers.get(ref);
    const data = key !== undefined && isPlainObject(body) ? body[key] : body;
    return isPlainObject(data) ? data : {};
  }

  /** Copies the request's fields the record knows; a field the record's schema rejects keeps its old value. */
  function merge(r: Resource, record: Json, data: Json): void {
    const before = structuredClone(record);
    for (const [key, value] of Object.entries(data)) if (key in r.template && key !== r.idKey) record[key] = value;
    if (r.validateItem(wrap(r, record))) return;
    const depth = r.itemEnvelope === undefined ? 0 : 1;
    for (const error of r.validateItem.errors ?? []) {
      const key = pointerSegments(error.instancePath)[depth];
      if (key !== undefined && key !== r.idKey) record[key] = before[key];
    }
    if (!r.validateItem(wrap(r, record))) for (const key of Object.keys(record)) record[key] = before[key];
  }

  function answersRecord(r: Resource, schemaAt: string | undefined): boolean {
    if (schemaAt === undefined) return false;
    let json = schemaJson.get(schemaAt);
    if (json === undefined) {
      json = JSON.stringify(follow(spec, { $ref: schemaAt }, schemaAt).node);
      schemaJson.set(schemaAt, json);
    }
    return json === r.itemSchemaJson;
  }

  /** A write's answer: the record when the operation answers one, else its example with the new id filled in. */
  function writeAnswer(r: Resource, compiled: CompiledOperation, record: Json | undefined): StatefulAnswer {
    const entry = compiled.responses.success;
    if (!entry) return { kind: "answer", status: 200, mediaType: "application/json", body: record && wrap(r, record) };
    if (entry.mediaType === undefined) return { kind: "answer", status: entry.status, mediaType: undefined, body: undefined };
    if (record && answersRecord(r, entry.schemaAt)) return { kind: "answer", status: entry.status, mediaType: entry.mediaType, body: wrap(r, record) };
    const example: unknown = entry.defaultBody === undefined ? undefined : JSON.parse(entry.defaultBody);
    if (record && isPlainObject(example) && r.idKey in example) example[r.idKey] = record[r.idKey];
    return { kind: "answer", status: entry.status, mediaType: entry.mediaType, body: example };
  }

  function list(r: Resource, compiled: CompiledOperation, query: Readonly<Record<string, unknown>>): StatefulAnswer | undefined {
    const shape = r.list;
    const entry = compiled.responses.success;
    if (!shape || !entry) return undefined;
    const all = [...(records.get(r)?.values() ?? [])];
    const num = (name: string | undefined) => (name !== undefined && typeof query[name] === "number" ? (query[name] as number) : undefined);
    const size = num(shape.sizeParam);
    const offset = num(shape.offsetParam);
    const page = num(shape.pageParam);
    const start = offset !== undefined ? Math.max(offset, 0) : page !== undefined && size !== undefined ? (Math.max(page, 1) - 1) * size : 0;
    const items = all.slice(start, size !== undefined && size >= 0 ? start + size : undefined).map((record) => structuredClone(record));
    if (shape.dataKey === undefined) return { kind: "answer", status: entry.status, mediaType: entry.mediaType, body: items };
    const body = structuredClone(shape.example) as Json;
    body[shape.dataKey] = items;
    for (const path of shape.countPaths) {
      let node: Json = body;
      for (const key of path.slice(0, -1)) node = node[key] as Json;
      node[path[path.length - 1] as string] = all.length;
    }
    return { kind: "answer", status: entry.status, mediaType: entry.mediaType, body };
  }

  return {
    reset() {
      for (const map of records.values()) map.clear();
    },
    answer({ compiled, path, query, body }) {
      const { ref } = compiled;
      for (const r of resources) {
        const map = records.get(r) as Map<string, Json>;
        if (ref.path === r.collectionPath) {
          if (ref.method === "GET") return list(r, compiled, query);
          if (ref.method !== "POST") return undefined;
          const record = structuredClone(r.template);
          const id = r.newId((candidate) => map.has(candidate));
          record[r.idKey] = id;
          merge(r, record, unwrap(ref, body));
          map.set(String(id), record);
          return writeAnswer(r, compiled, record);
        }
        if (ref.path === r.itemPath) {
          const id = String(path[r.idParam]);
          const record = map.get(id);
          if (!record) return notFound(r, id);
          if (ref.method === "GET") return writeAnswer(r, compiled, record);
          if (ref.method === "PUT" || ref.method === "PATCH") {
            merge(r, record, unwrap(ref, body));
            return writeAnswer(r, compiled, record);
          }
          if (ref.method === "DELETE") {
            map.delete(id);
            return writeAnswer(r, compiled, undefined);
          }
          return undefined;
        }
        const parent = parentParam(r, ref);
        if (parent !== undefined && !map.has(String(path[parent]))) return notFound(r, String(path[parent]));
      }
      return undefined;
    },
  };
}
