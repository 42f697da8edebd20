// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document is untyped JSON.
export type OpenApiDocument = Record<string, any>;

/** Request headers as a `Headers` object or a plain record (Node's `IncomingHttpHeaders` fits). */
export type HeaderInput = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** A request as the transport-independent core sees it. */
export interface MockRequest {
  /** HTTP method, any case. */
  readonly method: string;
  /** Absolute URL (`https://api.x/prospects?page=1`) or a path with its query (`/prospects?page=1`). */
  readonly url: string;
  readonly headers?: HeaderInput;
  /** The raw body; empty or absent when the request has none. */
  readonly body?: string | Uint8Array | null;
  /** Ends the request when it aborts (injected latency included): `handle` then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** The core's answer. `body` is already serialised (JSON text) or `undefined` for no body. */
export interface MockResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** Set when a fault asked for the connection to be dropped: the transport must fail the request, not answer it. */
  readonly fault?: "reset";
}

export type ViolationLocation = "path" | "query" | "header" | "body";

/** One way in which a request breaks the spec. `pointer` is a JSON pointer into the part named by `in` (`""` is the whole part). */
export interface Violation {
  readonly in: ViolationLocation;
  readonly pointer: string;
  readonly message: string;
}
