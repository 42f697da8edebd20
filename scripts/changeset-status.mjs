#!/usr/bin/env node
// CI's changeset check: `changeset status --since=<base>` fails when a published package changed
// since <base> and no pending changeset covers it. The whole question is the base:
//
//   1. `--since <ref>` or CHANGESET_SINCE, when CI knows the target branch (a pull request);
//   2. on a branch other than main: the merge-base with `main` (or `origin/main`);
//   3. on main itself (CI on a fresh clone of main): the last release, i.e. the last commit that
//      touched scripts/baselines/*/release.json (written by `pnpm version-packages`); before any
//      release, the repository's first commit.
//
// `--since=main` alone would be wrong in case 3 (main against itself: nothing ever changed) and
// fails outright in a clone without a local `main`. Needs full history (`git clone` without
// `--depth`); with a shallow clone it says so instead of passing silently.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../packages/spec-tools/src/index.js";

const git = (args, cwd) => execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const tryGit = (args, cwd) => {
  try {
    return git(args, cwd);
  } catch {
    return "";
  }
};

/** @returns {{ base: string, why: string }} */
export function findBase({ cwd = repoRoot, since = process.env.CHANGESET_SINCE } = {}) {
  if (tryGit(["rev-parse", "--is-shallow-repository"], cwd) === "true")
    throw new Error("shallow clone: fetch full history (`git fetch --unshallow`) so that the base commit exists");
  if (since) return { base: git(["rev-parse", since], cwd), why: `given: ${since}` };
  const branch = tryGit(["rev-parse", "--abbrev-ref", "HEAD"], cwd);
  const main = ["main", "origin/main"].find((ref) => tryGit(["rev-parse", "--verify", "--quiet", ref], cwd));
  const head = git(["rev-parse", "HEAD"], cwd);
  if (main && branch !== "main") {
    const base = git(["merge-base", "HEAD", main], cwd);
    if (base !== head) return { base, why: `merge-base of HEAD and ${main}` };
  }
  const release = tryGit(["log", "-1", "--format=%H", "--", "scripts/baselines/*/release.json"], cwd);
  if (release && release !== head) return { base: release, why: "last release (last commit that touched scripts/baselines/*/release.json)" };
  const first = git(["rev-list", "--max-parents=0", "HEAD"], cwd).split("\n").pop();
  return { base: first, why: "no release yet: the repository's first commit" };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--since");
  const { base, why } = findBase({ since: i > 0 ? process.argv[i + 1] : process.env.CHANGESET_SINCE });
  console.log(`changeset status --since=${base.slice(0, 12)} (${why})`);
  const result = spawnSync(join(repoRoot, "node_modules", ".bin", "changeset"), ["status", `--since=${base}`], { cwd: repoRoot, stdio: "inherit" });
  process.exit(result.status ?? 1);
}
