import { typedErrors } from "@crm-sdk/core";
import type { components } from "./generated/schema.js";

/** The body of every error response the spec declares. */
export type ErrorBody = components["schemas"]["Error"];

/** The API error classes with `body` typed as the spec's error schema (same classes as @crm-sdk/core). */
const errors = typedErrors<ErrorBody>();
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
