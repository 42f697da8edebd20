export type { Client as RawClient, Middleware } from "openapi-fetch";
export { ApiPromise, type WithResponse } from "./api-promise.js";
export type { Attempt, AttemptInit, CallSetup, Sent } from "./call.js";
export { type CrmClient, createClient } from "./client.js";
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  CrmSdkError,
  type Finding,
  InternalServerError,
  InvalidOptionsError,
  InvalidParameterError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  parseRetryAfter,
  RateLimitError,
  ResponseValidationError,
  type ScopedErrorClass,
  scopedError,
  TimeoutError,
  UnprocessableEntityError,
} from "./errors.js";
export type { LogFields, Logger } from "./logger.js";
export {
  type AuthErrorContext,
  type CallOptions,
  type ClientOptions,
  defaultDelayMs,
  type Fetch,
  type FetchWrapper,
  type RetryOptions,
  type TokenSource,
} from "./options.js";
export { type Page, type PageQuery, type PageRequest, Paginator, type PagingOptions } from "./paginate.js";
export { redactUrl } from "./redact.js";
export type { BodyOf, PathOf, QueryOf, ResponseOf } from "./types.js";
