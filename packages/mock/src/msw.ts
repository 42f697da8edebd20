import { type HttpHandler, HttpResponse, http } from "msw";
import { serverUrl } from "./internals/base-path.js";
import { fromRequest, toResponse } from "./internals/fetch-messages.js";
import { createMock, type Mock } from "./mock.js";
import type { MockOptions } from "./options.js";
import type { OpenApiDocument } from "./types.js";

export interface HandlerOptions extends MockOptions {
  /**
   * Where the client under test sends its requests, e.g. `"https://syscap.test"` or
   * `"http://localhost/api/v1"`. Every URL under it is answered by the mock; its path is
   * stripped before routing. Default: the spec's `servers[0].url` (variables at their defaults).
   */
  baseUrl?: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * msw 2 handlers answering every request under `baseUrl` from the spec. Pass a `Mock` (from
 * `createMock`) instead of a spec to keep a handle on it, e.g. to `reset()` a stateful mock.
 */
export function createHandlers(specOrMock: OpenApiDocument | Mock, options: HandlerOptions = {}): HttpHandler[] {
  const { baseUrl: given, ...mockOptions } = options;
  const isMock = typeof (specOrMock as Mock).handle === "function";
  const mock = isMock ? (specOrMock as Mock) : createMock(specOrMock, mockOptions);
  const baseUrl = new URL(given ?? (isMock ? undefined : serverUrl(specOrMock)) ?? "http://localhost");
  const prefix = baseUrl.pathname.replace(/\/+$/, "");
  // No capture group: msw would percent-decode it and throw on `/%zz`.
  const pattern = new RegExp(`^${escapeRegExp(baseUrl.origin + prefix)}(?:/.*)?$`);

  return [
    http.all(pattern, async function crmSdkMock({ request }) {
      const url = new URL(request.url);
      const path = url.pathname.slice(prefix.length) || "/";
      const result = await mock.handle(await fromRequest(request, path + url.search));
      if (result.fault === "reset") return HttpResponse.error();
      return toResponse(result, HttpResponse);
    }),
  ];
}
