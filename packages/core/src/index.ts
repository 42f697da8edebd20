export type { Client as RawClient, Middleware } from "openapi-fetch";
export * from "./api-promise.js";
export type { Attempt, AttemptInit, CallSetup } from "./call.js";
export * from "./client.js";
export * from "./errors.js";
export {
  type CallOptions,
  type ClientOptions,
  defaultDelayMs,
  type Fetch,
  type FetchWrapper,
  type LogFields,
  type Logger,
  type RetryOptions,
  type TokenSource,
} from "./options.js";
export * from "./paginate.js";
export * from "./redact.js";
export type * from "./types.js";
