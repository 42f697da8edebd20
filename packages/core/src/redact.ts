const SECRET_PARAM = /token|password|passwd|secret|api[-_]?key|auth|signature|session/i;

/** The URL without credentials (userinfo, token-like query values): every URL that reaches an error or a log line. */
export function redactUrl(input: string): string {
  if (!URL.canParse(input)) return input.replace(/\/\/[^/@]*@/, "//");
  const url = new URL(input);
  url.username = "";
  url.password = "";
  for (const key of [...url.searchParams.keys()]) if (SECRET_PARAM.test(key)) url.searchParams.set(key, "[redacted]");
  return url.toString();
}
