import type { HeaderInput } from "../types.js";

/** Request headers as a map with lower-case names; repeated headers joined with `, `. */
export function normalizeHeaders(input: HeaderInput | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!input) return out;
  if (typeof (input as Headers).forEach === "function" && typeof (input as Headers).get === "function") {
    (input as Headers).forEach((value, name) => {
      out.set(name.toLowerCase(), value);
    });
    return out;
  }
  for (const [name, value] of Object.entries(input as Record<string, string | readonly string[] | undefined>)) {
    if (value === undefined) continue;
    out.set(name.toLowerCase(), typeof value === "string" ? value : value.join(", "));
  }
  return out;
}
