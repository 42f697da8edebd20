/**
 * Generated from specs/algebraix/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

/** Algebraix documents no production server, so there is no default `baseUrl`. */
export const DEFAULT_BASE_URL: string | undefined = undefined;

export interface ServerOptions {
  /** Your Algebraix API URL (Algebraix documents no public server), e.g. `process.env.ALGEBRAIX_BASE_URL`. Required. */
  baseUrl: string;
}
