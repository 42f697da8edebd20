import type Ajv from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";

export type VendorId = "algebraix" | "syscap" | "leancore" | "envia" | "centia";
// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document is untyped JSON.
export type OpenApiDocument = Record<string, any>;

export const repoRoot: string;
export const vendors: VendorId[];
export function specPath(vendor: string, root?: string): string;
export function bundleSpec(vendor: string, options?: { root?: string }): Promise<OpenApiDocument>;
export function readBundledSpec(vendor: string): OpenApiDocument;

export interface OperationEntry {
  method: string;
  path: string;
  operationId: string;
  tags: string[];
  operation: OpenApiDocument;
  pathItem: OpenApiDocument;
}
export function listOperations(spec: OpenApiDocument): OperationEntry[];
export function pointer(...segments: (string | number)[]): string;
export function pointerSegments(ref: string): string[];
export function resolvePointer(doc: OpenApiDocument, ref: string): unknown;
export function deref(spec: OpenApiDocument, node: OpenApiDocument | undefined): OpenApiDocument | undefined;
export const HTTP_METHODS: readonly string[];

export interface SpecValidator {
  ajv: Ajv;
  compile(ref: string): ValidateFunction;
  validate(ref: string, value: unknown): { valid: boolean; errors: ErrorObject[] };
}
export function createSpecValidator(spec: OpenApiDocument, options?: { ajv?: Record<string, unknown> }): SpecValidator;

export interface ExampleEntry {
  /** JSON pointer to the example in the spec */
  where: string;
  /** JSON pointer to the schema the example must satisfy */
  schemaRef: string;
  value: unknown;
}
export function collectExamples(spec: OpenApiDocument): ExampleEntry[];
