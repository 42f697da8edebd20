import { DriftInputError } from "./drift-input-error.js";

/** The spec argument names no installed vendor package and no readable OpenAPI 3 document. */
export class SpecLoadError extends DriftInputError {
  override name = "SpecLoadError";
  /** The files looked at, in order. */
  readonly tried: readonly string[];

  constructor(what: string, reason: string, tried: readonly string[] = []) {
    super(what, `cannot load the spec "${what}": ${reason}${tried.length ? ` (tried ${tried.join(", ")})` : ""}`);
    this.tried = tried;
  }
}
