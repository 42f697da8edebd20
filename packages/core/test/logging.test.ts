import { describe, expect, it } from "vitest";
import type { LogFields, Logger } from "../src/index.js";
import { json, scriptedFetch, testClient } from "./helpers.js";

const CANARY = "tok-CANARY-123456";

function memoryLogger() {
  const lines: string[] = [];
  const log = (level: string) => (message: string, fields: LogFields) => lines.push(`${level} ${message} ${JSON.stringify(fields)}`);
  const logger: Logger = { debug: log("debug"), info: log("info"), warn: log("warn") };
  return { logger, lines };
}

describe("logging", () => {
  it("is off by default", async () => {
    const { fetch } = scriptedFetch([json({ id: "1" })]);
    const seen: unknown[] = [];
    const original = { debug: console.debug, info: console.info, warn: console.warn };
    Object.assign(console, { debug: (...a: unknown[]) => seen.push(a), info: (...a: unknown[]) => seen.push(a), warn: (...a: unknown[]) => seen.push(a) });
    try {
      await testClient(fetch).get("1");
    } finally {
      Object.assign(console, original);
    }
    expect(seen).toEqual([]);
  });

  it("logs each call and each retry, and never the token, the Authorization header or a secret query value", async () => {
    const { logger, lines } = memoryLogger();
    const { fetch } = scriptedFetch([json({}, 503), json({ id: "1" }), json({ message: `bad token ${CANARY}` }, 401)]);
    const client = testClient(fetch, { token: CANARY, logger });
    await client.get("1");
    await client.raw.GET("/things", { params: { query: { page: 2, password: "pw-CANARY-42" } as never } }).catch(() => {});
    const all = lines.join("\n");
    expect(lines.some((l) => l.startsWith("warn crm-sdk: retrying"))).toBe(true);
    expect(lines.some((l) => l.includes('"status":200'))).toBe(true);
    expect(all).not.toContain(CANARY);
    expect(all).not.toContain("pw-CANARY-42");
    expect(all.toLowerCase()).not.toContain("authorization");
    expect(all.toLowerCase()).not.toContain("bearer");
  });
});
