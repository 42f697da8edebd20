/**
 * Generated from specs/centia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import * as core from "@crm-sdk/core";
import type { components } from "./schema.js";

export { ConnectionError, CrmSdkError, InvalidOptionsError, InvalidParameterError, TimeoutError } from "@crm-sdk/core";

/** The body of Centia's error answers (RpcError). */
export type ErrorBody = components["schemas"]["RpcError"];

/** Any error answer from Centia (a 2xx without the promised JSON included). Matches Centia's errors only; `@crm-sdk/core`'s `ApiError` matches any vendor's. */
export const ApiError: core.ScopedErrorClass<ApiError> = /* @__PURE__ */ core.scopedError(core.ApiError, "centia");
export type ApiError = core.ApiError<ErrorBody>;
/** Centia answered 400. Matches Centia's errors only; `@crm-sdk/core`'s `BadRequestError` matches any vendor's. */
export const BadRequestError: core.ScopedErrorClass<BadRequestError> = /* @__PURE__ */ core.scopedError(core.BadRequestError, "centia");
export type BadRequestError = core.BadRequestError<ErrorBody>;
/** Centia answered 401: the token is missing, wrong or expired. Matches Centia's errors only; `@crm-sdk/core`'s `AuthenticationError` matches any vendor's. */
export const AuthenticationError: core.ScopedErrorClass<AuthenticationError> = /* @__PURE__ */ core.scopedError(core.AuthenticationError, "centia");
export type AuthenticationError = core.AuthenticationError<ErrorBody>;
/** Centia answered 403. Matches Centia's errors only; `@crm-sdk/core`'s `PermissionDeniedError` matches any vendor's. */
export const PermissionDeniedError: core.ScopedErrorClass<PermissionDeniedError> = /* @__PURE__ */ core.scopedError(core.PermissionDeniedError, "centia");
export type PermissionDeniedError = core.PermissionDeniedError<ErrorBody>;
/** Centia answered 404. Matches Centia's errors only; `@crm-sdk/core`'s `NotFoundError` matches any vendor's. */
export const NotFoundError: core.ScopedErrorClass<NotFoundError> = /* @__PURE__ */ core.scopedError(core.NotFoundError, "centia");
export type NotFoundError = core.NotFoundError<ErrorBody>;
/** Centia answered 409. Matches Centia's errors only; `@crm-sdk/core`'s `ConflictError` matches any vendor's. */
export const ConflictError: core.ScopedErrorClass<ConflictError> = /* @__PURE__ */ core.scopedError(core.ConflictError, "centia");
export type ConflictError = core.ConflictError<ErrorBody>;
/** Centia answered 422. Matches Centia's errors only; `@crm-sdk/core`'s `UnprocessableEntityError` matches any vendor's. */
export const UnprocessableEntityError: core.ScopedErrorClass<UnprocessableEntityError> = /* @__PURE__ */ core.scopedError(core.UnprocessableEntityError, "centia");
export type UnprocessableEntityError = core.UnprocessableEntityError<ErrorBody>;
/** Centia answered 429; `retryAfter` says how long it asked to wait. Matches Centia's errors only; `@crm-sdk/core`'s `RateLimitError` matches any vendor's. */
export const RateLimitError: core.ScopedErrorClass<RateLimitError> = /* @__PURE__ */ core.scopedError(core.RateLimitError, "centia");
export type RateLimitError = core.RateLimitError<ErrorBody>;
/** Centia answered a 5xx. Matches Centia's errors only; `@crm-sdk/core`'s `InternalServerError` matches any vendor's. */
export const InternalServerError: core.ScopedErrorClass<InternalServerError> = /* @__PURE__ */ core.scopedError(core.InternalServerError, "centia");
export type InternalServerError = core.InternalServerError<ErrorBody>;
/** Centia answered 2xx without the JSON body its API promises (`rawBody` holds what came). Matches Centia's errors only; `@crm-sdk/core`'s `InvalidResponseError` matches any vendor's. */
export const InvalidResponseError: core.ScopedErrorClass<InvalidResponseError> = /* @__PURE__ */ core.scopedError(core.InvalidResponseError, "centia");
export type InvalidResponseError = core.InvalidResponseError<ErrorBody>;
