export interface NamedSchema {
  name: string;
  schema: Record<string, any>;
}
export function responseSchemas(spec: unknown): NamedSchema[];
export function countRequired(spec: unknown): { total: number; required: number; names: string[] };
export function countRequiredEverywhere(spec: unknown): { total: number; required: number };
