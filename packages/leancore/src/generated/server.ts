/**
 * Generated from specs/leancore/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

/** LeanCore's production server, from the spec's `servers`: the default `baseUrl`. */
export const DEFAULT_BASE_URL: string | undefined = "https://api.leancore.co";

export interface ServerOptions {
  /** LeanCore's API URL. @default "https://api.leancore.co" */
  baseUrl?: string;
}
