// Breaking-change gate: compares a vendor's spec with the one shipped in its last release and
// classifies every difference with api-smart-diff, plus a few house rules for what breaks an SDK
// user even when the wire format would cope (an operationId is a method name, a path parameter
// name is a key of `params.path`, a response field is a typed property).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { apiCompare } from "api-smart-diff";
import { HTTP_METHODS, pointerSegments } from "../../packages/spec-tools/src/index.js";

/** Classes a change can fall into, most severe first (api-smart-diff's names). */
export const CHANGE_TYPES = ["breaking", "deprecated", "non-breaking", "annotation", "unclassified"];

const isResponseSchemaPath = (p) => p[0] === "paths" && p[3] === "responses" && p[5] === "content" && p[7] === "schema";
const isRequestSchemaPath = (p) =>
  p[0] === "paths" && ((p[3] === "requestBody" && p[4] === "content" && p[6] === "schema") || (p[3] === "parameters" && p[5] === "schema"));
const typesOf = (schema) => new Set(schema?.type === undefined ? ["any"] : [schema.type].flat());
const isPropertyKey = (p) => p.length >= 2 && p.at(-2) === "properties" && p.at(-3) !== "properties";

/**
 * Reads a value at an api-smart-diff path (which runs through the dereferenced document) in a
 * document that still has `$ref`s, following local refs on the way.
 */
export function valueAt(doc, path) {
  let node = doc;
  const follow = (n) => {
    const seen = new Set();
    while (n && typeof n === "object" && typeof n.$ref === "string" && n.$ref.startsWith("#/") && !seen.has(n.$ref)) {
      seen.add(n.$ref);
      n = pointerSegments(n.$ref).reduce((acc, key) => acc?.[key], doc);
    }
    return n;
  };
  for (const key of path) {
    node = follow(node);
    if (node == null || typeof node !== "object") return undefined;
    node = node[key];
  }
  return follow(node);
}

/**
 * House rules on top of api-smart-diff's classification. Each returns a new `{ type, rule }` for
 * a diff it has an opinion on, or undefined. They are listed in the report as `(rule: name)`.
 */
export const houseRules = [
  {
    name: "operationId",
    why: "an operationId is an SDK method name (operations.ts, generated `operations` type); renaming or dropping it breaks callers",
    apply: (d) => {
      if (d.path[0] !== "paths" || d.path.length !== 4 || d.path[3] !== "operationId") return;
      if (d.action === "add") return;
      const op = `${String(d.path[2]).toUpperCase()} ${d.path[1]}`;
      return { type: "breaking", description: `${op}: [${d.after ? "Renamed" : "Removed"}] operationId \`${d.before}\`${d.after ? ` to \`${d.after}\`` : ""}` };
    },
  },
  {
    name: "path-parameter-name",
    why: "a path parameter's name is a key of the typed `params.path` object: renaming it breaks every call, although the URL is the same",
    apply: (d) => {
      const p = d.path;
      const nameAt = p[0] === "paths" && p.at(-1) === "name" && (p[2] === "parameters" || p[3] === "parameters");
      // api-smart-diff moves path-level parameters into each operation, so the path template
      // (not the parameter object) says whether this is a path parameter
      if (!nameAt || d.action !== "replace" || !String(p[1]).includes(`{${d.before}}`)) return;
      return { type: "breaking", description: `${String(p[2]).toUpperCase()} ${p[1]}: [Renamed] path parameter \`${d.before}\` to \`${d.after}\`` };
    },
  },
  {
    name: "response-property-removed",
    why: "a response field is a typed property of the SDK's result: code that reads it stops compiling (api-smart-diff calls this non-breaking)",
    apply: (d) => (isResponseSchemaPath(d.path) && d.action === "remove" && isPropertyKey(d.path) ? { type: "breaking" } : undefined),
  },
  {
    name: "request-property-removed",
    why: "a request field the SDK accepted disappears from its types: an object literal that sets it stops compiling, and the server no longer reads it",
    apply: (d) => (isRequestSchemaPath(d.path) && d.action === "remove" && isPropertyKey(d.path) ? { type: "breaking" } : undefined),
  },
  {
    name: "response-type-widened",
    why: "a response value that may now have another type (or null) breaks code typed for the old one; only a narrowing is safe (api-smart-diff calls both non-breaking)",
    apply: (d, ctx) => {
      // the diff is on `…schema.type` or on one entry of a type list, `…schema.type.1`
      const i = d.path.at(-1) === "type" ? d.path.length - 1 : d.path.at(-2) === "type" ? d.path.length - 2 : -1;
      if (!isResponseSchemaPath(d.path) || i < 0 || d.path[i - 1] === "properties") return;
      const schemaPath = d.path.slice(0, i);
      const before = typesOf(valueAt(ctx.before, schemaPath));
      const after = typesOf(valueAt(ctx.after, schemaPath));
      const narrowed = before.has("any") || [...after].every((t) => before.has(t) || (t === "integer" && before.has("number")));
      return narrowed ? { type: "non-breaking" } : { type: "breaking" };
    },
  },
  {
    name: "response-enum-value-added",
    why: "vendors add statuses over time; the SDK's users must handle values they do not know (api-smart-diff calls this breaking)",
    apply: (d) => {
      if (!isResponseSchemaPath(d.path) || d.action !== "add") return;
      return d.path.at(-2) === "enum" && d.path.at(-3) !== "properties" ? { type: "non-breaking" } : undefined;
    },
  },
];

/**
 * Diffs under `components` repeat, without request/response context, what the diffs under
 * `paths` already report where each component is used; only whole components added, removed or
 * renamed are kept (a removed schema is a removed exported type: `components["schemas"]["X"]`).
 */
const keepDiff = (d) => d.path[0] !== "components" || d.path.length <= 3;

const PAST = { add: "Added", remove: "Removed", replace: "Replaced", rename: "Renamed" };
const OPERATION_KEYS = new Set(HTTP_METHODS);
const code = (v) => `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;
const typeList = (schema) => [...typesOf(schema)].join(" | ");

/** `[]`, `.field`, `(oneOf[1])` … from the schema path segments; stops at the first keyword it does not walk. */
function schemaTarget(rest) {
  let target = "";
  let i = 0;
  for (; i < rest.length; i++) {
    const seg = rest[i];
    if (seg === "items") target += "[]";
    else if (seg === "properties" && i + 1 < rest.length) target += `${target ? "." : ""}${rest[++i]}`;
    else if (["allOf", "oneOf", "anyOf"].includes(seg) && typeof rest[i + 1] === "number") target += `(${seg}[${rest[++i]}])`;
    else if (seg === "additionalProperties" && i + 1 < rest.length) target += "{*}";
    else break;
  }
  return { target, keyword: rest.slice(i) };
}

/**
 * One line per change, naming the operation and where in it: api-smart-diff's own text loses the
 * place when a shared `$ref` schema changes ("annotation (color) in Response 201").
 */
function describe(d, ctx) {
  const p = d.path;
  const verb = PAST[d.action];
  if (p[0] === "components" && p.length === 3) return `[${verb}] ${p[1]} ${code(p[2])}`;
  if (p[0] !== "paths" || p.length < 4 || !OPERATION_KEYS.has(String(p[2]))) {
    return d.description || (d.action === "rename" ? `[Renamed] ${p.join(".")} ${code(d.before)} to ${code(d.after)}` : `[${verb}] ${p.join(".")}`);
  }
  const op = `${String(p[2]).toUpperCase()} ${p[1]}`;
  let where;
  let rest;
  if (isResponseSchemaPath(p)) [where, rest] = [`response ${p[4]} (${p[6]})`, p.slice(8)];
  else if (p[3] === "requestBody" && p[6] === "schema") [where, rest] = [`request body (${p[5]})`, p.slice(7)];
  else if (p[3] === "parameters" && p[5] === "schema") {
    const param = valueAt(d.action === "add" ? ctx.after : ctx.before, p.slice(0, 5));
    [where, rest] = [param?.name ? `${param.in} parameter ${code(param.name)}` : "parameter", p.slice(6)];
  } else return `${op}: ${d.description || `[${verb}] ${p.slice(3).join(".")}`}`;
  const { target, keyword } = schemaTarget(rest);
  const of = target ? ` of ${code(target)}` : "";
  const value = d.action === "remove" ? d.before : d.after;
  let what;
  if (keyword.length === 0) what = target ? `property ${code(target)}` : "schema";
  else if (keyword[0] === "required" && keyword.length === 2) what = `required ${code(`${target ? `${target}.` : ""}${value}`)}`;
  else if (keyword[0] === "enum" && keyword.length === 2) what = `enum value ${code(value)}${of}`;
  else if (keyword[0] === "type") {
    const at = p.slice(0, p.length - keyword.length);
    what = `type${of}: ${typeList(valueAt(ctx.before, at))} -> ${typeList(valueAt(ctx.after, at))}`;
  } else what = `${keyword.join(".")}${of}${d.action === "replace" ? `: ${code(d.before)} -> ${code(d.after)}` : ""}`;
  return `${op} ${where}: [${verb}] ${what}`;
}

/**
 * Classifies every change from `before` to `after` (two bundled OpenAPI documents with local refs
 * only; api-smart-diff resolves those itself). Returns the changes and a count per class.
 */
export function compareSpecs(before, after) {
  const { diffs } = apiCompare(structuredClone(before), structuredClone(after));
  const ctx = { before, after };
  const changes = [];
  const seen = new Set();
  for (const d of diffs.filter(keepDiff)) {
    let change = { type: d.type, action: d.action, path: d.path, before: d.before, after: d.after, description: describe(d, ctx) };
    for (const rule of houseRules) {
      const verdict = rule.apply(d, ctx);
      if (verdict) {
        change = { ...change, ...verdict, rule: rule.name, ...(verdict.description ? {} : { description: change.description }) };
        break;
      }
    }
    const key = `${change.type} ${change.path.join("\u0000")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push(change);
  }
  const counts = Object.fromEntries(CHANGE_TYPES.map((t) => [t, changes.filter((c) => c.type === t).length]));
  return { changes, counts };
}

const BUMPS = ["none", "patch", "minor", "major"];

/**
 * Pending changesets (`.changeset/*.md` except README.md): the highest bump each package gets,
 * and from which file. Frontmatter lines look like `"@crm-sdk/syscap": minor`.
 */
export function readPendingChangesets(dir) {
  const bumps = {};
  if (!existsSync(dir)) return bumps;
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".md") || file.toLowerCase() === "readme.md") continue;
    const text = readFileSync(join(dir, file), "utf8");
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
    for (const line of front.split(/\r?\n/)) {
      const m = /^\s*["']?([^"':\s][^"':]*?)["']?\s*:\s*["']?(major|minor|patch|none)["']?\s*$/.exec(line);
      if (!m) continue;
      const [, pkg, bump] = m;
      if (!bumps[pkg] || BUMPS.indexOf(bump) > BUMPS.indexOf(bumps[pkg].bump)) bumps[pkg] = { bump, file };
    }
  }
  return bumps;
}

/** The bumps that may carry a breaking change: `major`, or before 1.0.0 also `minor` (semver 0.x). */
export const bumpsForBreaking = (version) => (Number.parseInt(String(version).split(".")[0], 10) >= 1 ? ["major"] : ["minor", "major"]);

/**
 * The gate's verdict for one package: passes when it has no breaking change, or when a pending
 * changeset bumps it enough to carry one.
 */
export function gateVerdict({ packageName, version, breaking, changesets }) {
  const allowed = bumpsForBreaking(version);
  const pending = changesets[packageName];
  if (breaking === 0) return { ok: true, allowed, pending, reason: "no breaking change" };
  if (pending && allowed.includes(pending.bump)) return { ok: true, allowed, pending, reason: `pending ${pending.bump} changeset (${pending.file})` };
  const need = `a changeset bumping ${packageName} ${allowed.join(" or ")}${allowed.length > 1 ? ` (it is ${version}, before 1.0.0)` : ""}`;
  return {
    ok: false,
    allowed,
    pending,
    reason: pending ? `the pending changeset (${pending.file}) bumps it only ${pending.bump}; needs ${need}` : `no pending changeset for it; needs ${need}`,
  };
}

const LABEL = { breaking: "BREAKING", deprecated: "deprecated", "non-breaking": "safe", annotation: "docs", unclassified: "other" };

/** A readable report of one vendor's changes and verdict. */
export function formatVendorReport({ vendor, packageName, version, baseline, result, verdict, verbose = false }) {
  const { counts, changes } = result;
  const lines = [];
  const tally = CHANGE_TYPES.filter((t) => counts[t] > 0)
    .map((t) => `${counts[t]} ${t}`)
    .join(", ");
  lines.push(`${vendor} (${packageName}@${version}) vs ${baseline}: ${tally || "no changes"}`);
  const shown = verbose ? changes : changes.filter((c) => c.type !== "annotation" && c.type !== "unclassified");
  for (const type of CHANGE_TYPES) {
    for (const c of shown.filter((x) => x.type === type)) {
      lines.push(`  ${LABEL[type].padEnd(10)} ${c.description}${c.rule ? ` (rule: ${c.rule})` : ""}`);
    }
  }
  const hidden = changes.length - shown.length;
  if (hidden > 0) lines.push(`  ${"".padEnd(10)} … ${hidden} documentation-only change${hidden === 1 ? "" : "s"} (--verbose lists them)`);
  lines.push(`  ${verdict.ok ? "ok" : "FAIL"}: ${verdict.reason}`);
  return lines.join("\n");
}
