/**
 * Generated from specs/syscap/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import * as core from "@crm-sdk/core";
import type { components } from "./schema.js";

export { ConnectionError, CrmSdkError, InvalidOptionsError, InvalidParameterError, TimeoutError } from "@crm-sdk/core";

/** The body of Syscap's error answers (Error). */
export type ErrorBody = components["schemas"]["Error"];

/** Any error answer from Syscap (a 2xx without the promised JSON included). Matches Syscap's errors only; `@crm-sdk/core`'s `ApiError` matches any vendor's. */
export const ApiError: core.ScopedErrorClass<ApiError> = /* @__PURE__ */ core.scopedError(core.ApiError, "syscap");
export type ApiError = core.ApiError<ErrorBody>;
/** Syscap answered 400. Matches Syscap's errors only; `@crm-sdk/core`'s `BadRequestError` matches any vendor's. */
export const BadRequestError: core.ScopedErrorClass<BadRequestError> = /* @__PURE__ */ core.scopedError(core.BadRequestError, "syscap");
export type BadRequestError = core.BadRequestError<ErrorBody>;
/** Syscap answered 401: the token is missing, wrong or expired. Matches Syscap's errors only; `@crm-sdk/core`'s `AuthenticationError` matches any vendor's. */
export const AuthenticationError: core.ScopedErrorClass<AuthenticationError> = /* @__PURE__ */ core.scopedError(core.AuthenticationError, "syscap");
export type AuthenticationError = core.AuthenticationError<ErrorBody>;
/** Syscap answered 403. Matches Syscap's errors only; `@crm-sdk/core`'s `PermissionDeniedError` matches any vendor's. */
export const PermissionDeniedError: core.ScopedErrorClass<PermissionDeniedError> = /* @__PURE__ */ core.scopedError(core.PermissionDeniedError, "syscap");
export type PermissionDeniedError = core.PermissionDeniedError<ErrorBody>;
/** Syscap answered 404. Matches Syscap's errors only; `@crm-sdk/core`'s `NotFoundError` matches any vendor's. */
export const NotFoundError: core.ScopedErrorClass<NotFoundError> = /* @__PURE__ */ core.scopedError(core.NotFoundError, "syscap");
export type NotFoundError = core.NotFoundError<ErrorBody>;
/** Syscap answered 409. Matches Syscap's errors only; `@crm-sdk/core`'s `ConflictError` matches any vendor's. */
export const ConflictError: core.ScopedErrorClass<ConflictError> = /* @__PURE__ */ core.scopedError(core.ConflictError, "syscap");
export type ConflictError = core.ConflictError<ErrorBody>;
/** Syscap answered 422. Matches Syscap's errors only; `@crm-sdk/core`'s `UnprocessableEntityError` matches any vendor's. */
export const UnprocessableEntityError: core.ScopedErrorClass<UnprocessableEntityError> = /* @__PURE__ */ core.scopedError(core.UnprocessableEntityError, "syscap");
export type UnprocessableEntityError = core.UnprocessableEntityError<ErrorBody>;
/** Syscap answered 429; `retryAfter` says how long it asked to wait. Matches Syscap's errors only; `@crm-sdk/core`'s `RateLimitError` matches any vendor's. */
export const RateLimitError: core.ScopedErrorClass<RateLimitError> = /* @__PURE__ */ core.scopedError(core.RateLimitError, "syscap");
export type RateLimitError = core.RateLimitError<ErrorBody>;
/** Syscap answered a 5xx. Matches Syscap's errors only; `@crm-sdk/core`'s `InternalServerError` matches any vendor's. */
export const InternalServerError: core.ScopedErrorClass<InternalServerError> = /* @__PURE__ */ core.scopedError(core.InternalServerError, "syscap");
export type InternalServerError = core.InternalServerError<ErrorBody>;
/** Syscap answered 2xx without the JSON body its API promises (`rawBody` holds what came). Matches Syscap's errors only; `@crm-sdk/core`'s `InvalidResponseError` matches any vendor's. */
export const InvalidResponseError: core.ScopedErrorClass<InvalidResponseError> = /* @__PURE__ */ core.scopedError(core.InvalidResponseError, "syscap");
export type InvalidResponseError = core.InvalidResponseError<ErrorBody>;
