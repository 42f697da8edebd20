/**
 * Generated from specs/algebraix/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import { typedErrors } from "@crm-sdk/core";
import type { components } from "./schema.js";

export {
  type CallOptions,
  type ClientOptions,
  ConnectionError,
  CrmSdkError,
  InvalidOptionsError,
  InvalidParameterError,
  type LogFields,
  type Logger,
  type RetryOptions,
  TimeoutError,
  type TokenSource,
} from "@crm-sdk/core";

/** The body of the spec's error responses (Error). */
export type ErrorBody = components["schemas"]["Error"];

const errors = typedErrors<ErrorBody>();
/** @crm-sdk/core's API error classes (the same classes at runtime), with `body` typed as {@link ErrorBody}. */
export const ApiError = errors.ApiError;
export const BadRequestError = errors.BadRequestError;
export const AuthenticationError = errors.AuthenticationError;
export const PermissionDeniedError = errors.PermissionDeniedError;
export const NotFoundError = errors.NotFoundError;
export const ConflictError = errors.ConflictError;
export const UnprocessableEntityError = errors.UnprocessableEntityError;
export const RateLimitError = errors.RateLimitError;
export const InternalServerError = errors.InternalServerError;
export const InvalidResponseError = errors.InvalidResponseError;
export type ApiError = InstanceType<typeof ApiError>;
export type BadRequestError = InstanceType<typeof BadRequestError>;
export type AuthenticationError = InstanceType<typeof AuthenticationError>;
export type PermissionDeniedError = InstanceType<typeof PermissionDeniedError>;
export type NotFoundError = InstanceType<typeof NotFoundError>;
export type ConflictError = InstanceType<typeof ConflictError>;
export type UnprocessableEntityError = InstanceType<typeof UnprocessableEntityError>;
export type RateLimitError = InstanceType<typeof RateLimitError>;
export type InternalServerError = InstanceType<typeof InternalServerError>;
export type InvalidResponseError = InstanceType<typeof InvalidResponseError>;
