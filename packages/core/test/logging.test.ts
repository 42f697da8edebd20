import { describe, expect, it } from "vitest";
import { AuthenticationError, ConnectionError, type LogFields, type Logger } from "../src/index.js";
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
    const refused = await client.raw.GET("/things", { params: { query: { page: 2, password: "pw-CANARY-42" } as never } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
    const all = lines.join("\n");
    expect(lines.map((l) => l.split(" {")[0])).toEqual([
      "debug crm-sdk: request",
      "warn crm-sdk: error response",
      "warn crm-sdk: retrying",
      "debug crm-sdk: request",
      "info crm-sdk: response",
      "debug crm-sdk: request",
      "warn crm-sdk: error response",
    ]);
    expect(JSON.parse(lines[2]!.slice(lines[2]!.indexOf("{")))).toMatchObject({
      method: "GET",
      url: "https://api.test/things/1",
      attempt: 1,
      status: 503,
      retryInMs: 0,
    });
    const success = JSON.parse(lines[4]!.slice(lines[4]!.indexOf("{")));
    expect(success).toMatchObject({ attempt: 2, status: 200 });
    expect(success.durationMs).toBeGreaterThanOrEqual(0);
    expect(success.durationMs).toBeLessThan(60_000);
    expect(lines[6]).toContain("password=%5Bredacted%5D");
    expect(all).not.toContain(CANARY);
    expect(all).not.toContain("pw-CANARY-42");
    expect(all.toLowerCase()).not.toContain("authorization");
    expect(all.toLowerCase()).not.toContain("bearer");
  });

  it("logs a connection failure by the error's name only", async () => {
    const { logger, lines } = memoryLogger();
    const { fetch } = scriptedFetch([Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } })]);
    await expect(testClient(fetch, { logger, maxRetries: 0 }).get("1")).rejects.toBeInstanceOf(ConnectionError);
    expect(lines.at(-1)).toMatch(/^warn crm-sdk: request failed .*"error":"ConnectionError"/);
  });

  it("logger: true logs to the console", async () => {
    const seen: unknown[][] = [];
    const original = console.info;
    console.info = (...args: unknown[]) => void seen.push(args);
    try {
      const { fetch } = scriptedFetch([json({ id: "1" })]);
      await testClient(fetch, { logger: true }).get("1");
    } finally {
      console.info = original;
    }
    expect(seen[0]?.[0]).toBe("crm-sdk: response");
  });
});
