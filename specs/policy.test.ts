// The two rules every spec follows (CONTRIBUTING.md: "Response schemas for fuzzy docs" and
// "Servers"), checked on all five specs, and specs/NOTES.md held to what the specs say.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bundleSpec, repoRoot, vendors } from "@crm-sdk/spec-tools";
import { describe, expect, it } from "vitest";
import { countRequired, countRequiredEverywhere, responseSchemas } from "../scripts/count-required.mjs";

const specs: Record<string, any> = Object.fromEntries(await Promise.all(vendors.map(async (v) => [v, await bundleSpec(v)] as const)));
const notes = readFileSync(join(repoRoot, "specs", "NOTES.md"), "utf8");

/** Rows of the markdown table that follows `heading` in specs/NOTES.md, as arrays of cells. */
function tableAfter(heading: string): string[][] {
  const lines = notes.slice(notes.indexOf(heading)).split("\n");
  const start = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(
      line
        .split("|")
        .slice(1, -1)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

describe("response schemas: required only where the docs guarantee it", () => {
  const reasons = tableAfter("## Why each required response field stays required");

  it.each(vendors)("%s: the required response fields are exactly those specs/NOTES.md gives a reason for", (vendor) => {
    const rows = reasons.filter(([v]) => v === vendor);
    for (const [, , why] of rows) expect(why, vendor).toMatch(/\w{3}/);
    const listed = rows.flatMap(([, fields]) => [...(fields ?? "").matchAll(/`([A-Za-z]+\.\w+)`/g)].map((m) => m[1]));
    expect([...countRequired(specs[vendor]).names].sort()).toEqual([...listed].sort());
  });

  it.each(vendors)("%s: the counts in specs/NOTES.md are today's", (vendor) => {
    const row = tableAfter("## Required response fields: before and after").find(([v]) => v === vendor);
    const responses = countRequired(specs[vendor]);
    const everywhere = countRequiredEverywhere(specs[vendor]);
    expect(row?.[2]).toBe(`${responses.required} of ${responses.total}`);
    expect(row?.[4]).toBe(`${everywhere.required} of ${everywhere.total}`);
  });

  it.each(vendors)("%s: no response schema rejects unknown fields", (vendor) => {
    const closed = responseSchemas(specs[vendor])
      .filter(({ schema }) => schema.additionalProperties === false || schema.unevaluatedProperties === false)
      .map(({ name }) => name);
    expect(closed).toEqual([]);
  });
});

describe("servers: a documented production server, or a base URL the user supplies", () => {
  // LeanCore's docs call https://api.leancore.co; the others' docs name no server.
  const documented: Record<string, string> = { leancore: "https://api.leancore.co" };

  it.each(vendors)("%s: servers[0].url has a {variable} exactly when the docs name no server", (vendor) => {
    const [server, ...others] = specs[vendor].servers;
    expect(others).toEqual([]);
    if (!server) throw new Error(`${vendor}: no server`);
    if (documented[vendor]) {
      expect(server.url).toBe(documented[vendor]);
      expect(server.variables).toBeUndefined();
      return;
    }
    expect(server.url).toBe("{baseUrl}");
    const variable = server.variables.baseUrl;
    expect(variable.description).toMatch(/^Your .+ base URL/);
    // A default is mandatory in OpenAPI; `.invalid` (RFC 2606) can never resolve.
    expect(new URL(variable.default).hostname).toBe(`${vendor}.invalid`);
    expect(server.description).toMatch(/docs name no server/);
  });
});

describe("descriptions speak to users", () => {
  // The pattern of redocly.yaml's rule/description-speaks-to-users, applied to every description
  // and summary: Redocly does not visit a description written beside a `$ref`.
  const config = readFileSync(join(repoRoot, "redocly.yaml"), "utf8");
  const [, source, flags] = /notPattern: '\/(.+)\/(\w*)'/.exec(config) ?? [];
  const authorNote = new RegExp(source ?? "^$", flags);

  it("reads the lint rule's pattern", () => {
    expect(authorNote.test("Assumption: an integer.")).toBe(true);
    expect(authorNote.test("Recorded in the `x-assumptions` extension.")).toBe(false);
  });

  it.each(vendors)("%s: no description or summary carries a spec-author note", (vendor) => {
    const found: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "x-assumptions") continue;
        if ((key === "description" || key === "summary") && typeof value === "string") {
          if (authorNote.test(value)) found.push(`${at}/${key}`);
        } else walk(value, `${at}/${key}`);
      }
    };
    walk(specs[vendor], "#");
    expect(found).toEqual([]);
  });
});

describe("x-assumptions", () => {
  it.each(vendors)("%s: every x-assumptions is a non-empty list of sentences", (vendor) => {
    const lists: unknown[] = [];
    const walk = (node: unknown) => {
      if (node === null || typeof node !== "object") return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "x-assumptions") lists.push(value);
        else if (key !== "example" && key !== "examples") walk(value);
      }
    };
    walk(specs[vendor]);
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      expect(Array.isArray(list)).toBe(true);
      expect((list as unknown[]).length).toBeGreaterThan(0);
      for (const note of list as unknown[]) expect(note).toMatch(/^\S.{10,}$/s);
    }
  });
});
