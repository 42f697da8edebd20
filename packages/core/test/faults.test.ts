import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  type ApiError,
  ConnectionError,
  createClient,
  InternalServerError,
  InvalidResponseError,
  type LogFields,
  RateLimitError,
  TimeoutError,
} from "../src/index.js";

/**
 * A real loopback HTTP server (127.0.0.1, random port) that misbehaves on purpose, one path per
 * fault, counting the attempts it sees. Every fault ends by itself: hangs are cut by the
 * client's timeout and the server closes all sockets in afterAll.
 */
const CANARY = "tok-CANARY-FAULTS-31337";
const attempts = new Map<string, number>();
const bodies: string[] = [];
let server: Server;
let baseUrl: string;

const faults: Record<string, (req: IncomingMessage, res: ServerResponse, n: number) => void> = {
  "/rate-limited": (_req, res, n) => {
    if (n === 1) res.writeHead(429, { "retry-after": "1", "content-type": "application/json" }).end('{"message":"slow down"}');
    else res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  },
  "/unavailable-then-ok": (_req, res, n) => {
    if (n === 1) res.writeHead(503, { "content-type": "application/json" }).end('{"message":"maintenance"}');
    else res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  },
  "/reset": (req) => req.socket.destroy(),
  "/hang": () => {},
  "/slow-body": (_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-length": "40" });
    res.write('{"items": [1, 2');
  },
  "/html-502": (_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"),
  "/truncated": (_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"items": [1, 2'),
  "/create-unavailable": (_req, res) => res.writeHead(503, { "content-type": "application/json" }).end('{"message":"try later"}'),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const n = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, n);
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      if (body) bodies.push(body);
      const fault = faults[path];
      if (fault) fault(req, res, n);
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  attempts.clear();
  bodies.length = 0;
});

const logLines: string[] = [];
const logger = {
  debug: (m: string, f: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
  info: (m: string, f: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
  warn: (m: string, f: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
};

type AnyPaths = any;
function client(options: { timeoutMs?: number; maxRetries?: number } = {}) {
  const { raw, call } = createClient<AnyPaths>({ baseUrl, token: CANARY, logger, retry: { delayMs: () => 10 }, ...options });
  return {
    get: (path: string) => call((init) => raw.GET(path, init)),
    post: (path: string, body: unknown) => call((init) => raw.POST(path, { body, ...init })),
  };
}

/** Runs a call expected to fail and checks that no secret leaks through the error or the logs. */
async function failure(call: Promise<unknown>): Promise<unknown> {
  const error = await call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  for (const text of [String(error), JSON.stringify(error), (error as Error).stack ?? "", logLines.join("\n")]) {
    expect(text).not.toContain(CANARY);
  }
  return error;
}

describe("fault suite against a loopback server", () => {
  it("429 with Retry-After: waits the asked second, then succeeds on the second attempt", async () => {
    const started = Date.now();
    await expect(client().get("/rate-limited")).resolves.toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(attempts.get("/rate-limited")).toBe(2);
  });

  it("429 with retries off: RateLimitError with retryAfter, one attempt", async () => {
    const error = (await failure(client({ maxRetries: 0 }).get("/rate-limited"))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(1000);
    expect(attempts.get("/rate-limited")).toBe(1);
  });

  it("503 then 200: succeeds after one retry", async () => {
    await expect(client().get("/unavailable-then-ok")).resolves.toEqual({ ok: true });
    expect(attempts.get("/unavailable-then-ok")).toBe(2);
  });

  it("connection reset: ConnectionError after 1 + maxRetries attempts", async () => {
    const error = await failure(client({ maxRetries: 2 }).get("/reset"));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(attempts.get("/reset")).toBe(3);
  });

  it("a hang past the timeout: TimeoutError, each attempt with a fresh timer", async () => {
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 150, maxRetries: 1 }).get("/hang"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(attempts.get("/hang")).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it("a body that stops mid-way: TimeoutError while reading, not a SyntaxError", async () => {
    const error = await failure(client({ timeoutMs: 200, maxRetries: 0 }).get("/slow-body"));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(attempts.get("/slow-body")).toBe(1);
  });

  it("an HTML 502 page from a proxy: InternalServerError keeping the page, retried then thrown", async () => {
    const error = (await failure(client({ maxRetries: 1 }).get("/html-502"))) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBeUndefined();
    expect(error.rawBody).toContain("502 Bad Gateway");
    expect(attempts.get("/html-502")).toBe(2);
  });

  it("truncated JSON on a 200: InvalidResponseError with the raw text", async () => {
    const error = (await failure(client().get("/truncated"))) as ApiError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.rawBody).toBe('{"items": [1, 2');
  });

  it("a create (POST) that meets a 503 is sent once, never twice", async () => {
    const error = await failure(client().post("/create-unavailable", { name: "Ada" }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(attempts.get("/create-unavailable")).toBe(1);
    expect(bodies).toEqual(['{"name":"Ada"}']);
  });
});
