import type { Exchange } from "../har.js";

/** The media type of a `content-type` value, without parameters, lower case; `""` when absent. */
export const mediaTypeOf = (contentType: string | null): string => (contentType?.split(";")[0] ?? "").trim().toLowerCase();

/**
 * Starts reading a request's body from a clone, before the request is sent (after that its body
 * is gone). Resolves to `undefined` when it has none or it cannot be read; never rejects.
 */
export function readRequestBody(request: Request): Promise<string | undefined> {
  if (request.body === null) return Promise.resolve(undefined);
  return request
    .clone()
    .text()
    .catch(() => undefined);
}

/** One exchange of a live call, shaped as a HAR entry is read, for the matcher and the response validator. */
export function liveExchange(request: Request, requestText: string | undefined, response: Response, responseText: string): Exchange {
  return {
    file: "",
    index: 0,
    method: request.method.toUpperCase(),
    url: new URL(request.url),
    request: { mimeType: mediaTypeOf(request.headers.get("content-type")), text: requestText },
    response: { status: response.status, mimeType: mediaTypeOf(response.headers.get("content-type")), text: responseText },
  };
}
