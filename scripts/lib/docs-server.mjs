// A static file server for docs/ (node:http only): `pnpm docs:serve` and the browser test use
// it. Serves GET/HEAD of files under the root, `index.html` for a directory, nothing outside it.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".yml": "application/yaml; charset=utf-8",
  ".md": "text/plain; charset=utf-8", // shown, not downloaded
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

function fileFor(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return { file, size: stat.size };
    if (stat.isDirectory()) {
      const index = join(file, "index.html");
      const indexStat = statSync(index);
      if (indexStat.isFile()) return { file: index, size: indexStat.size, redirect: !pathname.endsWith("/") };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Starts serving `root` on `host:port` (port 0 picks a free one). Resolves to the server, its
 * URL (`http://127.0.0.1:8080/`) and `close()`.
 */
export function startDocsServer(root, { host = "127.0.0.1", port = 0 } = {}) {
  const base = normalize(root);
  const server = createServer(function serveDocs(req, res) {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const found = fileFor(base, url.pathname);
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`Not found: ${url.pathname}\n`);
      return;
    }
    if (found.redirect) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(found.file).toLowerCase()] ?? "application/octet-stream",
      "content-length": found.size,
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(found.file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        server,
        url: `http://${host}:${address.port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
