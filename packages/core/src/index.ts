export type { Client as RawClient, Middleware } from "openapi-fetch";
export { type CallInit, type CrmClient, callInit, createClient, unwrap } from "./client.js";
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  CrmSdkError,
  InternalServerError,
  InvalidOptionsError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  parseRetryAfter,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
} from "./errors.js";
export type { LogFields, Logger } from "./logger.js";
export {
  type CallOptions,
  type ClientOptions,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_RETRY_METHODS,
  DEFAULT_RETRY_STATUS_CODES,
  DEFAULT_TIMEOUT_MS,
  defaultDelayMs,
  normalizeOptions,
  type ResolvedOptions,
  type RetryOptions,
  type TokenSource,
} from "./options.js";
export { type LastPageOptions, type OffsetOptions, type PagePerOptions, paginateLastPage, paginateOffset, paginatePagePer } from "./paginate.js";
export { InvalidParameterError, pathSerializer } from "./path.js";
export { redactUrl } from "./redact.js";
export { typedErrors } from "./typed-errors.js";
export type { BodyOf, PathOf, QueryOf, ResponseOf } from "./types.js";
