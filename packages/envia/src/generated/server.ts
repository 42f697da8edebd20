/**
 * Generated from specs/envia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

/** Envia documents no production server, so there is no default `baseUrl`. */
export const DEFAULT_BASE_URL: string | undefined = undefined;

export interface ServerOptions {
  /** Your Envia API URL (Envia documents no public server), e.g. `process.env.ENVIA_BASE_URL`. Required. */
  baseUrl: string;
}
