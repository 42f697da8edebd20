import { DriftInputError } from "./drift-input-error.js";

/**
 * A HAR file cannot be used: it cannot be read, is not JSON, is not HAR (`log.entries`), or one
 * of its entries lacks what every HAR entry has (`request.method`, `request.url`). `entry` is the
 * index into `log.entries` when one entry is at fault.
 */
export class HarReadError extends DriftInputError {
  override name = "HarReadError";
  readonly entry: number | undefined;
  readonly reason: string;

  constructor(file: string, reason: string, entry?: number) {
    super(file, `${file}${entry === undefined ? "" : `: entry ${entry} (log.entries[${entry}])`}: ${reason}`);
    this.entry = entry;
    this.reason = reason;
  }
}
