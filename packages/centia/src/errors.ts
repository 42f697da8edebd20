import { ApiError, type ApiErrorInit, CrmSdkError } from "@crm-sdk/core";
import type { RpcError as RpcErrorBody } from "./generated/schema.js";

/**
 * Centia answered `success: false` (usually with HTTP 200). `error` is Centia's message,
 * `rpcMethod` the qualified method (`Companies.GetCompanies`), `body` the failure envelope.
 */
export class RpcError extends ApiError<RpcErrorBody> {
  override name = "RpcError";
  readonly rpcMethod: string;
  readonly error: string;
  constructor(init: Omit<ApiErrorInit, "message" | "vendor"> & { rpcMethod: string; error: string }) {
    super({ ...init, vendor: "centia", message: `${init.rpcMethod} failed: ${init.error}` });
    this.rpcMethod = init.rpcMethod;
    this.error = init.error;
  }
}

/** `call()` was given a method name Centia does not have (names are qualified: `Contacts.GetInputs`). Nothing was sent. */
export class UnknownMethodError extends CrmSdkError {
  override name = "UnknownMethodError";
  readonly rpcMethod: string;
  constructor(rpcMethod: string) {
    super(`unknown Centia method ${JSON.stringify(rpcMethod)}: methods are named with their module, as in "Companies.GetCompanies"`);
    this.rpcMethod = rpcMethod;
  }
}

/** Logging in failed: wrong e-mail or password. The password is never included. */
export class LoginError extends CrmSdkError {
  override name = "LoginError";
}
