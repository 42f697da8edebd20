// The built docs/ opened in a real browser (Debian's Chromium, driven by playwright-core): each
// vendor page renders with no network beyond the local server, shows every operation of the
// spec with its TypeScript sample, and every link of the index resolves. Screenshots go to
// artifacts/screenshots/. Without Chromium the suite is skipped locally and fails in CI.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDocsServer } from "../../../scripts/lib/docs-server.mjs";
import { listOperations, vendors } from "../../spec-tools/src/index.js";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const docsDir = join(repoRoot, "docs");
const screenshots = join(repoRoot, "artifacts", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const missing = !existsSync(CHROMIUM);
const skip = missing && !process.env.CI;
if (skip) console.warn(`docs browser test skipped: no Chromium at ${CHROMIUM} (install it with scripts/install-chromium.sh); CI fails instead.`);

/** Requests to anything but the local server (or data:/blob:) are aborted and recorded. */
function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "file:") return true;
  return (protocol === "http:" || protocol === "https:") && (hostname === "127.0.0.1" || hostname === "localhost");
}

interface Tracked {
  blocked: string[];
  failed: string[];
  errors: string[];
}

async function track(page: Page): Promise<Tracked> {
  const t: Tracked = { blocked: [], failed: [], errors: [] };
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    t.blocked.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("requestfailed", (request) => {
    if (isLocal(request.url())) t.failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) t.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on("pageerror", (error) => t.errors.push(error.message));
  return t;
}

/** Clicks the first link with this exact href, visible or not (the router handles the click). */
async function clickLink(page: Page, href: string): Promise<void> {
  await page.evaluate((h) => {
    const link = [...document.querySelectorAll("a[href]")].find((a) => a.getAttribute("href") === h) as HTMLAnchorElement | undefined;
    if (!link) throw new Error(`no link to ${h}`);
    link.click();
  }, href);
}

describe.skipIf(skip)("docs in Chromium", () => {
  let context: BrowserContext;
  let base: string;
  let closeServer: () => Promise<void>;
  let profile: string;
  const open = async (path: string) => {
    const page = await context.newPage();
    const tracked = await track(page);
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    return { page, tracked };
  };

  beforeAll(async () => {
    if (missing) throw new Error(`Chromium is required in CI and ${CHROMIUM} is missing: run scripts/install-chromium.sh`);
    if (!existsSync(join(docsDir, "index.html"))) throw new Error("docs/index.html is missing: run the docs task first");
    const { chromium } = await import("playwright-core");
    const server = await startDocsServer(docsDir, { port: 0 });
    base = server.url;
    closeServer = server.close;
    profile = mkdtempSync(join(tmpdir(), "crm-sdk-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1400, height: 900 },
      reducedMotion: "reduce",
    });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    await closeServer?.();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it.each(vendors)("%s: every operation renders with its summary and TypeScript sample, offline", async (vendor) => {
    const spec = JSON.parse(readFileSync(join(docsDir, vendor, "openapi.json"), "utf8"));
    const samples: Record<string, string> = JSON.parse(readFileSync(join(repoRoot, "packages", vendor, "docs", "code-samples.json"), "utf8"));
    const { page, tracked } = await open(`${vendor}/index.html`);
    await page.waitForSelector("a[href]");

    // Redoc 3 renders one long page, lazily: the sidebar lists each tag (href "/<tag>"), whose
    // entries link to the operations (#/<tag>/<operationid>); following one renders and scrolls
    // to that operation's section (an <h2> with its summary and the code samples beside it).
    const tags = await page.$$eval("a[href]", (links) => links.map((a) => a.getAttribute("href") ?? "").filter((href) => /^\/[^/]+$/.test(href)));
    const routes = new Set<string>();
    const collect = async () => {
      for (const href of await page.$$eval('a[href^="#/"]', (links) => links.map((a) => a.getAttribute("href") ?? ""))) routes.add(href);
    };
    for (const tag of tags) {
      await clickLink(page, tag);
      await page.waitForSelector(`a[href^="#${tag}/"]`, { state: "attached" });
      await collect();
    }

    const operations = listOperations(spec);
    let screenshotTaken = false;
    for (const { operationId, operation } of operations) {
      // Redoc renders a tag's entries lazily: on a loaded machine some appear after the first one.
      const find = () => [...routes].find((href) => href.toLowerCase().endsWith(`/${operationId.toLowerCase()}`));
      if (!find()) {
        await page.waitForSelector(`a[href$="/${operationId.toLowerCase()}" i]`, { state: "attached", timeout: 15_000 }).catch(() => undefined);
        await collect();
      }
      const route = find();
      expect(route, `${vendor}: no link to ${operationId} on the page`).toBeDefined();
      await clickLink(page, route!);
      const summary = String(operation.summary);
      await page.waitForFunction((s) => [...document.querySelectorAll("h1, h2")].some((h) => h.textContent?.includes(s)), summary, {
        timeout: 10_000,
        polling: 50,
      });

      const sample = samples[operationId];
      expect(sample, `${vendor}: no TypeScript sample for ${operationId}`).toBeDefined();
      const callLine = sample!
        .split("\n")
        .find((line) => line.includes("await "))!
        .trim();
      await page.waitForFunction((line) => document.body.textContent?.includes(line), callLine, { timeout: 10_000, polling: 50 });
      // the sample panel's language picker shows the TypeScript sample
      expect(await page.getByRole("button", { name: "TypeScript" }).count(), `${vendor}: no TypeScript tab for ${operationId}`).toBeGreaterThan(0);

      if (!screenshotTaken && (operation.requestBody || operations.length === 1)) {
        await page.screenshot({ path: join(screenshots, `${vendor}.png`) });
        screenshotTaken = true;
      }
    }
    if (!screenshotTaken) await page.screenshot({ path: join(screenshots, `${vendor}.png`) });

    expect(tracked.blocked, `${vendor}: requests to the network`).toEqual([]);
    expect(tracked.failed, `${vendor}: failed requests`).toEqual([]);
    expect(tracked.errors, `${vendor}: page errors`).toEqual([]);
    await page.close();
  });

  it("index: lists every vendor, and every link on it and on the README pages resolves", async () => {
    const { page, tracked } = await open("index.html");
    const rows = await page.$$eval("tr[data-vendor]", (trs) => trs.map((tr) => tr.getAttribute("data-vendor")));
    expect(rows).toEqual(vendors);
    await page.screenshot({ path: join(screenshots, "index.png"), fullPage: true });

    const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(vendors.length * 4);
    const checked = new Set<string>();
    const check = async (href: string) => {
      if (checked.has(href) || !isLocal(href)) return;
      checked.add(href);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    };
    for (const href of hrefs) await check(href);

    for (const vendor of vendors) {
      const readme = `${base}${vendor}/README.html`;
      expect(hrefs).toContain(readme);
      await page.goto(readme, { waitUntil: "load" });
      expect(await page.locator("h1").first().textContent()).toBe(`@crm-sdk/${vendor}`);
      const local = (await page.$$eval("a[href]", (links) => links.map((a) => (a as HTMLAnchorElement).href))).filter(isLocal);
      for (const href of local) await check(href.split("#")[0]!);
    }
    expect(tracked.blocked, "requests to the network").toEqual([]);
    expect(tracked.failed).toEqual([]);
    await page.close();
  });

  const guidePages = readdirSync(join(repoRoot, "packages", "docs-site", "guide")).filter((f) => f.endsWith(".md"));

  it.each(guidePages)("guide %s: opens offline with every code block, and every link resolves", async (file) => {
    const markdown = readFileSync(join(repoRoot, "packages", "docs-site", "guide", file), "utf8");
    const { page, tracked } = await open(`guide/${file.replace(/\.md$/, ".html")}`);
    expect(await page.locator("h1").first().textContent()).toBe(/^# (.+)$/m.exec(markdown)?.[1]?.replace(/`/g, ""));
    // every fenced block of the source is on the page, in order, with its first line
    const lines = markdown.split("\n");
    const fenced: string[] = [];
    for (let i = 0, inside = false; i < lines.length; i++) {
      if (!lines[i]!.startsWith("```")) continue;
      if (!inside) fenced.push(lines[i + 1]!.trim());
      inside = !inside;
    }
    const shown = await page.$$eval("pre code", (blocks) => blocks.map((b) => b.textContent ?? ""));
    expect(shown).toHaveLength(fenced.length);
    for (const [i, first] of fenced.entries()) expect(shown[i], `${file}: code block ${i + 1}`).toContain(first);
    for (const href of (await page.$$eval("a[href]", (links) => links.map((a) => (a as HTMLAnchorElement).href))).filter(isLocal)) {
      expect((await page.request.get(href.split("#")[0]!)).status(), `${file}: ${href}`).toBe(200);
    }
    if (file === "index.md" || file === "results.md")
      await page.screenshot({ path: join(screenshots, `guide-${file.replace(/\.md$/, "")}.png`), fullPage: true });
    expect(tracked.blocked, `${file}: requests to the network`).toEqual([]);
    expect(tracked.failed, `${file}: failed requests`).toEqual([]);
    expect(tracked.errors, `${file}: page errors`).toEqual([]);
    await page.close();
  });

  it("the index and every vendor page link to the guide", async () => {
    const { page } = await open("index.html");
    expect(await page.$$eval('a[href="guide/index.html"]', (links) => links.length)).toBeGreaterThan(0);
    await page.close();
    for (const vendor of vendors) {
      const html = readFileSync(join(docsDir, vendor, "index.html"), "utf8");
      expect(html, `${vendor} page has no link to the guide`).toContain("../guide/index.html");
    }
  });
});
