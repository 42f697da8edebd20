// The packages `changeset publish` releases: every package under packages/ that is not private
// (core, mock and the vendors).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../packages/spec-tools/src/index.js";

export function publishablePackages(root = repoRoot) {
  return readdirSync(join(root, "packages"))
    .filter((dir) => existsSync(join(root, "packages", dir, "package.json")))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) }))
    .filter(({ pkg }) => !pkg.private);
}
