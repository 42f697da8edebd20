import type { ErrorFormat } from "../options.js";
import type { OpenApiDocument, Violation } from "../types.js";
import { follow, pointerSegments } from "./pointer.js";
import { reasonPhrase } from "./reason-phrases.js";

/** Why a request is rejected; the format maps each to a status. */
export type RejectionKind = "invalid" | "unreadable" | "unsupported-media-type";

/** Builds the vendor's error bodies. Every body carries `violations`: the spec's error schemas are open. */
export interface ErrorFormatter {
  readonly format: ErrorFormat;
  statusFor(kind: RejectionKind): number;
  body(status: number, summary: string | undefined, violations: readonly Violation[]): Record<string, unknown>;
}

const BOOM_SOURCES: Readonly<Record<Violation["in"], string>> = { body: "payload", query: "query", path: "params", header: "headers" };

/** The properties of the first 4xx JSON response schema the spec declares (its error shape). */
function errorSchemaProperties(spec: OpenApiDocument): Record<string, unknown> {
  for (const pathItem of Object.values<OpenApiDocument>(spec.paths ?? {})) {
    for (const operation of Object.values<OpenApiDocument>(pathItem ?? {})) {
      for (const [status, response] of Object.entries<OpenApiDocument>(operation?.responses ?? {})) {
        if (!/^4/.test(status)) continue;
        const content = follow(spec, response, "").node.content ?? {};
        const media = content["application/json"] ?? Object.values<OpenApiDocument>(content)[0];
        if (media?.schema) {
          const properties = follow(spec, media.schema, "").node.properties;
          if (properties) return properties;
        }
      }
    }
  }
  return {};
}

/** `boom` for `{ statusCode, error, message }`, `rpc` for `{ success: false, error }`, else `default`. */
function detectErrorFormat(spec: OpenApiDocument): { format: ErrorFormat; messageKey: string } {
  const properties = errorSchemaProperties(spec);
  const has = (key: string) => key in properties;
  if (has("statusCode") && has("error") && has("message")) return { format: "boom", messageKey: "message" };
  if (has("success") && has("error")) return { format: "rpc", messageKey: "error" };
  return { format: "default", messageKey: has("message") || !has("error") ? "message" : "error" };
}

const describe = (v: Violation) => `${v.in}${v.pointer} ${v.message}`;

export function createErrorFormatter(spec: OpenApiDocument, forced: ErrorFormat | undefined): ErrorFormatter {
  const detected = detectErrorFormat(spec);
  const format = forced ?? detected.format;
  // Only the `default` format reads it: `boom` and `rpc` have fixed shapes.
  const messageKey = detected.messageKey;

  const text = (status: number, summary: string | undefined, violations: readonly Violation[]) => {
    const head = summary ?? (status < 400 ? "Invalid request" : reasonPhrase(status));
    return violations.length > 0 ? `${head}: ${violations.map(describe).join("; ")}` : head;
  };

  return {
    format,
    statusFor(kind) {
      if (format === "rpc") return kind === "invalid" ? 200 : 400;
      return kind === "unsupported-media-type" ? 415 : 400;
    },
    body(status, summary, violations) {
      const message = text(status, summary, violations);
      const list = violations.map((v) => ({ in: v.in, pointer: v.pointer, message: v.message }));
      if (format === "rpc") return { success: false, error: message, violations: list };
      if (format === "boom") {
        const body: Record<string, unknown> = { statusCode: status, error: reasonPhrase(status), message };
        const first = violations[0];
        if (first && status === 400) {
          const keys = violations.filter((v) => v.in === first.in).map((v) => pointerSegments(v.pointer).join("."));
          body.validation = { source: BOOM_SOURCES[first.in], keys };
        }
        body.violations = list;
        return body;
      }
      return { [messageKey]: message, violations: list };
    },
  };
}
