/**
 * Generated from specs/centia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

/** Centia documents no production server, so there is no default `baseUrl`. */
export const DEFAULT_BASE_URL: string | undefined = undefined;

export interface ServerOptions {
  /** Your Centia API URL (Centia documents no public server), e.g. `process.env.CENTIA_BASE_URL`. Required. */
  baseUrl: string;
}
