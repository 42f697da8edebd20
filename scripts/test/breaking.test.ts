import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleSpec } from "@crm-sdk/spec-tools";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without types
import { checkBreaking } from "../check-breaking.mjs";
// @ts-expect-error -- plain ESM script without types
import { compareSpecs, gateVerdict, readPendingChangesets } from "../lib/breaking.mjs";
// @ts-expect-error -- plain ESM script without types
import { untar, writeCommittedBaseline } from "../lib/breaking-baseline.mjs";

// fixtures/breaking/specs/base/openapi.yaml is the "released" spec; every other folder there is
// the same spec with one change (`diff` the two files to see it). Bundled like a vendor's spec.
const fixtures = join(import.meta.dirname, "fixtures", "breaking");
const compare = async (name: string) => compareSpecs(await bundleSpec("base", { root: fixtures }), await bundleSpec(name, { root: fixtures }));
type Change = { type: string; rule?: string; description: string; path: string[] };

describe("breaking changes are flagged", () => {
  it.each([
    ["operation-id-renamed", "operationId"],
    ["path-parameter-renamed", "path-parameter-name"],
    ["operation-removed", undefined],
    ["request-body-now-required", undefined],
    ["request-field-now-required", undefined],
    ["request-field-removed", "request-property-removed"],
    ["request-enum-value-removed", undefined],
    ["query-parameter-now-required", undefined],
    ["response-field-removed", "response-property-removed"],
    ["response-field-type-changed", "response-type-widened"],
    ["response-field-now-nullable", "response-type-widened"],
    ["response-field-no-longer-required", undefined],
    ["schema-removed", undefined],
  ])("%s", async (name, rule) => {
    const { changes, counts } = await compare(name);
    expect(counts.breaking, JSON.stringify(changes, null, 1)).toBeGreaterThan(0);
    const breaking = changes.filter((c: Change) => c.type === "breaking");
    // `undefined`: api-smart-diff flags it on its own; otherwise the house rule named does
    if (rule) expect(breaking.map((c: Change) => c.rule)).toContain(rule);
    else expect(breaking.some((c: Change) => !c.rule)).toBe(true);
    for (const c of breaking) expect(c.description).toMatch(/\[(Added|Removed|Replaced|Renamed)\]/);
  });
});

describe("safe changes are not flagged", () => {
  it.each([
    ["safe-new-optional-request-field", "non-breaking"],
    ["safe-new-response-field", "non-breaking"],
    ["safe-new-operation", "non-breaking"],
    ["safe-description-changed", "annotation"],
    ["safe-request-enum-value-added", "non-breaking"],
    ["safe-response-enum-value-added", "non-breaking"],
    ["safe-response-field-no-longer-nullable", "non-breaking"],
    ["safe-operation-deprecated", "deprecated"],
  ])("%s (%s)", async (name, expected) => {
    const { changes, counts } = await compare(name);
    expect(counts.breaking, JSON.stringify(changes, null, 1)).toBe(0);
    expect(counts[expected]).toBeGreaterThan(0);
  });

  it("an unchanged spec has no changes at all", async () => {
    expect((await compare("base")).changes).toEqual([]);
  });
});

describe("house rules on top of api-smart-diff", () => {
  it("names the old and new operationId", async () => {
    const { changes } = await compare("operation-id-renamed");
    expect(changes.find((c: Change) => c.rule === "operationId").description).toBe("GET /widgets: [Renamed] operationId `listWidgets` to `listAllWidgets`");
  });

  it("overrides api-smart-diff where it would call a response enum value added breaking", async () => {
    const { changes } = await compare("safe-response-enum-value-added");
    expect(changes.filter((c: Change) => c.rule === "response-enum-value-added").length).toBeGreaterThan(0);
  });

  it("reports a change to a shared schema once per use, naming the operation, and not again under components", async () => {
    const { changes } = await compare("response-field-removed");
    expect(changes.filter((c: Change) => c.path[0] === "components")).toEqual([]);
    // Widget is the response of listWidgets, createWidget and getWidget
    expect(changes.map((c: Change) => c.description)).toEqual([
      "GET /widgets response 200 (application/json): [Removed] property `[].color`",
      "POST /widgets response 201 (application/json): [Removed] property `color`",
      "GET /widgets/{widgetId} response 200 (application/json): [Removed] property `color`",
    ]);
  });

  it("shows a type change with both types", async () => {
    const { changes } = await compare("response-field-now-nullable");
    expect(changes[0].description).toBe("GET /widgets response 200 (application/json): [Replaced] type of `[].color`: string -> string | null");
  });
});

describe("the changeset requirement", () => {
  const changesets = (bumps: Record<string, string>) => Object.fromEntries(Object.entries(bumps).map(([pkg, bump]) => [pkg, { bump, file: "x.md" }]));

  it("fails a breaking change with no changeset", () => {
    const v = gateVerdict({ packageName: "@crm-sdk/syscap", version: "0.3.0", breaking: 2, changesets: {} });
    expect(v.ok).toBe(false);
    expect(v.reason).toMatch(/no pending changeset.*minor or major/);
  });
  it("passes a breaking change with a minor changeset before 1.0", () => {
    expect(gateVerdict({ packageName: "@crm-sdk/syscap", version: "0.3.0", breaking: 2, changesets: changesets({ "@crm-sdk/syscap": "minor" }) }).ok).toBe(
      true,
    );
  });
  it("fails a breaking change with a patch changeset before 1.0", () => {
    expect(gateVerdict({ packageName: "@crm-sdk/syscap", version: "0.3.0", breaking: 1, changesets: changesets({ "@crm-sdk/syscap": "patch" }) }).ok).toBe(
      false,
    );
  });
  it("needs major from 1.0 on", () => {
    const args = { packageName: "@crm-sdk/syscap", version: "1.2.0", breaking: 1 };
    expect(gateVerdict({ ...args, changesets: changesets({ "@crm-sdk/syscap": "minor" }) }).ok).toBe(false);
    expect(gateVerdict({ ...args, changesets: changesets({ "@crm-sdk/syscap": "major" }) }).ok).toBe(true);
  });
  it("a changeset for another package does not count", () => {
    expect(gateVerdict({ packageName: "@crm-sdk/syscap", version: "0.3.0", breaking: 1, changesets: changesets({ "@crm-sdk/envia": "major" }) }).ok).toBe(
      false,
    );
  });
  it("passes without a changeset when nothing breaks", () => {
    expect(gateVerdict({ packageName: "@crm-sdk/syscap", version: "0.3.0", breaking: 0, changesets: {} }).ok).toBe(true);
  });
});

describe("check:breaking end to end, on a throwaway repo", () => {
  // specs/widgets is one of the fixtures; scripts/baselines/widgets is the bundled base spec
  const root = mkdtempSync(join(tmpdir(), "crm-sdk-breaking-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const setUp = async (fixture: string, version: string, changeset?: string) => {
    rmSync(join(root, ".changeset"), { recursive: true, force: true });
    mkdirSync(join(root, ".changeset"), { recursive: true });
    mkdirSync(join(root, "packages", "widgets"), { recursive: true });
    writeFileSync(join(root, "packages", "widgets", "package.json"), JSON.stringify({ name: "@crm-sdk/widgets", version }));
    cpSync(join(fixtures, "specs", fixture), join(root, "specs", "widgets"), { recursive: true });
    writeCommittedBaseline(root, "widgets", { spec: await bundleSpec("base", { root: fixtures }), packageName: "@crm-sdk/widgets", version });
    writeFileSync(join(root, ".changeset", "README.md"), "# Changesets\n");
    if (changeset) writeFileSync(join(root, ".changeset", "spicy-cats-dance.md"), `---\n${changeset}\n---\n\nRename listWidgets.\n`);
  };
  const run = async () => {
    const lines: string[] = [];
    const { ok } = await checkBreaking({ root, vendors: ["widgets"], log: (l: string) => lines.push(l) });
    return { ok, report: lines.join("\n") };
  };

  it("fails with a breaking change and no changeset, naming the change and the bump needed", async () => {
    await setUp("operation-id-renamed", "0.3.0");
    const { ok, report } = await run();
    expect(ok).toBe(false);
    expect(report).toContain("BREAKING   GET /widgets: [Renamed] operationId `listWidgets` to `listAllWidgets` (rule: operationId)");
    expect(report).toContain("FAIL: no pending changeset for it; needs a changeset bumping @crm-sdk/widgets minor or major (it is 0.3.0, before 1.0.0)");
  });

  it("passes with a pending minor changeset before 1.0", async () => {
    await setUp("operation-id-renamed", "0.3.0", '"@crm-sdk/widgets": minor');
    const { ok, report } = await run();
    expect(ok).toBe(true);
    expect(report).toContain("ok: pending minor changeset (spicy-cats-dance.md)");
  });

  it("fails with a minor changeset from 1.0 on", async () => {
    await setUp("operation-id-renamed", "1.0.0", "'@crm-sdk/widgets': minor");
    expect((await run()).ok).toBe(false);
  });

  it("passes a safe change with no changeset", async () => {
    await setUp("safe-new-operation", "0.3.0");
    const { ok, report } = await run();
    expect(ok).toBe(true);
    expect(report).toContain("safe       [Added] operation DELETE /widgets/{widgetId}");
  });

  it("reads the highest bump per package from every pending changeset", () => {
    const dir = join(root, "cs");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "a.md"), '---\n"@crm-sdk/a": patch\n"@crm-sdk/b": major\n---\n\ntext\n');
    writeFileSync(join(dir, "b.md"), "---\n'@crm-sdk/a': minor\n---\n\ntext: major\n");
    writeFileSync(join(dir, "README.md"), '---\n"@crm-sdk/c": major\n---\n');
    expect(readPendingChangesets(dir)).toEqual({ "@crm-sdk/a": { bump: "minor", file: "b.md" }, "@crm-sdk/b": { bump: "major", file: "a.md" } });
  });
});

describe("registry baselines", () => {
  it("reads files out of an npm tarball", async () => {
    const { gzipSync } = await import("node:zlib");
    const header = Buffer.alloc(512);
    header.write("package/openapi.json", 0);
    header.write("0000644\0", 100);
    const body = Buffer.from('{"openapi":"3.1.0"}');
    header.write(`${body.length.toString(8).padStart(11, "0")}\0`, 124);
    header.write("0", 156);
    const tar = Buffer.concat([header, body, Buffer.alloc(512 - body.length), Buffer.alloc(1024)]);
    expect(untar(gzipSync(tar))["package/openapi.json"].toString()).toBe('{"openapi":"3.1.0"}');
  });
});
