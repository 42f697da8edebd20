/** What a request asked for in its `Prefer` header (Prism's vocabulary plus two fault hooks). */
export interface Preferences {
  /** `Prefer: code=404`: answer this documented status. */
  readonly code: number | undefined;
  /** `Prefer: example=error`: answer this named example. */
  readonly example: string | undefined;
  /** `Prefer: latency=250`: wait this many ms first. */
  readonly latencyMs: number | undefined;
  /** `Prefer: fault=reset`: drop the connection. */
  readonly reset: boolean;
}

const NONE: Preferences = { code: undefined, example: undefined, latencyMs: undefined, reset: false };

/** Parses `code=404, example="a b"; latency=10`. Unknown or malformed preferences are ignored, as RFC 7240 asks. */
export function parsePrefer(header: string | undefined): Preferences {
  if (!header) return NONE;
  const found: Record<string, string> = {};
  for (const part of header.split(/[,;]/)) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    found[key] = part
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
  }
  const code = found.code !== undefined && /^[1-5]\d\d$/.test(found.code) ? Number(found.code) : undefined;
  const latency = found.latency !== undefined && /^\d+$/.test(found.latency) ? Number(found.latency) : undefined;
  return { code, example: found.example || undefined, latencyMs: latency, reset: found.fault?.toLowerCase() === "reset" };
}
