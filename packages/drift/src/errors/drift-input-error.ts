/**
 * Base class of what stops a drift check before it starts: a spec or a HAR file that cannot be
 * read. The CLI exits with code 2 on it. Messages name the file (and the entry), never a value
 * from a request or a response.
 */
export class DriftInputError extends Error {
  override name = "DriftInputError";
  /** The file (or vendor id) that could not be read. */
  readonly file: string;

  constructor(file: string, message: string) {
    super(message);
    this.file = file;
  }
}
