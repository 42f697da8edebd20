import type { Middleware } from "openapi-fetch";
import type { TokenSource } from "./options.js";

/** Reads the current token: a static string, or the provider's answer for this request. */
export async function resolveToken(source: TokenSource | undefined): Promise<string | undefined> {
  return typeof source === "function" ? await source() : source;
}

/** Sets `Authorization: Bearer <token>` on every request that has no Authorization header yet. */
export function authMiddleware(token: TokenSource | undefined): Middleware {
  return {
    async onRequest({ request }) {
      if (token === undefined || request.headers.has("authorization")) return undefined;
      const value = await resolveToken(token);
      if (value) request.headers.set("Authorization", `Bearer ${value}`);
      return undefined;
    },
  };
}
