import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { repoRoot } from "../../packages/spec-tools/src/index.js";

const child = fileURLToPath(new URL("./leak-child.mjs", import.meta.url));

/** Heap growth after GC across 50 000 calls that fail before they are sent and 50 000 that succeed. */
export async function benchLeak({ n = 50_000 } = {}) {
  const { stdout } = await promisify(execFile)(process.execPath, ["--expose-gc", child, repoRoot, String(n)], { timeout: 600_000 });
  return JSON.parse(stdout);
}
