export interface ContractSuite<C> {
  vendor: string;
  createClient: (options: { baseUrl: string; fetch: typeof globalThis.fetch; maxRetries: number }) => C;
  /** One call per operationId of the spec. */
  calls: Record<string, (client: C) => Promise<unknown>>;
  /** More calls to run on both servers (iterators, module sugar…). */
  extra?: Record<string, (client: C) => Promise<unknown>>;
}
export function contractSuite<C>(suite: ContractSuite<C>): void;

export function coverageSuite(suite: { vendor: string; client: object; operationMethods: Record<string, string> }): void;
