/**
 * Generated from specs/envia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

import * as core from "@crm-sdk/core";
import type { components } from "./schema.js";

export { ConnectionError, CrmSdkError, InvalidOptionsError, InvalidParameterError, TimeoutError } from "@crm-sdk/core";

/** The body of Envia's error answers (Boom). */
export type ErrorBody = components["schemas"]["Boom"];

/** Any error answer from Envia (a 2xx without the promised JSON included). Matches Envia's errors only; `@crm-sdk/core`'s `ApiError` matches any vendor's. */
export const ApiError: core.ScopedErrorClass<ApiError> = /* @__PURE__ */ core.scopedError(core.ApiError, "envia");
export type ApiError = core.ApiError<ErrorBody>;
/** Envia answered 400. Matches Envia's errors only; `@crm-sdk/core`'s `BadRequestError` matches any vendor's. */
export const BadRequestError: core.ScopedErrorClass<BadRequestError> = /* @__PURE__ */ core.scopedError(core.BadRequestError, "envia");
export type BadRequestError = core.BadRequestError<ErrorBody>;
/** Envia answered 401: the token is missing, wrong or expired. Matches Envia's errors only; `@crm-sdk/core`'s `AuthenticationError` matches any vendor's. */
export const AuthenticationError: core.ScopedErrorClass<AuthenticationError> = /* @__PURE__ */ core.scopedError(core.AuthenticationError, "envia");
export type AuthenticationError = core.AuthenticationError<ErrorBody>;
/** Envia answered 403. Matches Envia's errors only; `@crm-sdk/core`'s `PermissionDeniedError` matches any vendor's. */
export const PermissionDeniedError: core.ScopedErrorClass<PermissionDeniedError> = /* @__PURE__ */ core.scopedError(core.PermissionDeniedError, "envia");
export type PermissionDeniedError = core.PermissionDeniedError<ErrorBody>;
/** Envia answered 404. Matches Envia's errors only; `@crm-sdk/core`'s `NotFoundError` matches any vendor's. */
export const NotFoundError: core.ScopedErrorClass<NotFoundError> = /* @__PURE__ */ core.scopedError(core.NotFoundError, "envia");
export type NotFoundError = core.NotFoundError<ErrorBody>;
/** Envia answered 409. Matches Envia's errors only; `@crm-sdk/core`'s `ConflictError` matches any vendor's. */
export const ConflictError: core.ScopedErrorClass<ConflictError> = /* @__PURE__ */ core.scopedError(core.ConflictError, "envia");
export type ConflictError = core.ConflictError<ErrorBody>;
/** Envia answered 422. Matches Envia's errors only; `@crm-sdk/core`'s `UnprocessableEntityError` matches any vendor's. */
export const UnprocessableEntityError: core.ScopedErrorClass<UnprocessableEntityError> = /* @__PURE__ */ core.scopedError(core.UnprocessableEntityError, "envia");
export type UnprocessableEntityError = core.UnprocessableEntityError<ErrorBody>;
/** Envia answered 429; `retryAfter` says how long it asked to wait. Matches Envia's errors only; `@crm-sdk/core`'s `RateLimitError` matches any vendor's. */
export const RateLimitError: core.ScopedErrorClass<RateLimitError> = /* @__PURE__ */ core.scopedError(core.RateLimitError, "envia");
export type RateLimitError = core.RateLimitError<ErrorBody>;
/** Envia answered a 5xx. Matches Envia's errors only; `@crm-sdk/core`'s `InternalServerError` matches any vendor's. */
export const InternalServerError: core.ScopedErrorClass<InternalServerError> = /* @__PURE__ */ core.scopedError(core.InternalServerError, "envia");
export type InternalServerError = core.InternalServerError<ErrorBody>;
/** Envia answered 2xx without the JSON body its API promises (`rawBody` holds what came). Matches Envia's errors only; `@crm-sdk/core`'s `InvalidResponseError` matches any vendor's. */
export const InvalidResponseError: core.ScopedErrorClass<InvalidResponseError> = /* @__PURE__ */ core.scopedError(core.InvalidResponseError, "envia");
export type InvalidResponseError = core.InvalidResponseError<ErrorBody>;
