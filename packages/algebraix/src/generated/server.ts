/**
 * Generated from specs/algebraix/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

/** Algebraix's production server, from the spec's `servers`: the default `baseUrl`. */
export const DEFAULT_BASE_URL: string | undefined = "https://api.algebraix.com";

export interface ServerOptions {
  /** Algebraix's API URL. @default "https://api.algebraix.com" */
  baseUrl?: string;
}
