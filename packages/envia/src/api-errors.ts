import { typedErrors } from "@crm-sdk/core";
import type { components } from "./generated/schema.js";

/** The body of every error response the spec declares. */
export type ErrorBody = components["schemas"]["Boom"];

/** The API error classes with `body` typed as the spec's error schema (same classes as @crm-sdk/core). */
export const {
  ApiError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  InvalidResponseError,
} = typedErrors<ErrorBody>();
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
