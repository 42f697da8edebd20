import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { repoRoot } from "../../packages/spec-tools/src/index.js";

const child = fileURLToPath(new URL("./paging-child.mjs", import.meta.url));

/** A loopback Syscap list endpoint with `total` prospects, pages built on demand. */
function pagingServer(total) {
  return createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    const page = Number(url.searchParams.get("page"));
    const per = Number(url.searchParams.get("per"));
    const data = [];
    for (let i = (page - 1) * per; i < Math.min(page * per, total); i++) {
      data.push({ id: `prospect-${i}`, name: "Test", lastname: "Prospect", email: `p${i}@example.com`, commentary: "x".repeat(200) });
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data, meta: { count: total } }));
  });
}

async function run(total, variant, flags) {
  const server = pagingServer(total);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--expose-gc", ...flags, child, String(total), repoRoot, `http://127.0.0.1:${server.address().port}`, variant],
      {
        timeout: 300_000,
      },
    );
    const result = JSON.parse(stdout);
    if (result.seen !== total) throw new Error(`paging yielded ${result.seen} of ${total} records`);
    return result;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/**
 * Peak RSS of paging 1 000 and 100 000 records, each in a fresh process, through our iterator and
 * through a bare fetch loop. Run twice: with V8's default young generation (which grows by up to
 * ~48 MB under any high allocation rate, iterator or not) and with it capped at 2 MB semi-spaces,
 * which leaves what the code actually keeps alive.
 */
export async function benchPaging() {
  const out = {};
  for (const [mode, flags] of [
    ["default heap", []],
    ["semi-space 2 MB", ["--max-semi-space-size=2"]],
  ]) {
    for (const variant of ["ours", "raw"]) {
      const small = await run(1_000, variant, flags);
      const large = await run(100_000, variant, flags);
      out[`${variant} (${mode})`] = {
        variant,
        mode,
        small,
        large,
        growthMb: (large.peakRss - small.peakRss) / 2 ** 20,
        heapGrowthMb: (large.heapAfterGc - small.heapAfterGc) / 2 ** 20,
      };
    }
  }
  return out;
}
