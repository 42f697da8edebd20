export { MockError, MockOptionsError, MockSpecError, SpecNotFoundError } from "./errors.js";
export type { DriftPlan, OperationDrift } from "./internals/drift.js";
export { createMock, type Mock } from "./mock.js";
export {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_LATENCY_MS,
  type ErrorFormat,
  type Fault,
  type FaultContext,
  type FaultPolicy,
  type MockOptions,
} from "./options.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./server.js";
export type { HeaderInput, MockErrorBody, MockRequest, MockResponse, OpenApiDocument, Violation, ViolationLocation } from "./types.js";
export { loadSpec, VENDORS, type VendorId } from "./vendor-spec.js";
