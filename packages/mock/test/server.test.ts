import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../src/cli-main.js";
import { loadSpec, type MockServer, SpecNotFoundError, startMockServer } from "../src/index.js";
import { AUTH, errorSchemaRef, findOp, vendor } from "./helpers.js";

/** A raw request, so that the path reaches the server exactly as written (fetch would normalise `/../`). */
function rawRequest(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { method: options.method ?? "GET", headers: options.headers, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("node server", () => {
  const v = vendor("syscap");
  let server: MockServer;

  beforeAll(async () => {
    server = await startMockServer({ spec: v.spec, port: 0, stateful: true });
  });
  afterAll(async () => {
    await server.close();
  });

  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it("answers through the core: stateful create and list, reset()", async () => {
    const created = await fetch(`${server.url}/prospects`, {
      method: "POST",
      headers: AUTH,
      body: JSON.stringify({ prospect: { name: "Ana", lastname: "López" } }),
    });
    expect(created.status).toBe(201);
    const list = await (await fetch(`${server.url}/prospects?page=1&per=10`, { headers: AUTH })).json();
    expect(list.meta.count).toBe(1);
    server.reset();
    expect((await (await fetch(`${server.url}/prospects`, { headers: AUTH })).json()).meta.count).toBe(0);
  });

  it.each(["/%zz", "/../../etc/passwd", "//evil.example/prospects", "/prospects/../../etc"])("answers 404 for the raw path %s", async (path) => {
    const res = await rawRequest(server.url, path, { headers: AUTH });
    expect(res.status).toBe(404);
    expect(v.validator.validate(errorSchemaRef(findOp(v, "GET", "/prospects"), 404), JSON.parse(res.body)).valid).toBe(true);
  });

  it("answers malformed JSON with 400 and a 2 MiB body with 413", async () => {
    const malformed = await fetch(`${server.url}/prospects`, { method: "POST", headers: AUTH, body: "{not json" });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).violations).toEqual([expect.objectContaining({ in: "body", pointer: "" })]);
    const huge = await rawRequest(server.url, "/prospects", { method: "POST", headers: AUTH, body: "x".repeat(2 * 1_048_576) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).violations[0]).toMatchObject({ in: "body", pointer: "" });
  });

  it("Prefer: fault=reset destroys the socket", async () => {
    await expect(fetch(`${server.url}/prospects`, { headers: { ...AUTH, prefer: "fault=reset" } })).rejects.toThrow(TypeError);
    // the server keeps serving
    expect((await fetch(`${server.url}/prospects`, { headers: AUTH })).status).toBe(200);
  });

  it("Prefer: latency=<ms> delays the answer", async () => {
    const started = performance.now();
    const res = await fetch(`${server.url}/prospects`, { headers: { ...AUTH, prefer: "latency=100" } });
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it("answers 401 without a token and 405 with Allow", async () => {
    const unauthorized = await fetch(`${server.url}/prospects`);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("www-authenticate")).toBe("Bearer");
    const notAllowed = await fetch(`${server.url}/prospects`, { method: "PATCH", headers: AUTH });
    expect(notAllowed.status).toBe(405);
    expect(notAllowed.headers.get("allow")).toBe("GET, POST");
  });
});

describe("loading a spec by vendor id or path", () => {
  it("finds every vendor's bundled spec in the workspace", () => {
    for (const id of ["algebraix", "syscap", "leancore", "envia", "centia"] as const) expect(loadSpec(id).info.title).toBe(vendor(id).spec.info.title);
  });

  it("throws SpecNotFoundError listing where it looked", () => {
    expect(() => loadSpec("nobody")).toThrow(SpecNotFoundError);
    expect(() => loadSpec("./missing/openapi.json")).toThrow(/missing/);
    expect(() => loadSpec("../../etc")).toThrow(SpecNotFoundError);
  });

  it("startMockServer({ vendor }) serves Centia under its base path", async () => {
    const server = await startMockServer({ vendor: "centia" });
    try {
      const res = await fetch(`${server.url}/api/v1/auth`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ method: "Login", parameters: { email: "a@b.mx", password: "p" } }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).success).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe("command line", () => {
  const io = () => {
    const out = { stdout: "", stderr: "" };
    return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
  };

  it("starts a server for a vendor id and prints its URL", async () => {
    const { out, io: streams } = io();
    const outcome = await runCli(["envia", "--port", "0", "--stateful"], streams);
    if (!outcome.server) throw new Error(out.stderr);
    try {
      expect(out.stdout).toMatch(/Envia CRM API listening on http:\/\/127\.0\.0\.1:\d+/);
      const res = await fetch(`${outcome.server.url}/clients/9`, { headers: AUTH });
      expect(res.status).toBe(200);
    } finally {
      await outcome.server.close();
    }
  });

  it("accepts a path to an openapi.json and serves that spec", async () => {
    const { out, io: streams } = io();
    const outcome = await runCli([new URL("../../leancore/openapi.json", import.meta.url).pathname, "--port", "0"], streams);
    if (!outcome.server) throw new Error(out.stderr);
    try {
      expect(out.stdout).toMatch(/LeanCore.* listening on http:\/\/127\.0\.0\.1:\d+/);
      const res = await fetch(`${outcome.server.url}/lead?ecosystem=fd3705e1-3149-4c41-bfe7-cf0bee79cfad`, { headers: AUTH });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(vendor("leancore").spec.paths["/lead"].get.responses["200"].content["application/json"].example);
      expect((await fetch(`${outcome.server.url}/lead`, { headers: AUTH })).status).toBe(400); // leancore's required `ecosystem`
    } finally {
      await outcome.server.close();
    }
  });

  it("exits 2 with the usage on bad arguments, 1 on an unknown vendor, 0 on --help", async () => {
    const bad = io();
    expect(await runCli(["syscap", "--port", "http"], bad.io)).toEqual({ code: 2 });
    expect(bad.out.stderr).toMatch(/Usage: crm-sdk-mock/);
    expect((await runCli([], io().io)).code).toBe(2);
    expect((await runCli(["syscap", "--nope"], io().io)).code).toBe(2);
    const unknown = io();
    expect((await runCli(["nobody", "--port", "0"], unknown.io)).code).toBe(1);
    expect(unknown.out.stderr).toMatch(/cannot find the OpenAPI spec for "nobody"/);
    expect((await runCli(["--help"], io().io)).code).toBe(0);
  });
});

describe("a client that hangs up mid-body", () => {
  it("does not take the server down", async () => {
    const server = await startMockServer({ vendor: "syscap" });
    try {
      await new Promise<void>((resolve) => {
        const req = httpRequest(`${server.url}/prospects`, { method: "POST", headers: { ...AUTH, "content-length": "1000" } });
        req.on("error", () => resolve());
        req.write('{"prospect":', () => {
          req.destroy();
          resolve();
        });
      });
      expect((await fetch(`${server.url}/prospects`, { headers: AUTH })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
