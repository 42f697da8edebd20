// Centia's re-login under load: 100 calls in flight when the token expires, their 401s arriving
// spread over one second. The server counts the Auth.Login calls it receives.
import { createServer } from "node:http";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../../packages/spec-tools/src/index.js";

export async function benchRelogin({ calls = 100, spreadMs = 1_000 } = {}) {
  const { createCentiaClient } = await import(pathToFileURL(join(repoRoot, "packages/centia/dist/index.js")).href);
  let logins = 0;
  let valid = "";
  let arrivals = 0;
  let spreading = false;
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => {
      raw += c;
    });
    req.on("end", () => {
      const send = (status, payload) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
      if (req.url === "/auth") {
        logins++;
        valid = `token-${logins}`;
        return send(200, { success: true, response: { token: valid } });
      }
      const refused = req.headers.authorization !== `Bearer ${valid}`;
      const delay = spreading && refused ? (arrivals++ * spreadMs) / calls : 0;
      setTimeout(() => (refused ? send(401, { success: false, error: "Unauthenticated." }) : send(200, { success: true, response: { countries: [] } })), delay);
      void raw;
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const centia = createCentiaClient({ baseUrl: `http://127.0.0.1:${server.address().port}`, email: "ana@example.com", password: "pw" });
    await centia.call("Profiles.GetCountries");
    const first = logins;
    valid = "expired";
    spreading = true;
    const results = await Promise.allSettled(Array.from({ length: calls }, () => centia.call("Profiles.GetCountries")));
    return { calls, spreadMs, logins: logins - first, failed: results.filter((r) => r.status === "rejected").length };
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
