import type { OpenApiDocument, Violation } from "../types.js";

type Check = { readonly kind: "bearer" } | { readonly kind: "basic" } | { readonly kind: "apiKey"; readonly in: string; readonly name: string };

/** The effective security of one operation: alternatives, each a set of schemes that must all pass. */
export interface SecurityPlan {
  /** `undefined` when the request may pass; else the violation to report (401). */
  check(input: { headers: ReadonlyMap<string, string>; query: URLSearchParams }): Violation | undefined;
}

// RFC 6750 b64token.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

function checkOf(scheme: OpenApiDocument | undefined): Check | undefined {
  if (!scheme) return undefined;
  if (scheme.type === "http") return String(scheme.scheme).toLowerCase() === "basic" ? { kind: "basic" } : { kind: "bearer" };
  if (scheme.type === "oauth2" || scheme.type === "openIdConnect") return { kind: "bearer" };
  if (scheme.type === "apiKey" && typeof scheme.name === "string") return { kind: "apiKey", in: scheme.in, name: scheme.name };
  return undefined;
}

export function compileSecurity(spec: OpenApiDocument, operation: OpenApiDocument, authorize: (token: string) => boolean): SecurityPlan {
  const requirements: OpenApiDocument[] = operation.security ?? spec.security ?? [];
  const schemes: Record<string, OpenApiDocument> = spec.components?.securitySchemes ?? {};
  const alternatives = requirements.map((requirement) =>
    Object.keys(requirement)
      .map((name) => checkOf(schemes[name]))
      .filter((c): c is Check => c !== undefined),
  );
  if (alternatives.length === 0 || alternatives.some((checks) => checks.length === 0)) return { check: () => undefined };

  function failure(check: Check, headers: ReadonlyMap<string, string>, query: URLSearchParams): Violation | undefined {
    if (check.kind === "apiKey") {
      const present = check.in === "query" ? query.has(check.name) : check.in === "header" ? headers.has(check.name.toLowerCase()) : true;
      return present ? undefined : { in: check.in === "query" ? "query" : "header", pointer: `/${check.name}`, message: "is required (API key)" };
    }
    const authorization = headers.get("authorization");
    if (authorization === undefined || authorization.trim() === "")
      return {
        in: "header",
        pointer: "/authorization",
        message: `is required: send \`Authorization: ${check.kind === "bearer" ? "Bearer <token>" : "Basic <credentials>"}\``,
      };
    if (check.kind === "basic")
      return /^Basic +\S+$/i.test(authorization)
        ? undefined
        : { in: "header", pointer: "/authorization", message: "is malformed: expected `Basic <credentials>`" };
    const token = BEARER.exec(authorization)?.[1];
    if (token === undefined) return { in: "header", pointer: "/authorization", message: "is malformed: expected `Bearer <token>`" };
    return authorize(token) ? undefined : { in: "header", pointer: "/authorization", message: "carries a token that is not accepted" };
  }

  return {
    check({ headers, query }) {
      let first: Violation | undefined;
      for (const checks of alternatives) {
        const failed = checks.map((c) => failure(c, headers, query)).find((v) => v !== undefined);
        if (!failed) return undefined;
        first ??= failed;
      }
      return first;
    },
  };
}
