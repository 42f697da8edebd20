import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuthenticationError, createCentiaClient, InvalidOptionsError, type LogFields, LoginError, RpcError, UnknownMethodError } from "../src/index.js";

/**
 * A loopback Centia: `/auth` logs in `ana@example.com` / PASSWORD and hands out numbered tokens;
 * other modules accept only the newest token. `expire()` makes the current token stale, answered
 * either with HTTP 401 or with Centia's `success: false` on HTTP 200.
 */
const PASSWORD = "pw-CANARY-centia-2468";
const seen: { path: string; auth?: string; body: { method: string; parameters?: Record<string, unknown> } }[] = [];
let issued = 0;
let valid = "";
let staleAs: "401" | "200" = "401";
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      const body = JSON.parse(raw);
      const path = req.url ?? "";
      seen.push({ path, auth: req.headers.authorization, body });
      const send = (status: number, payload: unknown) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
      if (path === "/auth") {
        if (body.parameters?.email === "ana@example.com" && body.parameters?.password === PASSWORD) {
          valid = `token-${++issued}`;
          return send(200, { success: true, response: { token: valid, user: { name: "Ana" } } });
        }
        return send(200, { success: false, error: "Invalid credentials" });
      }
      if (req.headers.authorization !== `Bearer ${valid}`) {
        return staleAs === "401" ? send(401, { success: false, error: "Unauthenticated." }) : send(200, { success: false, error: "Token expired" });
      }
      if (body.method === "GetCompanies") {
        const page = Number(body.parameters?.page ?? 1);
        return send(200, {
          success: true,
          response: { total: 5, current_page: page, last_page: 3, companies: page < 3 ? [{ id: page * 2 - 1 }, { id: page * 2 }] : [{ id: 5 }] },
        });
      }
      if (body.method === "CreateTicket") return send(200, { success: false, error: "The subject field is required." });
      return send(200, { success: true, response: { method: body.method, path } });
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
  seen.length = 0;
  staleAs = "401";
});

const logLines: string[] = [];
const logger = {
  debug: (m: string, f: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
  info: (m: string, f: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
  warn: (m: string, f: LogFields) => logLines.push(`${m} ${JSON.stringify(f)}`),
};
const centia = () => createCentiaClient({ baseUrl, email: "ana@example.com", password: PASSWORD, logger, retry: { delayMs: () => 0 } });

describe("createCentiaClient", () => {
  it("logs in through Auth.Login on first use, then sends the token as a bearer header", async () => {
    const client = centia();
    expect(seen).toHaveLength(0); // nothing is sent before the first call
    const result = await client.call("Profiles.GetStages", { profile_id: 1 });
    expect(result).toEqual({ method: "GetStages", path: "/profiles" });
    expect(seen.map((s) => s.path)).toEqual(["/auth", "/profiles"]);
    expect(seen[0]?.auth).toBeUndefined();
    expect(seen[0]?.body).toEqual({ method: "Login", parameters: { email: "ana@example.com", password: PASSWORD } });
    expect(seen[1]?.auth).toBe(`Bearer ${valid}`);
    expect(seen[1]?.body).toEqual({ method: "GetStages", parameters: { profile_id: 1 } });
  });

  it("caches the token: one login for many calls, even concurrent ones", async () => {
    const client = centia();
    await Promise.all([
      client.companies.getTypes({ profile_id: 1 }),
      client.contacts.getOrigins({ profile_id: 1 }),
      client.tickets.getCases({ profile_id: 1 }),
    ]);
    await client.profiles.getCountries();
    expect(seen.filter((s) => s.path === "/auth")).toHaveLength(1);
  });

  it("routes qualified names to their module", async () => {
    const client = centia();
    await expect(client.call("Contacts.GetInputs", { profile_id: 1 })).resolves.toEqual({ method: "GetInputs", path: "/contacts" });
    await expect(client.call("Opportunities.GetInputs", { profile_id: 1 })).resolves.toEqual({ method: "GetInputs", path: "/opportunities" });
    await expect(client.call("Profiles.GetCountries")).resolves.toEqual({ method: "GetCountries", path: "/profiles" });
  });

  it("refuses a name without its module or an unknown method before sending anything", async () => {
    const client = centia();
    // @ts-expect-error methods are named with their module
    const bare = await client.call("GetCountries").catch((e: unknown) => e);
    expect(bare).toBeInstanceOf(UnknownMethodError);
    expect(String(bare)).toContain("Companies.GetCompanies");
    // @ts-expect-error not a Centia method
    await expect(client.call("Companies.DropDatabase", {})).rejects.toBeInstanceOf(UnknownMethodError);
    expect(seen).toHaveLength(0);
  });

  it("success: false on HTTP 200 throws RpcError with the vendor's error text", async () => {
    const error = (await centia()
      .tickets.create({} as never)
      .catch((e: unknown) => e)) as RpcError;
    expect(error).toBeInstanceOf(RpcError);
    expect(error.status).toBe(200);
    expect(error.error).toBe("The subject field is required.");
    expect(error.rpcMethod).toBe("Tickets.CreateTicket");
    expect(error.body).toEqual({ success: false, error: "The subject field is required." });
    expect(seen.filter((s) => s.path === "/tickets")).toHaveLength(1); // a create is not retried
  });

  it.each(["401", "200"] as const)("an expired token (answered with HTTP %s) triggers exactly one new login and the call succeeds", async (how) => {
    const client = centia();
    await client.profiles.getCountries();
    staleAs = how;
    valid = "rotated-by-server";
    const before = seen.filter((s) => s.path === "/auth").length;
    await expect(client.companies.getTypes({ profile_id: 1 })).resolves.toEqual({ method: "GetTypes", path: "/companies" });
    expect(seen.filter((s) => s.path === "/auth").length - before).toBe(1);
  });

  it("a token-only client cannot log in again: the authentication failure is thrown", async () => {
    const client = createCentiaClient({ baseUrl, token: "someone-elses-token", maxRetries: 0 });
    await expect(client.profiles.getCountries()).rejects.toBeInstanceOf(AuthenticationError);
    expect(seen.filter((s) => s.path === "/auth")).toHaveLength(0);
  });

  it("wrong credentials give LoginError, without the password in the error or the logs", async () => {
    const client = createCentiaClient({ baseUrl, email: "ana@example.com", password: "wrong-CANARY-pass", logger });
    const error = await client.profiles.getCountries().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect(String(error)).toContain("Invalid credentials");
    for (const text of [String(error), JSON.stringify(error), logLines.join("\n")]) {
      expect(text).not.toContain("wrong-CANARY-pass");
      expect(text).not.toContain(PASSWORD);
    }
  });

  it("companies.listAll walks pages until last_page", async () => {
    const ids: unknown[] = [];
    for await (const company of centia().companies.listAll({ profile_id: 1 })) ids.push((company as { id: number }).id);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(seen.filter((s) => s.body.method === "GetCompanies").map((s) => s.body.parameters?.page)).toEqual([1, 2, 3]);
  });

  it("a token-only client's login() refuses at once, sending nothing", async () => {
    const client = createCentiaClient({ baseUrl, token: "someone-elses-token" });
    await expect(client.login()).rejects.toBeInstanceOf(LoginError);
    expect(seen).toHaveLength(0);
  });

  it("no credentials at all is an InvalidOptionsError at creation", () => {
    expect(() => createCentiaClient({ baseUrl } as never)).toThrow(InvalidOptionsError);
  });

  it("call('Auth.Login') goes out without a token and without logging in first", async () => {
    const client = centia();
    const result = await client.call("Auth.Login", { email: "ana@example.com", password: PASSWORD });
    expect(result.token).toMatch(/^token-/);
    expect(seen.map((s) => [s.path, s.auth])).toEqual([["/auth", undefined]]);
  });
});

describe("logging in when Centia refuses with an HTTP status", () => {
  it("a 401 or 400 from Auth.Login is a LoginError, without the password", async () => {
    for (const status of [400, 401]) {
      const fetch = async () => Response.json({ success: false, error: "bad credentials" }, { status });
      const client = createCentiaClient({ baseUrl: "https://centia.test", email: "ana@example.com", password: "pw-CANARY-9", fetch, maxRetries: 0 });
      const error = await client.call("Profiles.GetCountries").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LoginError);
      expect(String(error)).not.toContain("pw-CANARY-9");
    }
  });
});
