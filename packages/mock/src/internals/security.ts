import type { OpenApiDocument, Violation } from "../types.js";

/**
 * Checks one security scheme of the spec against a request's headers and query: `undefined` when
 * it passes, else the violation to report (401). openapi-backend combines the schemes of each
 * operation's requirements (all of one requirement, any of the alternatives).
 */
export type SchemeCheck = (request: { headers: Readonly<Record<string, string>>; query: Readonly<Record<string, unknown>> }) => Violation | undefined;

// RFC 6750 b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;
const missing = (scheme: string): Violation => ({ in: "header", pointer: "/authorization", message: `is required: send \`Authorization: ${scheme}\`` });

/** One check per scheme in `components.securitySchemes`; a scheme the mock cannot check (mutual TLS) always passes. */
export function schemeChecks(spec: OpenApiDocument, authorize: (token: string) => boolean): Record<string, SchemeCheck> {
  const schemes: Record<string, OpenApiDocument> = spec.components?.securitySchemes ?? {};
  return Object.fromEntries(Object.entries(schemes).map(([name, scheme]) => [name, checkOf(scheme, authorize)]));
}

function checkOf(scheme: OpenApiDocument, authorize: (token: string) => boolean): SchemeCheck {
  if (scheme.type === "apiKey" && typeof scheme.name === "string") {
    const where = scheme.in === "query" ? "query" : "header";
    const key = where === "header" ? scheme.name.toLowerCase() : scheme.name;
    return ({ headers, query }) =>
      (where === "query" ? query[key] : headers[key]) !== undefined ? undefined : { in: where, pointer: `/${scheme.name}`, message: "is required (API key)" };
  }
  if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "basic") {
    return ({ headers }) => {
      const authorization = headers.authorization?.trim();
      if (!authorization) return missing("Basic <credentials>");
      return /^Basic +\S+$/i.test(authorization)
        ? undefined
        : { in: "header", pointer: "/authorization", message: "is malformed: expected `Basic <credentials>`" };
    };
  }
  if (scheme.type === "http" || scheme.type === "oauth2" || scheme.type === "openIdConnect") {
    return ({ headers }) => {
      const authorization = headers.authorization;
      if (authorization === undefined || authorization.trim() === "") return missing("Bearer <token>");
      const token = BEARER.exec(authorization)?.[1];
      if (token === undefined) return { in: "header", pointer: "/authorization", message: "is malformed: expected `Bearer <token>`" };
      return authorize(token) ? undefined : { in: "header", pointer: "/authorization", message: "carries a token that is not accepted" };
    };
  }
  return () => undefined;
}
