export { createMock, type Mock } from "./mock.js";
export { startMockServer, type MockServer, type MockServerOptions } from "./server.js";
export { loadSpec, VENDORS, type VendorId } from "./vendor-spec.js";
export {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_LATENCY_MS,
  type ErrorFormat,
  type Fault,
  type FaultContext,
  type FaultPolicy,
  type MockOptions,
} from "./options.js";
export { MockError, MockOptionsError, MockSpecError, SpecNotFoundError } from "./errors.js";
export type { HeaderInput, MockRequest, MockResponse, OpenApiDocument, Violation, ViolationLocation } from "./types.js";
