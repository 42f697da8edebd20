const pending = () => {};

/** A call's result with the HTTP response it came in. */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * What every client method returns: a Promise of the result (the record, the page, or nothing)
 * that can also give the response it came in, with its status and headers:
 * `const { data, response } = await client.prospects.get(id).withResponse()`.
 */
export class ApiPromise<T> extends Promise<T> {
  declare private readonly result: Promise<WithResponse<T>>;
  declare private parsed: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    // The base promise stays pending and is never read (so a call used only through
    // withResponse() leaves no unhandled rejection); then/catch/finally read the result instead.
    super(pending);
    this.result = result;
  }

  /** The result and the `Response` (status, headers; its body has been read). */
  withResponse(): Promise<WithResponse<T>> {
    return this.result;
  }

  private data(): Promise<T> {
    this.parsed ??= this.result.then((r) => r.data);
    return this.parsed;
  }

  override then<A = T, B = never>(onfulfilled?: ((value: T) => A | PromiseLike<A>) | null, onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.data().then(onfulfilled, onrejected);
  }

  override catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.data().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.data().finally(onfinally);
  }
}
