import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createCentiaClient } from "../src/index.js";

/**
 * A loopback Centia whose token expires while 100 calls are in flight: each call's 401 arrives at
 * its own moment, spread over one second. The server counts the logins it sees.
 */
let server: Server;
let baseUrl: string;
let logins = 0;
let valid = "";
let issued = 0;
let spread: ((i: number) => number) | undefined;
let arrivals = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      const body = JSON.parse(raw) as { method: string };
      const send = (status: number, payload: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
      if (req.url === "/auth") {
        logins++;
        valid = `token-${++issued}`;
        return send(200, { success: true, response: { token: valid, user: { name: "Ana" } } });
      }
      const answer = () =>
        req.headers.authorization === `Bearer ${valid}`
          ? send(200, { success: true, response: { method: body.method } })
          : send(401, { success: false, error: "Unauthenticated." });
      const delay = spread?.(arrivals++) ?? 0;
      setTimeout(answer, delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it("100 calls whose 401s arrive spread over one second cause exactly one new login, and all succeed", async () => {
  const centia = createCentiaClient({ baseUrl, email: "ana@example.com", password: "pw", maxRetries: 0 });
  await centia.call("Profiles.GetCountries"); // logged in once
  expect(logins).toBe(1);
  valid = "expired-by-the-server"; // every token the client holds is now refused
  arrivals = 0;
  spread = (i) => (i < 100 ? i * 10 : 0); // the first 100 answers (all 401s) come 10 ms apart
  const results = await Promise.all(Array.from({ length: 100 }, () => centia.call("Profiles.GetCountries")));
  expect(results).toHaveLength(100);
  expect(results.every((r) => (r as unknown as { method: string }).method === "GetCountries")).toBe(true);
  expect(logins).toBe(2); // the first login, and exactly one after the expiry
});
