// A HAR from harRecorder() read by another HAR consumer: Chromium (playwright-core's
// `routeFromHAR`) answers the page's requests from the recorded file alone, for a host that does
// not exist. Skipped locally without Chromium, and fails in CI, as browser.test.ts.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { createSyscapClient } from "../../syscap/dist/index.js";
import { harRecorder } from "../src/index.js";
import { tempDir } from "./har-builder.js";
import { CANARY, mockFetch, specs } from "./live.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const skip = !existsSync(CHROMIUM) && !process.env.CI;

describe.skipIf(skip)("a recorded HAR replayed by Chromium", () => {
  it("serves the recorded answers (routeFromHAR), so the file is HAR a browser tool reads", async () => {
    const recorder = harRecorder();
    const baseUrl = "https://syscap.test";
    const syscap = createSyscapClient({ baseUrl, token: CANARY.token, fetch: mockFetch(specs.syscap), recorder });
    const prospect = await syscap.prospects.get("3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13");
    const file = join(tempDir(), "replay.har");
    await recorder.save(file);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const context = await browser.newContext();
      // Only the HAR answers: anything it lacks is aborted, and syscap.test does not resolve anyway.
      await context.routeFromHAR(file, { notFound: "abort" });
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}/prospects/3f1c2a9e-8d4b-4f6a-9c1e-2b7d5e8f0a13`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()["content-type"]).toContain("application/json");
      expect((await response?.json())?.data).toEqual(prospect);
      await expect(page.goto(`${baseUrl}/prospects/not-recorded`)).rejects.toThrow();
    } finally {
      await browser.close();
    }
  });
});
