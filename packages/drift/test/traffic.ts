// Builds HAR traffic that agrees with a spec: requests made from the spec's own examples (every
// documented status of every operation, and every RPC method of Centia), answered by @crm-sdk/mock in-process (which
// validates the request and answers with the spec's examples).
import { createMock } from "@crm-sdk/mock";
import type { OpenApiDocument } from "../src/index.js";
import { type HarEntry, harEntry } from "./har-builder.js";

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;
export const TOKEN = "Bearer drift-test-secret-token";

const follow = (spec: OpenApiDocument, node: OpenApiDocument | undefined): OpenApiDocument => {
  let current = node;
  while (current?.$ref)
    current = current.$ref
      .slice(2)
      .split("/")
      .reduce((n: OpenApiDocument, k: string) => n?.[k.replaceAll("~1", "/").replaceAll("~0", "~")], spec);
  return current ?? {};
};

function sampleFor(spec: OpenApiDocument, param: OpenApiDocument): unknown {
  if (param.example !== undefined) return param.example;
  const first = param.examples && Object.values<OpenApiDocument>(param.examples)[0];
  if (first) return follow(spec, first).value;
  const schema = follow(spec, param.schema);
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples)) return schema.examples[0];
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type;
  if (type === "integer" || type === "number") return schema.minimum ?? 1;
  if (type === "boolean") return true;
  if (schema.format === "uuid") return "3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13";
  if (schema.format === "date") return "2024-01-15";
  return "x1";
}

/** One exchange per operation (and per RPC method), through the mock; returns the HAR entries. */
export async function exampleTraffic(spec: OpenApiDocument, origin = "http://127.0.0.1:4010"): Promise<HarEntry[]> {
  const mock = createMock(spec);
  const requests: { method: string; url: string; body?: string; prefer?: string }[] = [];
  for (const [path, item] of Object.entries<OpenApiDocument>(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: OpenApiDocument) => follow(spec, p));
      let url = path;
      const query = new URLSearchParams();
      for (const p of params) {
        if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(String(sampleFor(spec, p))));
        else if (p.in === "query" && p.required) query.set(p.name, String(sampleFor(spec, p)));
      }
      const full = `${origin}${url}${query.size ? `?${query}` : ""}`;
      const media = follow(spec, op.requestBody).content?.["application/json"];
      const bodies: unknown[] = media?.examples
        ? Object.values<OpenApiDocument>(media.examples).map((e) => follow(spec, e).value)
        : media?.example !== undefined
          ? [media.example]
          : [];
      const body = bodies.length ? JSON.stringify(bodies[0]) : undefined;
      for (const other of bodies.slice(1)) requests.push({ method: method.toUpperCase(), url: full, body: JSON.stringify(other) });
      // every documented status, answered with its example (`Prefer: code=…`)
      for (const status of Object.keys(op.responses ?? {})) {
        if (/^\d{3}$/.test(status)) requests.push({ method: method.toUpperCase(), url: full, body, prefer: `code=${status}` });
      }
    }
  }
  const entries: HarEntry[] = [];
  for (const r of requests) {
    const headers = { authorization: TOKEN, ...(r.body ? { "content-type": "application/json" } : {}), ...(r.prefer ? { prefer: r.prefer } : {}) };
    const answer = await mock.handle({ method: r.method, url: r.url, headers, body: r.body });
    if ("fault" in answer) throw new Error(`mock dropped ${r.method} ${r.url}`);
    entries.push(
      harEntry({
        method: r.method,
        url: r.url,
        requestBody: r.body,
        status: answer.status,
        responseBody: answer.body,
        responseType: answer.headers["content-type"],
      }),
    );
  }
  return entries;
}
