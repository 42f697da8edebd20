/**
 * Generated from specs/algebraix/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import * as core from "@crm-sdk/core";
import type { components } from "./schema.js";

export { ConnectionError, CrmSdkError, InvalidOptionsError, InvalidParameterError, TimeoutError } from "@crm-sdk/core";

/** The body of Algebraix's error answers (Error). */
export type ErrorBody = components["schemas"]["Error"];

/** Any error answer from Algebraix (a 2xx without the promised JSON included). Matches Algebraix's errors only; `@crm-sdk/core`'s `ApiError` matches any vendor's. */
export const ApiError: core.ScopedErrorClass<ApiError> = /* @__PURE__ */ core.scopedError(core.ApiError, "algebraix");
export type ApiError = core.ApiError<ErrorBody>;
/** Algebraix answered 400. Matches Algebraix's errors only; `@crm-sdk/core`'s `BadRequestError` matches any vendor's. */
export const BadRequestError: core.ScopedErrorClass<BadRequestError> = /* @__PURE__ */ core.scopedError(core.BadRequestError, "algebraix");
export type BadRequestError = core.BadRequestError<ErrorBody>;
/** Algebraix answered 401: the token is missing, wrong or expired. Matches Algebraix's errors only; `@crm-sdk/core`'s `AuthenticationError` matches any vendor's. */
export const AuthenticationError: core.ScopedErrorClass<AuthenticationError> = /* @__PURE__ */ core.scopedError(core.AuthenticationError, "algebraix");
export type AuthenticationError = core.AuthenticationError<ErrorBody>;
/** Algebraix answered 403. Matches Algebraix's errors only; `@crm-sdk/core`'s `PermissionDeniedError` matches any vendor's. */
export const PermissionDeniedError: core.ScopedErrorClass<PermissionDeniedError> = /* @__PURE__ */ core.scopedError(core.PermissionDeniedError, "algebraix");
export type PermissionDeniedError = core.PermissionDeniedError<ErrorBody>;
/** Algebraix answered 404. Matches Algebraix's errors only; `@crm-sdk/core`'s `NotFoundError` matches any vendor's. */
export const NotFoundError: core.ScopedErrorClass<NotFoundError> = /* @__PURE__ */ core.scopedError(core.NotFoundError, "algebraix");
export type NotFoundError = core.NotFoundError<ErrorBody>;
/** Algebraix answered 409. Matches Algebraix's errors only; `@crm-sdk/core`'s `ConflictError` matches any vendor's. */
export const ConflictError: core.ScopedErrorClass<ConflictError> = /* @__PURE__ */ core.scopedError(core.ConflictError, "algebraix");
export type ConflictError = core.ConflictError<ErrorBody>;
/** Algebraix answered 422. Matches Algebraix's errors only; `@crm-sdk/core`'s `UnprocessableEntityError` matches any vendor's. */
export const UnprocessableEntityError: core.ScopedErrorClass<UnprocessableEntityError> = /* @__PURE__ */ core.scopedError(core.UnprocessableEntityError, "algebraix");
export type UnprocessableEntityError = core.UnprocessableEntityError<ErrorBody>;
/** Algebraix answered 429; `retryAfter` says how long it asked to wait. Matches Algebraix's errors only; `@crm-sdk/core`'s `RateLimitError` matches any vendor's. */
export const RateLimitError: core.ScopedErrorClass<RateLimitError> = /* @__PURE__ */ core.scopedError(core.RateLimitError, "algebraix");
export type RateLimitError = core.RateLimitError<ErrorBody>;
/** Algebraix answered a 5xx. Matches Algebraix's errors only; `@crm-sdk/core`'s `InternalServerError` matches any vendor's. */
export const InternalServerError: core.ScopedErrorClass<InternalServerError> = /* @__PURE__ */ core.scopedError(core.InternalServerError, "algebraix");
export type InternalServerError = core.InternalServerError<ErrorBody>;
/** Algebraix answered 2xx without the JSON body its API promises (`rawBody` holds what came). Matches Algebraix's errors only; `@crm-sdk/core`'s `InvalidResponseError` matches any vendor's. */
export const InvalidResponseError: core.ScopedErrorClass<InvalidResponseError> = /* @__PURE__ */ core.scopedError(core.InvalidResponseError, "algebraix");
export type InvalidResponseError = core.InvalidResponseError<ErrorBody>;
