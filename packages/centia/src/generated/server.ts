/**
 * Generated from specs/centia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

/** Centia's production server, from the spec's `servers`: the default `baseUrl`. */
export const DEFAULT_BASE_URL: string | undefined = "https://centiacrm.desarrollo.in/api/v1";

export interface ServerOptions {
  /** Centia's API URL. @default "https://centiacrm.desarrollo.in/api/v1" */
  baseUrl?: string;
}
