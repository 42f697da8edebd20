import { readFile } from "node:fs/promises";
import { HarReadError } from "./errors/har-read-error.js";
import { mediaTypeOf } from "./internals/fetch-exchange.js";

/** A body as a HAR entry holds it, decoded to text. */
export interface RecordedBody {
  /** The media type, without parameters, lower case (`application/json`); `""` when not given. */
  readonly mimeType: string;
  /** The text, or `undefined` when the HAR did not keep it. */
  readonly text: string | undefined;
  /** The body's size in bytes as the HAR states it (`content.size`; for a request, `bodySize`), when it does. */
  readonly size?: number | undefined;
}

/**
 * One request and its response, read from a HAR entry. Headers are not kept at all (only the
 * content types), so `Authorization`, cookies and tokens cannot leak from here into a report.
 */
export interface Exchange {
  /** The HAR file it came from and its index in `log.entries`. */
  readonly file: string;
  readonly index: number;
  /** Upper case. */
  readonly method: string;
  readonly url: URL;
  readonly request: RecordedBody;
  /** `undefined` when no response was received (HAR status 0 or -1: aborted, blocked, failed). */
  readonly response: (RecordedBody & { readonly status: number }) | undefined;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

const mediaType = (value: unknown) => mediaTypeOf(typeof value === "string" ? value : null);

/** The `content-type` header of a HAR header list, for tools that leave `mimeType` empty. */
function contentTypeHeader(headers: unknown): string {
  if (!Array.isArray(headers)) return "";
  const found = headers.find((h) => isObject(h) && typeof h.name === "string" && h.name.toLowerCase() === "content-type");
  return found && isObject(found) ? mediaType(found.value) : "";
}

/** Decodes `text`, base64 when `encoding` says so (Chromium, mitmproxy and Charles do for binary and sometimes for JSON). */
function decodeText(holder: Json, file: string, index: number, where: string): string | undefined {
  const { text, encoding } = holder;
  if (text === undefined || text === null) return undefined;
  if (typeof text !== "string") throw new HarReadError(file, `${where}.text is not a string`, index);
  if (encoding === "base64") return Buffer.from(text, "base64").toString("utf8");
  return text;
}

function readEntry(entry: unknown, file: string, index: number): Exchange {
  if (!isObject(entry)) throw new HarReadError(file, "is not an object", index);
  const { request, response } = entry;
  if (!isObject(request)) throw new HarReadError(file, "has no `request`", index);
  if (typeof request.method !== "string" || request.method === "") throw new HarReadError(file, "has no `request.method`", index);
  if (typeof request.url !== "string" || request.url === "") throw new HarReadError(file, "has no `request.url`", index);
  let url: URL;
  try {
    // Some exports hold a path only; any base does, since matching looks at the path.
    url = new URL(request.url, "http://har.invalid");
  } catch {
    throw new HarReadError(file, "has a `request.url` that is not a URL", index);
  }
  const postData = isObject(request.postData) ? request.postData : undefined;
  const requestBody: RecordedBody = {
    mimeType: mediaType(postData?.mimeType) || contentTypeHeader(request.headers),
    text: postData ? decodeText(postData, file, index, "request.postData") : undefined,
    size: typeof request.bodySize === "number" && request.bodySize >= 0 ? request.bodySize : undefined,
  };
  let received: Exchange["response"];
  if (response !== undefined && response !== null) {
    if (!isObject(response)) throw new HarReadError(file, "has a `response` that is not an object", index);
    const status = response.status;
    if (typeof status !== "number" || !Number.isInteger(status)) throw new HarReadError(file, "has no numeric `response.status`", index);
    if (status > 0) {
      const content = isObject(response.content) ? response.content : {};
      received = {
        status,
        mimeType: mediaType(content.mimeType) || contentTypeHeader(response.headers),
        text: decodeText(content, file, index, "response.content"),
        size: typeof content.size === "number" ? content.size : undefined,
      };
    }
  }
  return { file, index, method: request.method.toUpperCase(), url, request: requestBody, response: received };
}

/**
 * Where JSON.parse stopped, as line and column. Its own message is not used: Node quotes a piece
 * of the input there, and a HAR holds tokens and personal data.
 */
function where(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  if (position === undefined) return "";
  const before = text.slice(0, Number(position)).split("\n");
  return ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
}

/**
 * Reads the text of a HAR 1.2 file: the crm-sdk recorder's, or any browser's or proxy's export.
 * @throws HarReadError naming the file, and the entry index for a bad entry.
 */
export function parseHar(text: string, file: string): Exchange[] {
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new HarReadError(file, `is not valid JSON${where(text, error)}`);
  }
  const log = isObject(document) ? document.log : undefined;
  if (!isObject(log) || !Array.isArray(log.entries)) throw new HarReadError(file, "is not a HAR file: it has no `log.entries` array");
  return log.entries.map((entry, index) => readEntry(entry, file, index));
}

/**
 * Reads and parses a HAR file.
 * @throws HarReadError when the file cannot be read or parsed.
 */
export async function readHarFile(file: string): Promise<Exchange[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HarReadError(
      file,
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : `cannot be read (${code ?? (error as Error).message})`,
    );
  }
  return parseHar(text, file);
}
