import { redactUrl } from "@crm-sdk/core";
import type { Header } from "har-format";
import { isJsonMediaType } from "./body.js";
import { mediaTypeOf } from "./fetch-exchange.js";
import { REDACTED, redactJson, SECRET_NAME } from "./secrets.js";

// Userinfo and token-like query values (`?api_key=…`), as every URL the SDK logs.
export { redactUrl };

/** Every header, its name as sent, with credential-named values `[redacted]` (`Authorization` keeps its scheme). */
export function redactHeaders(headers: Headers): Header[] {
  const out: Header[] = [];
  headers.forEach((value, name) => {
    // SECRET_NAME covers Authorization, Proxy-Authorization, Cookie, Set-Cookie, X-Api-Key, X-Auth-Token…
    if (!SECRET_NAME.test(name)) out.push({ name, value });
    else {
      const scheme = /^(proxy-)?authorization$/i.test(name) ? /^[\w-]+(?= )/.exec(value)?.[0] : undefined;
      out.push({ name, value: scheme ? `${scheme} ${REDACTED}` : REDACTED });
    }
  });
  return out;
}

/** A media type whose body is text (JSON, XML, forms, `text/*`); an absent one is taken as text too. */
const isTextual = (mediaType: string) => mediaType === "" || /^text\/|[+/](json|xml)$|javascript|x-www-form-urlencoded|graphql/.test(mediaType);

/**
 * The body as HAR text: JSON with credential-named properties redacted (re-serialised), other
 * text as it is; `undefined` for a binary body (or text that is not UTF-8).
 */
export function textOf(bytes: Uint8Array, contentType: string): string | undefined {
  const mediaType = mediaTypeOf(contentType);
  if (!isTextual(mediaType)) return undefined;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.trim() === "" || !(mediaType === "" || isJsonMediaType(mediaType))) return text;
  try {
    const parsed: unknown = JSON.parse(text);
    const redacted = JSON.stringify(redactJson(parsed));
    // Unchanged bodies keep their exact text (spacing, key order) for whoever reads the HAR.
    return redacted === JSON.stringify(parsed) ? text : redacted;
  } catch {
    return text;
  }
}

/** A request's body, read from a clone before it is sent; `undefined` without one. Never rejects. */
export function readBody(request: Request): Promise<Uint8Array | undefined> {
  if (request.body === null) return Promise.resolve(undefined);
  return request
    .clone()
    .arrayBuffer()
    .then(
      (buffer) => new Uint8Array(buffer),
      () => undefined,
    );
}

/** Base64 of binary content (`content.encoding: "base64"`), in chunks so a large body does not overflow the stack. */
export function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
