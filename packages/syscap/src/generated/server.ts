/**
 * Generated from specs/syscap/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

/** Syscap documents no production server, so there is no default `baseUrl`. */
export const DEFAULT_BASE_URL: string | undefined = undefined;

export interface ServerOptions {
  /** Your Syscap API URL (Syscap documents no public server), e.g. `process.env.SYSCAP_BASE_URL`. Required. */
  baseUrl: string;
}
