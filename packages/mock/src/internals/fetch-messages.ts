import type { MockRequest, MockResponse } from "../types.js";

/** A Fetch API `Request` as the mock's own request shape; `url` replaces the request's own (a path under a base URL, say). */
export async function fromRequest(request: Request, url: string = request.url): Promise<MockRequest> {
  const body = request.body ? new Uint8Array(await request.arrayBuffer()) : undefined;
  return { method: request.method, url, headers: request.headers, body };
}

/**
 * The mock's answer as a Fetch API `Response`, built by the given class (`Response`, or msw's
 * `HttpResponse`). The caller handles a `reset` fault first: it has no answer to build.
 */
export function toResponse<R extends Response>(result: MockResponse, As: new (body: string | null, init: ResponseInit) => R): R {
  return new As(result.body ?? null, { status: result.status, headers: result.headers });
}
