/**
 * Generated from specs/leancore/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import * as core from "@crm-sdk/core";
import type { components } from "./schema.js";

export { ConnectionError, CrmSdkError, InvalidOptionsError, InvalidParameterError, TimeoutError } from "@crm-sdk/core";

/** The body of LeanCore's error answers (Error). */
export type ErrorBody = components["schemas"]["Error"];

/** Any error answer from LeanCore (a 2xx without the promised JSON included). Matches LeanCore's errors only; `@crm-sdk/core`'s `ApiError` matches any vendor's. */
export const ApiError: core.ScopedErrorClass<ApiError> = /* @__PURE__ */ core.scopedError(core.ApiError, "leancore");
export type ApiError = core.ApiError<ErrorBody>;
/** LeanCore answered 400. Matches LeanCore's errors only; `@crm-sdk/core`'s `BadRequestError` matches any vendor's. */
export const BadRequestError: core.ScopedErrorClass<BadRequestError> = /* @__PURE__ */ core.scopedError(core.BadRequestError, "leancore");
export type BadRequestError = core.BadRequestError<ErrorBody>;
/** LeanCore answered 401: the token is missing, wrong or expired. Matches LeanCore's errors only; `@crm-sdk/core`'s `AuthenticationError` matches any vendor's. */
export const AuthenticationError: core.ScopedErrorClass<AuthenticationError> = /* @__PURE__ */ core.scopedError(core.AuthenticationError, "leancore");
export type AuthenticationError = core.AuthenticationError<ErrorBody>;
/** LeanCore answered 403. Matches LeanCore's errors only; `@crm-sdk/core`'s `PermissionDeniedError` matches any vendor's. */
export const PermissionDeniedError: core.ScopedErrorClass<PermissionDeniedError> = /* @__PURE__ */ core.scopedError(core.PermissionDeniedError, "leancore");
export type PermissionDeniedError = core.PermissionDeniedError<ErrorBody>;
/** LeanCore answered 404. Matches LeanCore's errors only; `@crm-sdk/core`'s `NotFoundError` matches any vendor's. */
export const NotFoundError: core.ScopedErrorClass<NotFoundError> = /* @__PURE__ */ core.scopedError(core.NotFoundError, "leancore");
export type NotFoundError = core.NotFoundError<ErrorBody>;
/** LeanCore answered 409. Matches LeanCore's errors only; `@crm-sdk/core`'s `ConflictError` matches any vendor's. */
export const ConflictError: core.ScopedErrorClass<ConflictError> = /* @__PURE__ */ core.scopedError(core.ConflictError, "leancore");
export type ConflictError = core.ConflictError<ErrorBody>;
/** LeanCore answered 422. Matches LeanCore's errors only; `@crm-sdk/core`'s `UnprocessableEntityError` matches any vendor's. */
export const UnprocessableEntityError: core.ScopedErrorClass<UnprocessableEntityError> = /* @__PURE__ */ core.scopedError(core.UnprocessableEntityError, "leancore");
export type UnprocessableEntityError = core.UnprocessableEntityError<ErrorBody>;
/** LeanCore answered 429; `retryAfter` says how long it asked to wait. Matches LeanCore's errors only; `@crm-sdk/core`'s `RateLimitError` matches any vendor's. */
export const RateLimitError: core.ScopedErrorClass<RateLimitError> = /* @__PURE__ */ core.scopedError(core.RateLimitError, "leancore");
export type RateLimitError = core.RateLimitError<ErrorBody>;
/** LeanCore answered a 5xx. Matches LeanCore's errors only; `@crm-sdk/core`'s `InternalServerError` matches any vendor's. */
export const InternalServerError: core.ScopedErrorClass<InternalServerError> = /* @__PURE__ */ core.scopedError(core.InternalServerError, "leancore");
export type InternalServerError = core.InternalServerError<ErrorBody>;
/** LeanCore answered 2xx without the JSON body its API promises (`rawBody` holds what came). Matches LeanCore's errors only; `@crm-sdk/core`'s `InvalidResponseError` matches any vendor's. */
export const InvalidResponseError: core.ScopedErrorClass<InvalidResponseError> = /* @__PURE__ */ core.scopedError(core.InvalidResponseError, "leancore");
export type InvalidResponseError = core.InvalidResponseError<ErrorBody>;
