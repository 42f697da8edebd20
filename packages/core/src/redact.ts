/** Query parameters whose values are secrets wherever they appear. */
const SECRET_PARAM = /token|password|passwd|secret|api[-_]?key|auth|signature|session/i;

/**
 * The URL with credentials removed: userinfo (`https://user:pass@host`) and the values of
 * token-like query parameters. Used for every URL that reaches an error or a log line.
 */
export function redactUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return input.replace(/\/\/[^/@]*@/, "//");
  }
  url.username = "";
  url.password = "";
  for (const key of [...url.searchParams.keys()]) {
    if (SECRET_PARAM.test(key)) url.searchParams.set(key, "[redacted]");
  }
  return url.toString();
}
