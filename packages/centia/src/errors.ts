import { ApiError, type ApiErrorInit, CrmSdkError } from "@crm-sdk/core";
import type { components } from "./generated/schema.js";

/**
 * Centia answered `success: false` (usually with HTTP 200). `error` is the vendor's message,
 * `rpcMethod` the qualified method (`Companies.GetCompanies`), `body` the failure envelope.
 */
export class RpcError extends ApiError<components["schemas"]["RpcError"]> {
  override name = "RpcError";
  readonly rpcMethod: string;
  readonly error: string;
  constructor(init: ApiErrorInit & { rpcMethod: string; error: string }) {
    super({ ...init, message: `${init.rpcMethod} failed: ${init.error}` });
    this.rpcMethod = init.rpcMethod;
    this.error = init.error;
  }
}

/** `call()` was given a method name Centia does not have, or one that needs its module (`Contacts.GetInputs`). */
export class UnknownMethodError extends CrmSdkError {
  override name = "UnknownMethodError";
  readonly rpcMethod: string;
  constructor(rpcMethod: string, hint: string) {
    super(`unknown Centia method ${JSON.stringify(rpcMethod)}: ${hint}`);
    this.rpcMethod = rpcMethod;
  }
}

/** Login failed: wrong email or password, or no credentials to log in with. The password is never included. */
export class LoginError extends CrmSdkError {
  override name = "LoginError";
}
