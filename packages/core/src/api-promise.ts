/** A call's result with the HTTP response it came in (its body already read). */
export type WithResponse<T> = { data: T; response: Response };
type OnFulfilled<T, A> = ((value: T) => A | PromiseLike<A>) | null;
type OnRejected<B> = ((reason: unknown) => B | PromiseLike<B>) | null;
const pending = () => {};

/** What every client method returns: a Promise of the result that also gives the response it came in (`.withResponse()`). */
export class ApiPromise<T> extends Promise<T> {
  declare private readonly result: Promise<WithResponse<T>>;
  declare private parsed: Promise<T> | undefined;
  constructor(result: Promise<WithResponse<T>>) {
    super(pending); // never settles, never read: a call used only through withResponse() leaves no unhandled rejection
    this.result = result;
  }
  withResponse(): Promise<WithResponse<T>> {
    return this.result;
  }
  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass; then/catch/finally read the result
  override then<A = T, B = never>(onfulfilled?: OnFulfilled<T, A>, onrejected?: OnRejected<B>): Promise<A | B> {
    this.parsed ??= this.result.then((r) => r.data);
    return this.parsed.then(onfulfilled, onrejected);
  }
  override catch<B = never>(onrejected?: OnRejected<B>): Promise<T | B> {
    return this.then(undefined, onrejected);
  }
  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}
