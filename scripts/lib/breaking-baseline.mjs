// Where the breaking-change gate finds "the spec shipped in the last release" of a vendor.
//
// Default: a committed baseline per vendor, scripts/baselines/<vendor>/openapi.json (the bundled
// spec exactly as the package ships it) and release.json (the package version it belongs to).
// `pnpm version-packages` refreshes the baselines of the packages it bumped
// (scripts/update-baselines.mjs), so the baseline is always the spec of the version about to be or
// last published, with no network and no registry credentials needed in CI.
//
// Alternative: `--registry <url>` (or CRM_SDK_BASELINE_REGISTRY) reads the `openapi.json` inside
// the tarball of the package's `latest` version on that registry (e.g. a local Verdaccio).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export const baselineDir = (root, vendor) => join(root, "scripts", "baselines", vendor);

/** @returns {{ spec: object, version: string, source: string } | null} */
export function readCommittedBaseline(root, vendor) {
  const dir = baselineDir(root, vendor);
  const specFile = join(dir, "openapi.json");
  if (!existsSync(specFile)) return null;
  const release = existsSync(join(dir, "release.json")) ? JSON.parse(readFileSync(join(dir, "release.json"), "utf8")) : {};
  return {
    spec: JSON.parse(readFileSync(specFile, "utf8")),
    version: release.version ?? "unknown",
    source: `scripts/baselines/${vendor}/openapi.json (${release.version ?? "?"})`,
  };
}

export function writeCommittedBaseline(root, vendor, { spec, packageName, version }) {
  const dir = baselineDir(root, vendor);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "openapi.json"), `${JSON.stringify(spec, null, 2)}\n`);
  writeFileSync(join(dir, "release.json"), `${JSON.stringify({ package: packageName, version }, null, 2)}\n`);
}

/** Files of a (gzipped) npm tarball, by path: a minimal ustar reader, enough for `npm pack` output. */
export function untar(tgz) {
  const buf = gunzipSync(tgz);
  const files = {};
  let offset = 0;
  while (offset + 512 <= buf.length) {
    const header = buf.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const str = (start, len) =>
      header
        .subarray(start, start + len)
        .toString("utf8")
        .replace(/\0.*$/s, "");
    const name = str(0, 100);
    const prefix = str(345, 155);
    const size = Number.parseInt(str(124, 12).trim() || "0", 8);
    const type = str(156, 1);
    const body = buf.subarray(offset + 512, offset + 512 + size);
    if (type === "0" || type === "") files[prefix ? `${prefix}/${name}` : name] = body;
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** @returns {Promise<{ spec: object, version: string, source: string } | null>} null when the package was never published */
export async function readRegistryBaseline(registry, packageName) {
  const base = registry.replace(/\/$/, "");
  const res = await fetch(`${base}/${packageName.replace("/", "%2f")}`, { headers: { accept: "application/json" } });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`${packageName}: registry answered ${res.status}`);
  const packument = await res.json();
  const version = packument["dist-tags"]?.latest;
  const tarball = version && packument.versions?.[version]?.dist?.tarball;
  if (!tarball) return null;
  const tgz = Buffer.from(await (await fetch(tarball)).arrayBuffer());
  const file = untar(tgz)["package/openapi.json"];
  if (!file) throw new Error(`${packageName}@${version}: the tarball has no openapi.json`);
  return { spec: JSON.parse(file.toString("utf8")), version, source: `${packageName}@${version} from ${base}` };
}
