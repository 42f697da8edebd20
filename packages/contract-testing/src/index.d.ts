import type { OpenApiDocument, OperationEntry } from "@crm-sdk/spec-tools";

export interface TestServer {
  url: string;
  close(): Promise<void>;
}
export function startPrism(vendor: string, options?: { timeoutMs?: number }): Promise<TestServer>;
export function startOurMock(vendor: string): Promise<TestServer>;
export function matchOperation(spec: OpenApiDocument, method: string, pathname: string): OperationEntry | undefined;
export function recordingFetch(spec: OpenApiDocument): {
  fetch: typeof globalThis.fetch;
  exercised: Set<string>;
  violations: { operationId?: string; violation: string }[];
  bodies: Map<string, unknown>;
};
/** Whether a method's result is the served body after the wrapper's unwrapping (the body, its `data`/`response`, or a Page of it). */
export function unwrapsTo(value: unknown, served: unknown): boolean;
export function operation(spec: OpenApiDocument, operationId: string): OperationEntry;
// biome-ignore lint/suspicious/noExplicitAny: examples are untyped JSON; the caller's client types them
export function bodyExample(spec: OpenApiDocument, operationId: string, name?: string): any;
// biome-ignore lint/suspicious/noExplicitAny: examples are untyped JSON
export function paramExample(spec: OpenApiDocument, operationId: string, name: string): any;
export function operationIds(spec: OpenApiDocument): string[];
