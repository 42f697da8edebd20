export function extractTsBlocks(markdown: string): { line: number; code: string; nocheck: boolean }[];
export function checkSamples(options?: { quiet?: boolean }): { ok: boolean; samples: number; skipped: number; output: string; summary: string };
