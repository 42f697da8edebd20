import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding, OpenApiDocument } from "../src/index.js";

export const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
export const bin = join(packageDir, "dist", "cli.js");
export const fixtureSpecPath = join(packageDir, "test", "fixtures", "crm.openapi.json");
export const fixtureSpec: OpenApiDocument = JSON.parse(readFileSync(fixtureSpecPath, "utf8"));

export function vendorSpec(vendor: string): OpenApiDocument {
  return JSON.parse(readFileSync(join(packageDir, "..", vendor, "openapi.json"), "utf8"));
}

export interface BinResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `crm-sdk-drift` bin, as a user would. */
export function runBin(args: readonly string[], cwd = packageDir): BinResult {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The findings of a `--json` run, without their suggestions (asserted apart). */
export function findingsOf(result: BinResult): Omit<Finding, "suggestion">[] {
  return (JSON.parse(result.stdout).findings as Finding[]).map(({ suggestion: _, ...rest }) => rest);
}

export const UUID = ["3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13", "7b2d4e6f-1a3c-4e5b-8d7f-9a0b1c2d3e4f"] as const;

/** A prospect the fixture spec accepts; personal data that must never reach a report without --values. */
export function prospect(i: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: UUID[i % 2],
    name: `Mariana Quintero-${i}`,
    email: `mariana.quintero${i}@correo.example`,
    status: "new",
    max_status: "contacted",
    currency: "MXN",
    sequential_id: 100 + i,
    investment: { amount: "15000.00", currency: "MXN" },
    tags: ["vip"],
    custom: { referido_por: "Tío Ernesto" },
    extra: { anything: "goes", phone: "+52 55 1234 5678" },
    created_at: "2026-01-02T03:04:05Z",
    ...overrides,
  };
}
