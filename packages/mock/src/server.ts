import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { MockOptionsError } from "./errors.js";
import { createMock, type Mock } from "./mock.js";
import { DEFAULT_MAX_BODY_BYTES, type MockOptions } from "./options.js";
import type { OpenApiDocument } from "./types.js";
import { loadSpec } from "./vendor-spec.js";

export interface MockServerOptions extends MockOptions {
  /** The bundled OpenAPI document. Give this or `vendor`. */
  spec?: OpenApiDocument;
  /** A vendor id (`"syscap"`) or a path to an `openapi.json`, loaded with {@link loadSpec}. */
  vendor?: string;
  /** Port to listen on. Default `0`: any free port (read it from `port` or `url`). */
  port?: number;
  /** Interface to listen on. Default `"127.0.0.1"`: the mock is never reachable from another machine. */
  host?: string;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>`: the `baseUrl` to give a client. */
  readonly url: string;
  readonly port: number;
  readonly mock: Mock;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
  /** Forgets stored records (stateful mode). */
  reset(): void;
}

/** Reads the body, keeping at most `limit + 1` bytes so that an oversized upload costs no memory. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    req.on("data", function collect(chunk: Buffer) {
      if (kept > limit) return;
      const room = limit + 1 - kept;
      const part = chunk.length > room ? chunk.subarray(0, room) : chunk;
      chunks.push(part);
      kept += part.length;
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
    // A client that hangs up mid-body never sends "end": settle so that nothing waits forever.
    req.on("close", () => {
      if (!req.complete) reject(new Error("the client closed the connection before sending the whole body"));
    });
  });
}

/** Starts a Node HTTP server that answers every request with `mock.handle`. */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const { spec, vendor, port = 0, host = "127.0.0.1", ...mockOptions } = options;
  if (!spec && !vendor) throw new MockOptionsError("startMockServer needs `spec` or `vendor`");
  const mock = createMock(spec ?? loadSpec(vendor as string), mockOptions);
  const limit = mockOptions.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  async function serve(req: IncomingMessage, res: ServerResponse) {
    // A client that hangs up ends the request's injected latency too.
    const hangUp = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) hangUp.abort(new Error("the client closed the connection"));
    });
    try {
      const body = await readBody(req, limit);
      const result = await mock.handle({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body, signal: hangUp.signal });
      if (result.fault === "reset") {
        req.socket.destroy();
        return;
      }
      res.writeHead(result.status, result.headers);
      res.end(result.body);
    } catch (error) {
      if (res.destroyed) return;
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `mock server error: ${error instanceof Error ? error.message : String(error)}` }));
    }
  }

  const server = createServer(function crmSdkMockServer(req, res) {
    void serve(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    mock,
    reset: () => mock.reset(),
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
