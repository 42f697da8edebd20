// js-yaml ships no types; this is the one function used (src/spec.ts), typed as its docs describe.
declare module "js-yaml" {
  /** Parses one YAML document; throws a YAMLException on a syntax error. */
  export function load(text: string, options?: { readonly json?: boolean }): unknown;
}
