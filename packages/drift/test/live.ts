// Real vendor clients against @crm-sdk/mock's in-process `fetch`, and a way to make the mock's
// answer disagree with the spec (the mock itself stays as it is): `drifted` edits the JSON body.
import type { Fetch, LogFields } from "@crm-sdk/core";
import { createMock, type MockOptions } from "@crm-sdk/mock";
import type { OpenApiDocument } from "../src/index.js";
import { vendorSpec } from "./helpers.js";

export const specs = {
  syscap: vendorSpec("syscap"),
  algebraix: vendorSpec("algebraix"),
  leancore: vendorSpec("leancore"),
  envia: vendorSpec("envia"),
  centia: vendorSpec("centia"),
} as const;

/** A bearer token, a password and personal data that must never reach a finding, a log line, an error or a HAR unless asked. */
export const CANARY = {
  token: "canary-bearer-token-5521",
  password: "canary-password-8830",
  loginToken: "canary-login-token-9147",
  cookie: "canary-cookie-6604",
  email: "canary-not-an-email-3170",
  text: "canary-value-2298",
  secret: "canary-api-key-4412",
} as const;

/** The mock of a spec, as a `fetch`, counting the requests it answered. */
export function mockFetch(spec: OpenApiDocument, options?: MockOptions): Fetch & { readonly calls: Request[] } {
  const mock = createMock(spec, options);
  const calls: Request[] = [];
  const fetch = (request: Request, init?: RequestInit) => {
    calls.push(request);
    return mock.fetch(request, init);
  };
  return Object.assign(fetch, { calls });
}

export type Edit = (body: any, request: Request, status: number) => unknown;

/** `fetch`, with each JSON answer passed through `edit` (headers and status kept; `Set-Cookie` added when given). */
export function drifted(fetch: Fetch, edit: Edit, extraHeaders: Record<string, string> = {}): Fetch {
  return async (request, init) => {
    const response = await fetch(request, init);
    const text = await response.text();
    const headers = new Headers(response.headers);
    headers.delete("content-length");
    for (const [name, value] of Object.entries(extraHeaders)) headers.append(name, value);
    const body = text ? JSON.stringify(edit(JSON.parse(text), request, response.status)) : text;
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** A logger that keeps every line. */
export function captureLogger() {
  const lines: { level: string; message: string; fields: LogFields }[] = [];
  const at = (level: string) => (message: string, fields: LogFields) => lines.push({ level, message, fields });
  return { logger: { debug: at("debug"), info: at("info"), warn: at("warn") }, lines };
}

/** Whether any canary shows up anywhere in `value` (serialised, error messages and stacks included). */
export function leaked(value: unknown, canaries: readonly string[] = Object.values(CANARY)): string[] {
  const text = JSON.stringify(value, (_key, v) => (v instanceof Error ? { ...v, message: v.message, stack: v.stack } : v));
  return canaries.filter((canary) => text.includes(canary));
}
