export { type CliIo, type CliOptions, runCli, USAGE } from "./cli-main.js";
export { DriftInputError } from "./errors/drift-input-error.js";
export { HarReadError } from "./errors/har-read-error.js";
export { ResponseValidationError } from "./errors/response-validation-error.js";
export { SpecLoadError } from "./errors/spec-load-error.js";
export { findDrift } from "./find-drift.js";
export { type Exchange, parseHar, type RecordedBody, readHarFile } from "./har.js";
export { type Har, type HarEntry, type HarRecorder, type HarRecorderOptions, harRecorder } from "./har-recorder.js";
export { type FormatOptions, formatJson, formatReport } from "./report.js";
export { type ResponseValidationOptions, responseValidation, type ValidationMode } from "./response-validation.js";
export { type LoadedSpec, type LoadSpecOptions, loadSpec, VENDORS, type VendorId } from "./spec.js";
export {
  type DriftOptions,
  type DriftReport,
  FINDING_KINDS,
  type Finding,
  type FindingKind,
  type OpenApiDocument,
  type OperationTraffic,
  type ValidationFinding,
} from "./types.js";
