/** `application/json`, `application/problem+json`, `text/json`: a media type whose body is JSON. */
export function isJsonMediaType(mimeType: string): boolean {
  return /^(application|text)\/([\w.-]+\+)?json$/.test(mimeType);
}

/** Parses a body's text as JSON; `ok: false` when there is text that is not JSON, `value: undefined` when there is none. */
export function parseJsonBody(text: string | undefined): { readonly ok: boolean; readonly value: unknown } {
  if (text === undefined || text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, value: undefined };
  }
}
