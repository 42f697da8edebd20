import type { OpenApiDocument } from "../types.js";

/** `servers[0].url` with each `{variable}` replaced by its default (`https://{host}` -> `https://api.x`). */
export function serverUrl(spec: OpenApiDocument): string | undefined {
  const server = spec.servers?.[0];
  if (!server || typeof server.url !== "string") return undefined;
  return server.url.replace(/\{([^}]+)\}/g, (_: string, name: string) => String(server.variables?.[name]?.default ?? name));
}

/** The pathname of the spec's first server (`/api/v1`), or `""` when it has none. */
export function specBasePath(spec: OpenApiDocument): string {
  const url = serverUrl(spec);
  if (url === undefined) return "";
  try {
    return new URL(url, "http://base.invalid").pathname.replace(/\/+$/, "");
  } catch {
    return "";
  }
}

/** Strips the first prefix the path starts with (as whole segments); a path under none is kept as is. */
export function stripBasePath(path: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (prefix === "") continue;
    if (path === prefix) return "/";
    if (path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  }
  return path;
}
