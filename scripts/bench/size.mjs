import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { repoRoot, vendors } from "../../packages/spec-tools/src/index.js";
import { factoryName } from "../lib/code-samples.mjs";

const errors =
  "ApiError, AuthenticationError, BadRequestError, ConflictError, ConnectionError, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, TimeoutError, UnprocessableEntityError";

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/**
 * min+gzip of each vendor's runtime as an app ships it: the client factory and the error classes
 * (wrapper + @crm-sdk/core + openapi-fetch), tree-shaken by esbuild; and the whole export surface.
 */
export async function benchSize() {
  const sizes = {};
  for (const vendor of vendors) {
    const dist = `./packages/${vendor}/dist/index.js`;
    sizes[vendor] = {
      app: await measure(`export { ${factoryName(vendor)}, ${errors} } from "${dist}";`),
      all: await measure(`export * from "${dist}";`),
    };
  }
  const openapiFetch = await measure(`export { default } from "${join(repoRoot, "packages/core/node_modules/openapi-fetch/dist/index.mjs")}";`);
  return { sizes, openapiFetch };
}
