import { CrmSdkError } from "./errors.js";

/** A path or query parameter the caller gave cannot be sent as it is; nothing was sent. */
export class InvalidParameterError extends CrmSdkError {
  override name = "InvalidParameterError";
  declare readonly parameter: string;
  constructor(parameter: string, message: string) {
    super(`path parameter "${parameter}" ${message}`);
    this.parameter = parameter;
  }
}

const PATH_PARAM = /\{([^{}]+)\}/g;

/**
 * Fills `{name}` path templates so that each value stays inside its own segment: every reserved
 * character (`/ ? # %` and spaces) is percent-encoded. A missing or empty value, or `.`/`..` (which
 * URL parsers resolve away, even percent-encoded), is refused with `InvalidParameterError` instead
 * of silently reaching another endpoint.
 */
export function pathSerializer(pathname: string, params: Record<string, unknown> | undefined): string {
  return pathname.replace(PATH_PARAM, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null || value === "") throw new InvalidParameterError(name, "is required");
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "bigint") {
      throw new InvalidParameterError(name, `must be a string or a number, got ${typeof value}`);
    }
    const text = String(value);
    if (text === "." || text === "..") throw new InvalidParameterError(name, `cannot be "${text}"`);
    return encodeURIComponent(text);
  });
}
