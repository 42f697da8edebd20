import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { build } from "esbuild";
import { repoRoot, vendors } from "../../packages/spec-tools/src/index.js";

/** min+gzip size of each vendor's runtime: its dist bundle with core and openapi-fetch inlined. */
export async function benchSize() {
  const sizes = {};
  for (const vendor of vendors) {
    const result = await build({
      entryPoints: [join(repoRoot, "packages", vendor, "dist/index.js")],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      write: false,
      logLevel: "silent",
    });
    const code = result.outputFiles[0].contents;
    sizes[vendor] = { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
  }
  const ofResult = await build({ stdin: { contents: 'export { default } from "openapi-fetch";', resolveDir: join(repoRoot, "packages/core") }, bundle: true, minify: true, format: "esm", write: false, logLevel: "silent" });
  sizes["openapi-fetch alone"] = { min: ofResult.outputFiles[0].contents.length, gzip: gzipSync(ofResult.outputFiles[0].contents, { level: 9 }).length };
  return sizes;
}
