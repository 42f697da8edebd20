// A HAR exported by a real browser: Debian's Chromium (driven by playwright-core) calls the
// Syscap mock server (@crm-sdk/mock) with a bearer token, GETs by navigation and a POST by
// fetch from the mock's own origin, and records the HAR itself (`recordHar`). The CLI must find
// nothing in that clean traffic, and must not print the Authorization header the HAR holds.
// Without Chromium the suite is skipped locally (install it with scripts/install-chromium.sh)
// and fails in CI, as the docs browser test does.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type MockServer, startMockServer } from "@crm-sdk/mock";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./har-builder.js";
import { runBin, vendorSpec } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TOKEN = "browser-har-secret-token";

const skip = !existsSync(CHROMIUM) && !process.env.CI;
if (skip) console.warn(`drift browser test skipped: no Chromium at ${CHROMIUM} (install it with scripts/install-chromium.sh); CI fails instead.`);

describe.skipIf(skip)("a HAR recorded by Chromium against the mock server", () => {
  let server: MockServer;
  let browser: Browser;
  let harPath: string;
  let wrongPath: string;

  beforeAll(async () => {
    server = await startMockServer({ spec: vendorSpec("syscap") });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    harPath = join(tempDir(), "chromium.har");
    const context = await browser.newContext({ recordHar: { path: harPath }, extraHTTPHeaders: { authorization: `Bearer ${TOKEN}` } });
    const page = await context.newPage();
    for (const path of [
      "/prospects?page=1&per=10",
      "/prospects/3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13",
      "/prospects/3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13/prospections",
    ]) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
    }
    const created = await page.evaluate(async () => {
      const response = await fetch("/prospects", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ prospect: { name: "Ana", lastname: "Ruiz", email: "ana@example.com" } }),
      });
      // read, so that the body is in the HAR (Chromium records a response body once it is read)
      return { status: response.status, id: (await response.json()).data.id };
    });
    expect(created.status).toBe(201);
    await context.close(); // writes the HAR

    // A second session with what the spec does not allow: a query value of the wrong type (the
    // mock answers its documented 400) and a path the spec does not have (the mock's 404).
    wrongPath = join(tempDir(), "chromium-wrong.har");
    const wrong = await browser.newContext({ recordHar: { path: wrongPath }, extraHTTPHeaders: { authorization: `Bearer ${TOKEN}` } });
    const wrongPage = await wrong.newPage();
    expect((await wrongPage.goto(`${server.url}/prospects?per=ten`))?.status()).toBe(400);
    expect((await wrongPage.goto(`${server.url}/reports/monthly`))?.status()).toBe(404);
    await wrong.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("records the calls, Authorization header included", () => {
    const har = JSON.parse(readFileSync(harPath, "utf8"));
    const calls = har.log.entries.map((e: { request: { method: string; url: string } }) => `${e.request.method} ${new URL(e.request.url).pathname}`);
    expect(calls).toEqual([
      "GET /prospects",
      "GET /prospects/3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13",
      "GET /prospects/3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13/prospections",
      "POST /prospects",
    ]);
    expect(readFileSync(harPath, "utf8")).toContain(`Bearer ${TOKEN}`);
  });

  it("finds no drift in that traffic, and never prints the Authorization header", () => {
    const human = runBin(["syscap", harPath]);
    expect(human.stdout).toContain("4 entries from 1 HAR file; 4 matched 4 operations, 0 matched none");
    expect(human.stdout).toContain("no drift: the traffic agrees with the spec");
    expect(human.stdout).not.toContain("no recorded body"); // every body was checked
    expect(human.code).toBe(0);
    const json = runBin(["syscap", harPath, "--json", "--values"]);
    expect(JSON.parse(json.stdout)).toEqual({ findings: [] });
    expect(json.code).toBe(0);
    for (const output of [human, json]) expect(output.stdout + output.stderr).not.toContain(TOKEN);
  });

  it("finds what the browser sent that the spec does not allow", () => {
    const result = runBin(["syscap", wrongPath, "--json"]);
    expect(result.code).toBe(1);
    expect(
      JSON.parse(result.stdout).findings.map((f: { operationId: string; kind: string; pointer: string; status: number }) => [
        f.operationId,
        f.status,
        f.kind,
        f.pointer,
      ]),
    ).toEqual([
      // The mock's own rejection adds `violations` (its list of what was wrong, see
      // packages/mock/README.md "Error shapes"): Syscap's open Error schema allows it but does
      // not declare it, and the report says so, as it would of a vendor.
      ["listProspects", 400, "undeclared-property", "/violations"],
      ["listProspects", 400, "invalid-request", "/query/per"],
      [null, 404, "unknown-operation", ""],
    ]);
    expect(result.stdout).not.toContain(TOKEN);
  });
});
