import type { OpenApiDocument } from "../types.js";
import type { OperationRef } from "./operations.js";
import { follow, pointerTo } from "./pointer.js";
import { sampleFromSchema } from "./sample.js";

/** One documented response of an operation, with its examples serialised once. */
export interface ResponseEntry {
  readonly status: number;
  /** `undefined` when the response has no body (204, or no `content`). */
  readonly mediaType: string | undefined;
  /** JSON text of each named example; the unnamed `example` is stored under `""`. */
  readonly examples: ReadonlyMap<string, string>;
  /** JSON text answered when no example is asked for. */
  readonly defaultBody: string | undefined;
  /** Pointer of the response's schema (for stateful answers). */
  readonly schemaAt: string | undefined;
}

export interface ResponsePlan {
  /** The first documented 2xx (`200` for a `2XX` range). */
  readonly success: ResponseEntry | undefined;
  byStatus(status: number): ResponseEntry | undefined;
}

const pickMediaType = (content: Record<string, unknown>) => Object.keys(content).find((m) => m.toLowerCase().includes("json")) ?? Object.keys(content)[0];

function compileEntry(spec: OpenApiDocument, status: number, response: unknown, at: string): ResponseEntry {
  const { node, at: where } = follow(spec, response, at);
  const content: Record<string, OpenApiDocument> = node.content ?? {};
  const mediaType = status === 204 ? undefined : pickMediaType(content);
  const examples = new Map<string, string>();
  if (mediaType === undefined) return { status, mediaType, examples, defaultBody: undefined, schemaAt: undefined };
  const media = content[mediaType] ?? {};
  const schemaAt = media.schema ? `${where}/content/${pointerTo(mediaType).slice(2)}/schema` : undefined;
  if ("example" in media) examples.set("", JSON.stringify(media.example));
  for (const [name, example] of Object.entries<OpenApiDocument>(media.examples ?? {})) {
    const resolved = follow(spec, example, "").node;
    if ("value" in resolved) examples.set(name, JSON.stringify(resolved.value));
  }
  const first = examples.values().next();
  const defaultBody = first.done ? JSON.stringify(sampleFromSchema(spec, media.schema ?? {})) : first.value;
  return { status, mediaType, examples, defaultBody, schemaAt };
}

export function compileResponses(spec: OpenApiDocument, ref: OperationRef): ResponsePlan {
  const exact = new Map<number, ResponseEntry>();
  const ranges = new Map<number, ResponseEntry>();
  for (const [key, response] of Object.entries<unknown>(ref.operation.responses ?? {})) {
    const at = `${ref.pointer}/responses/${key}`;
    if (/^\d{3}$/.test(key)) exact.set(Number(key), compileEntry(spec, Number(key), response, at));
    else if (/^[1-5]XX$/i.test(key)) ranges.set(Number(key[0]), compileEntry(spec, Number(key[0]) * 100, response, at));
  }
  const success = [...exact.values()].filter((e) => e.status >= 200 && e.status < 300).sort((a, b) => a.status - b.status)[0] ?? ranges.get(2);
  return { success, byStatus: (status) => exact.get(status) ?? ranges.get(Math.floor(status / 100)) };
}
