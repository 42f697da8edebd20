// Writes HAR 1.2 the way recorders do, so that tests can plant exactly the drift they assert.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

export type HarEntry = Record<string, unknown>;

export interface EntryInput {
  method: string;
  url: string;
  /** JSON text of the request body. */
  requestBody?: string | undefined;
  requestType?: string;
  status: number;
  /** Text of the response body; `undefined` leaves `content.text` out, as exports without bodies do. */
  responseBody?: string | undefined;
  responseType?: string | undefined;
  /** Encode the response body as base64 (`content.encoding`), as Chromium and mitmproxy may. */
  base64?: boolean;
  token?: string;
}

export function harEntry(input: EntryInput): HarEntry {
  const url = new URL(input.url);
  const text = input.responseBody;
  const content: Record<string, unknown> = { size: text === undefined ? 0 : Buffer.byteLength(text), mimeType: input.responseType ?? "application/json" };
  if (text !== undefined) {
    content.text = input.base64 ? Buffer.from(text).toString("base64") : text;
    if (input.base64) content.encoding = "base64";
  }
  return {
    startedDateTime: "2026-01-01T00:00:00.000Z",
    time: 1,
    request: {
      method: input.method,
      url: input.url,
      httpVersion: "HTTP/1.1",
      cookies: [{ name: "session", value: "cookie-secret-value" }],
      headers: [
        { name: "Authorization", value: input.token ?? "Bearer drift-test-secret-token" },
        { name: "Cookie", value: "session=cookie-secret-value" },
        ...(input.requestBody === undefined ? [] : [{ name: "Content-Type", value: input.requestType ?? "application/json" }]),
      ],
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      ...(input.requestBody === undefined ? {} : { postData: { mimeType: input.requestType ?? "application/json", text: input.requestBody } }),
      headersSize: -1,
      bodySize: input.requestBody === undefined ? 0 : Buffer.byteLength(input.requestBody),
    },
    response: {
      status: input.status,
      statusText: "",
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: [{ name: "Content-Type", value: input.responseType ?? "application/json" }],
      content,
      redirectURL: "",
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 1, receive: 0 },
  };
}

export function har(entries: readonly HarEntry[]): unknown {
  return { log: { version: "1.2", creator: { name: "crm-sdk-drift tests", version: "0" }, entries } };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory for HARs, removed after the test file. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "crm-sdk-drift-"));
  made.push(dir);
  return dir;
}

export function writeHar(dir: string, name: string, entries: readonly HarEntry[]): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(har(entries), null, 2));
  return file;
}
