import type { Fetch, FetchWrapper } from "@crm-sdk/core";
import type { Content, Entry, Har, PostData } from "har-format";
// Named imports, so that the bundle keeps these two fields of package.json only.
import { name, version } from "../package.json";
import { base64Of, readBody, redactHeaders, redactUrl, textOf } from "./internals/har-redact.js";

export type { Entry as HarEntry, Har } from "har-format";

export interface HarRecorderOptions {
  /** Called with each entry once it is recorded (credentials already removed), to stream them elsewhere. @default none */
  readonly onEntry?: (entry: Entry) => void;
  /**
   * Keep the bodies' text (`postData.text`, `content.text`), credential-named JSON properties
   * redacted. `false` leaves every body out (its size and media type stay), so that a HAR holds
   * no personal data; the drift CLI then checks statuses and operations only, and tells Centia's
   * calls apart by module, not method.
   * @default true
   */
  readonly values?: boolean;
}

/** A client option (`recorder`) that records every attempt as a HAR 1.2 entry, without credentials. */
export interface HarRecorder extends FetchWrapper {
  /** The HAR 1.2 document recorded so far: `{ log: { version: "1.2", creator, entries } }`. */
  har(): Har;
  /** The entries so far, in the order their responses completed. */
  readonly entries: readonly Entry[];
  /** Writes `har()` as JSON to `path` (Node only). */
  save(path: string): Promise<void>;
}

const now = () => performance.now();
const ms = (value: number) => Math.round(value * 1000) / 1000;

/** `TypeError (ECONNREFUSED)`: the kind of failure, without a message that may quote a URL. */
function failureOf(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string } } | undefined;
  const code = e?.code ?? e?.cause?.code;
  return `${e?.name ?? "Error"}${code ? ` (${code})` : ""}`;
}

/**
 * Records what a client sends and receives as HAR 1.2, the format browsers and proxies export,
 * for the `crm-sdk-drift` CLI or any HAR tool: each attempt (retries included) with its request
 * (method, URL, headers, query, body) and response (status, headers, body, timings).
 * Credentials are removed as they are recorded: `Authorization`, `Proxy-Authorization`, `Cookie`,
 * `Set-Cookie` and other credential-named headers keep their name with the value `[redacted]`
 * (an `Authorization` keeps its scheme: `Bearer [redacted]`); token-like query parameters are
 * redacted in `url` and `queryString`; JSON properties named like a credential (`password`,
 * `token`, `secret`, `api_key`, …) become `"[redacted]"`. Entries are kept in memory until the
 * recorder is dropped.
 */
export function harRecorder(options: HarRecorderOptions = {}): HarRecorder {
  const { onEntry, values = true } = options;
  const entries: Entry[] = [];
  const creator = { name, version };

  const requestOf = async (request: Request, body: Promise<Uint8Array | undefined>): Promise<Entry["request"]> => {
    const url = redactUrl(request.url);
    const bytes = await body;
    const contentType = request.headers.get("content-type") ?? "";
    let postData: PostData | undefined;
    if (bytes) {
      const text = values ? textOf(bytes, contentType) : undefined;
      // Without text (`values: false`, or a binary body) `bodySize` still says there was one, and the CLI does not check it.
      postData = (
        text === undefined
          ? { mimeType: contentType, comment: values ? "a binary body, not recorded" : "body not recorded (values: false)" }
          : { mimeType: contentType, text }
      ) as PostData;
    }
    return {
      method: request.method.toUpperCase(),
      url,
      httpVersion: "HTTP/1.1",
      cookies: [],
      headers: redactHeaders(request.headers),
      queryString: [...new URL(url).searchParams].map(([name, value]) => ({ name, value })),
      ...(postData ? { postData } : {}),
      headersSize: -1,
      bodySize: bytes?.byteLength ?? 0,
    };
  };

  const har = (): Har => ({ log: { version: "1.2", creator, entries: [...entries] } });
  const record = (entry: Entry) => {
    entries.push(entry);
    onEntry?.(entry);
  };

  return {
    wrap(fetch: Fetch): Fetch {
      return async function recordHar(request, init) {
        const startedDateTime = new Date().toISOString();
        const start = now();
        const sent = requestOf(request, readBody(request));
        let response: Response;
        try {
          response = await fetch(request, init);
        } catch (error) {
          // No response (refused, reset, aborted): status 0 and `_error`, as Chromium writes it.
          const time = ms(now() - start);
          const failed = { status: 0, statusText: "", httpVersion: "", cookies: [], headers: [], content: { size: 0, mimeType: "x-unknown" } };
          record({
            startedDateTime,
            time,
            request: await sent,
            response: { ...failed, redirectURL: "", headersSize: -1, bodySize: -1, _error: failureOf(error) } as Entry["response"],
            cache: {},
            timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: time, receive: 0 },
          });
          throw error;
        }
        const wait = ms(now() - start);
        const contentType = response.headers.get("content-type") ?? "";
        const content: Content = { size: 0, mimeType: contentType };
        try {
          const bytes = new Uint8Array(await response.clone().arrayBuffer());
          content.size = bytes.byteLength;
          if (!values) content.comment = "body not recorded (values: false)";
          else {
            const text = textOf(bytes, contentType);
            if (text !== undefined) content.text = text;
            else if (bytes.byteLength > 0) Object.assign(content, { text: base64Of(bytes), encoding: "base64" });
          }
        } catch (error) {
          // A body cut off mid-stream: the entry says so; the client finds out when it reads the body.
          content.comment = `the body could not be read: ${failureOf(error)}`;
        }
        const receive = ms(now() - start - wait);
        const location = response.headers.get("location");
        record({
          startedDateTime,
          time: ms(wait + receive),
          request: await sent,
          response: {
            status: response.status,
            statusText: response.statusText,
            httpVersion: "HTTP/1.1",
            cookies: [],
            headers: redactHeaders(response.headers),
            content,
            redirectURL: location ? redactUrl(new URL(location, request.url).toString()) : "",
            headersSize: -1,
            bodySize: -1,
          },
          cache: {},
          timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait, receive },
        });
        return response;
      };
    },
    har,
    get entries() {
      return entries;
    },
    async save(path) {
      const { writeFile } = await import("node:fs/promises");
      await writeFile(path, `${JSON.stringify(har(), null, 2)}\n`);
    },
  };
}
