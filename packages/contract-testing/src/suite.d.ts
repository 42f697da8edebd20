import type { FetchWrapper } from "@crm-sdk/core";

/** What a call may use to check results of its own. */
export interface ContractContext {
  /** The last JSON body served for an operation. */
  served(operationId: string): unknown;
  /** Whether a result is the served body after the wrapper's unwrapping. */
  unwrapsTo(value: unknown, served: unknown): boolean;
}
export interface ContractSuite<C> {
  vendor: string;
  createClient: (options: { baseUrl: string; fetch: typeof globalThis.fetch; maxRetries: number; validation: FetchWrapper }) => C;
  /** One call per operationId of the spec; what it resolves to must be the served example after unwrapping. */
  calls: Record<string, (client: C, context: ContractContext) => Promise<unknown>>;
  /** More calls to run on both servers (iterators, module sugar…); each asserts what it expects. */
  extra?: Record<string, (client: C, context: ContractContext) => Promise<unknown>>;
}
export function contractSuite<C>(suite: ContractSuite<C>): void;

export function coverageSuite(suite: { vendor: string; client: object; operationMethods: Record<string, string> }): void;
