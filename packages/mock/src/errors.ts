/** Base class of the errors the mock throws at set-up time (never while answering a request). */
export class MockError extends Error {
  override name = "MockError";
}

/** The options given to `createMock`, `createHandlers` or `startMockServer` are wrong. */
export class MockOptionsError extends MockError {
  override name = "MockOptionsError";
}

/**
 * The document is not an OpenAPI 3.x spec the mock can serve (no `paths`, a `$ref` that points
 * nowhere). Thrown early so that a broken spec fails the test set-up, not one request later.
 */
export class MockSpecError extends MockError {
  override name = "MockSpecError";
}

/** `startMockServer({ vendor })` or the CLI could not find the vendor's bundled `openapi.json`. */
export class SpecNotFoundError extends MockError {
  override name = "SpecNotFoundError";
  readonly tried: readonly string[];

  constructor(what: string, tried: readonly string[]) {
    super(`cannot find the OpenAPI spec for "${what}"; tried: ${tried.join(", ")}`);
    this.tried = tried;
  }
}
