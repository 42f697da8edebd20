import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readBundledSpec } from "@crm-sdk/spec-tools";
import { afterAll, beforeAll, expect, it } from "vitest";
import { recordingFetch } from "../src/index.js";

// A server that never answers a GET (only the caller's signal can end the call) and echoes a POST's body.
let server: Server;
let url: string;
const closed: Promise<void>[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === "POST") {
      req.pipe(res);
      return;
    }
    closed.push(new Promise((resolve) => req.socket.once("close", () => resolve())));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

it("passes the client's init on, so its deadline ends a call the server never answers", async () => {
  const recorder = recordingFetch(readBundledSpec("leancore"));
  const controller = new AbortController();
  // As core's client calls it: a Request, and the attempt's signal in init.
  const call = recorder.fetch(new Request(`${url}/lead?ecosystem=fd3705e1-3149-4c41-bfe7-cf0bee79cfad`), { signal: controller.signal });
  await expect.poll(() => closed.length).toBe(1); // the request reached the server
  controller.abort(new DOMException("deadline", "TimeoutError"));
  await expect(call).rejects.toMatchObject({ name: "TimeoutError" });
  await closed[0]; // and the connection to the server was dropped
  expect([...recorder.exercised]).toEqual(["listLeads"]);
});

it("records a POST's operation and still sends its body", async () => {
  const recorder = recordingFetch(readBundledSpec("centia"));
  const body = JSON.stringify({ method: "Login", parameters: {} });
  const request = new Request(`${url}/auth`, { method: "POST", body, headers: { "content-type": "application/json" } });
  const response = await recorder.fetch(request, { signal: new AbortController().signal });
  expect(await response.text()).toBe(body);
  expect([...recorder.exercised]).toEqual(["callAuth"]);
});
