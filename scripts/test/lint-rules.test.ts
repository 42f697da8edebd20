import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "@crm-sdk/spec-tools";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The house rules of redocly.yaml, proven: a small spec that satisfies them all lints clean, and
 * each variant that breaks one rule fails the lint naming that rule.
 */
const dir = mkdtempSync(join(tmpdir(), "crm-sdk-lint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const good = () => ({
  openapi: "3.1.0",
  info: { title: "T", version: "1.0.0", description: "d", license: { name: "MIT", identifier: "MIT" } },
  servers: [{ url: "https://api.things.test" }],
  security: [{ bearerAuth: [] }],
  tags: [
    { name: "Things", description: "t" },
    { name: "Other", description: "o" },
  ],
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        summary: "List things",
        description: "d",
        tags: ["Things"],
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" }, example: { id: "a" } } } },
          "400": { description: "bad", content: { "application/json": { schema: { type: "object" }, example: {} } } },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } },
    schemas: {
      Thing: {
        type: "object",
        // Author notes live in `x-assumptions` (and may name the extension in a description).
        description: "A thing. What the docs leave open is in the `x-assumptions` extension.",
        "x-assumptions": ["Assumption: a guess from a placeholder the captured docs print."],
        required: ["id"],
        properties: { id: { type: "string" } },
      } as Record<string, unknown>,
    },
  },
});
type Spec = ReturnType<typeof good>;
const op = (s: Spec) => s.paths["/things"].get as any;

async function lint(spec: unknown, name: string) {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(spec));
  try {
    const { stdout, stderr } = await promisify(execFile)(
      join(repoRoot, "node_modules/.bin/redocly"),
      ["lint", file, "--config", join(repoRoot, "redocly.yaml"), "--format", "stylish"],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout: string; stderr: string };
    return { ok: false, output: e.stdout + e.stderr };
  }
}

const cases: [string, string, (s: Spec) => void][] = [
  ["an operation without operationId", "operation-operationId", (s) => delete op(s).operationId],
  ["a snake_case operationId", "operation-id-camel-case", (s) => (op(s).operationId = "list_things")],
  ["an operation without summary", "operation-summary", (s) => delete op(s).summary],
  ["an operation with two tags", "operation-exactly-one-tag", (s) => (op(s).tags = ["Things", "Other"])],
  ["an operation without a 4xx response", "operation-4xx-response", (s) => delete op(s).responses["400"]],
  ["a media type without an example", "media-type-has-example", (s) => delete op(s).responses["400"].content["application/json"].example],
  ["an example that does not validate", "no-invalid-media-type-examples", (s) => (op(s).responses["200"].content["application/json"].example = { id: 42 })],
  ["an unused component", "no-unused-components", (s) => ((s.components.schemas as Record<string, unknown>).Unused = { type: "string" })],
  ["an assumption in a schema description", "description-speaks-to-users", (s) => (s.components.schemas.Thing.description = "Assumption: an integer.")],
  ["a guess in a server description", "description-speaks-to-users", (s) => ((s.servers[0] as any).description = "Guess: the docs give no server URL.")],
  ["a placeholder in an operation description", "description-speaks-to-users", (s) => (op(s).description = "Uses a placeholder host.")],
  [
    "a note on the captured docs in an example summary",
    "description-speaks-to-users",
    (s) => {
      const media = op(s).responses["400"].content["application/json"];
      delete media.example;
      media.examples = { bad: { summary: "illustrative, the captured docs lost the body", value: {} } };
    },
  ],
];

describe("redocly.yaml house rules", () => {
  it("a spec that follows every rule lints clean", async () => {
    const result = await lint(good(), "good");
    expect(result.output).toContain("valid");
    expect(result.ok).toBe(true);
  }, 30_000);

  it.each(cases)(
    "%s fails the lint (%s)",
    async (_label, rule, breakIt) => {
      const spec = good();
      breakIt(spec);
      const result = await lint(spec, rule);
      expect(result.ok).toBe(false);
      expect(result.output).toContain(rule);
    },
    30_000,
  );
});
