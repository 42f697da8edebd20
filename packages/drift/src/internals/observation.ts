import type { FindingKind } from "../types.js";
import type { Problem } from "./problem.js";

/** One thing one entry showed, before entries are counted together into findings. */
export interface Observation {
  readonly kind: FindingKind;
  /** JSON pointer, generalised (`/data/*\/name`); for the request, into `{ path, query, body }`. */
  readonly pointer: string;
  /** The schema problem behind it; for `invalid-request`, what was wrong with the request. */
  readonly problem?: Problem | undefined;
  /** A value-free description where there is no schema problem (`not valid JSON`, `sent as text/plain`). */
  readonly note?: string | undefined;
}
