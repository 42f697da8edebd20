/** A property, header or parameter named like a credential: its value is never printed, logged or recorded. */
export const SECRET_NAME = /pass(word|wd)?|secret|token|authori[sz]ation|api[-_]?key|cookie|session|credential|signature/i;

export const REDACTED = "[redacted]";

/**
 * A copy of a JSON value with every scalar under a credential-named property replaced by
 * `"[redacted]"` (Centia's `Auth.Login` `password`, its answer's `token`). Objects and arrays
 * under such a name keep their shape, so that a HAR of redacted traffic still matches the spec.
 */
export function redactJson(value: unknown, secret = false): unknown {
  if (Array.isArray(value)) return value.map((item) => redactJson(item, secret));
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = redactJson(child, secret || SECRET_NAME.test(key));
    return out;
  }
  return secret && value !== null ? REDACTED : value;
}
