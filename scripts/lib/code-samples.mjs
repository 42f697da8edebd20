// Code samples for the docs: for every operation of a vendor's spec, a TypeScript sample that
// calls it through our client and a curl sample, both built from the spec's own examples (path
// and query parameters, request body) and the vendor's `operationMethods` map. build-docs.mjs
// adds them to a copy of the spec as `x-codeSamples`; check-readme-samples.mjs compiles the
// TypeScript ones against the built packages, so a sample that drifts from the client fails CI.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { deref, listOperations, repoRoot } from "../../packages/spec-tools/src/index.js";

/**
 * `operationMethods` (and Centia's `rpcMethodSugar`) read from `packages/<vendor>/src/operations.ts`.
 * The file holds only data and type imports, so transpiling it is enough; the docs then need the
 * sources, not a build.
 */
export async function loadOperationMaps(vendor) {
  const source = readFileSync(join(repoRoot, "packages", vendor, "src", "operations.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString("base64")}`);
  return { operationMethods: mod.operationMethods, rpcMethodSugar: mod.rpcMethodSugar };
}

/**
 * The type each client method resolves to, by dotted method path (`prospects.get` -> `Prospect`),
 * as the vendor's client interfaces declare it (`ApiPromise<Prospect>`), read with the TypeScript
 * checker from the vendor's own sources: a sample's annotation is the name the client declares.
 * `undefined` for a method that resolves nothing.
 */
export function loadResultTypes(vendor) {
  const file = join(repoRoot, "packages", vendor, "src", "index.ts");
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const client = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).find((e) => e.name === `${capitalize(vendor)}Client`);
  return (methodPath) => {
    let type = checker.getDeclaredTypeOfSymbol(client);
    let member;
    for (const key of methodPath.split(".")) {
      member = checker.getPropertyOfType(type, key);
      if (!member) return undefined;
      type = checker.getTypeOfSymbolAtLocation(member, source);
    }
    const declared = member?.declarations?.[0]?.type; // the method signature's return type node
    const text = declared && ts.isTypeReferenceNode(declared) ? declared.typeArguments?.[0]?.getText() : undefined;
    return text === "void" ? undefined : text;
  };
}

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** `createSyscapClient`, `createLeancoreClient`: the factory each vendor package exports. */
export const factoryName = (vendor) => `create${capitalize(vendor)}Client`;
const envToken = (vendor) => `${vendor.toUpperCase()}_TOKEN`;
const envBaseUrl = (vendor) => `${vendor.toUpperCase()}_BASE_URL`;

/** The spec's production server when it documents one: a first server URL without `{variables}`. */
export function documentedServer(spec) {
  const url = spec.servers?.[0]?.url;
  return url && !url.includes("{") ? url.replace(/\/+$/, "") : undefined;
}

/** The `baseUrl` option of a sample: none where the spec documents the server, else the user's own from the environment. */
const baseUrlOption = (vendor, spec) => (documentedServer(spec) ? [] : [`baseUrl: process.env.${envBaseUrl(vendor)}!`]);

/** Vendors' paging parameters, which a client's `list` takes as `page`/`pageSize` (`start` is page 1's offset). */
const PAGING = { page: "page", per: "pageSize", length: "pageSize", pagination: "pageSize", start: undefined };
function uniformPaging(params) {
  const out = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (!(name in PAGING)) out[name] = value;
    else if (PAGING[name]) out[PAGING[name]] = value;
  }
  return out;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A JSON value as a TypeScript literal: unquoted keys where possible, short values on one line. */
export function tsLiteral(value, indent = "") {
  if (value === null || typeof value !== "object") return value === undefined ? "undefined" : JSON.stringify(value);
  const inner = `${indent}  `;
  const entries = Array.isArray(value)
    ? value.map((v) => tsLiteral(v, inner))
    : Object.entries(value).map(([k, v]) => `${IDENTIFIER.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v, inner)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{ ", " }"];
  if (entries.length === 0) return Array.isArray(value) ? "[]" : "{}";
  const oneLine = `${open}${entries.join(", ")}${close}`;
  if (oneLine.length + indent.length <= 72 && !oneLine.includes("\n")) return oneLine;
  return `${open.trim()}\n${entries.map((e) => `${inner}${e},`).join("\n")}\n${indent}${close.trim()}`;
}

/** A value for a parameter or schema the spec gives no example for, by type and format. */
function placeholder(schema = {}, name = "value") {
  if ("example" in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ("default" in schema) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? Math.max(schema.minimum, 1) : 1;
    case "boolean":
      return true;
    case "array":
      return [placeholder(schema.items, name)];
    default:
      if (schema.format === "date") return "2024-01-31";
      if (schema.format === "date-time") return "2024-01-31T12:00:00Z";
      if (schema.format === "uuid") return "00000000-0000-4000-8000-000000000000";
      if (schema.format === "email") return "ana.lopez@example.com";
      if (/date/i.test(name)) return "2024-01-31";
      return name;
  }
}

function parameterExample(param) {
  if ("example" in param) return { value: param.example };
  const named = Object.values(param.examples ?? {})[0];
  if (named && "value" in named) return { value: named.value };
  const schema = param.schema ?? {};
  if ("example" in schema) return { value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return { value: schema.examples[0] };
  return undefined;
}

function bodyExample(spec, operation) {
  const body = deref(spec, operation.requestBody);
  const media = body?.content?.["application/json"] ?? Object.values(body?.content ?? {})[0];
  if (!media) return undefined;
  if ("example" in media) return { value: media.example };
  const named = Object.entries(media.examples ?? {});
  if (named.length > 0) return { value: deref(spec, named[0][1]).value };
  const schema = deref(spec, media.schema);
  return schema && "example" in schema ? { value: schema.example } : undefined;
}

const needsAuth = (spec, operation) => (operation.security ?? spec.security ?? []).some((requirement) => Object.keys(requirement).length > 0);

/** `'…'` for a POSIX shell. */
const shellQuote = (s) => `'${String(s).replaceAll("'", "'\\''")}'`;

/** A curl command: URL with the path and query examples filled in, bearer token, JSON body. */
function curlSample({ vendor, spec, method, path, pathValues, query, body, auth }) {
  let url = (documentedServer(spec) ?? `$${envBaseUrl(vendor)}`) + path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(String(pathValues[name])));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) search.append(name, typeof v === "object" ? JSON.stringify(v) : String(v));
  }
  if ([...search].length > 0) url += `?${search}`;
  // The URL is double-quoted so that $VENDOR_BASE_URL expands; nothing else in it is special to the shell.
  const lines = [`curl -X ${method.toUpperCase()} "${url.replace(/["\\`]/g, "\\$&")}"`];
  if (auth) lines.push(`-H "Authorization: Bearer $${envToken(vendor)}"`);
  if (body) lines.push(`-H 'Content-Type: application/json'`, `--data ${shellQuote(JSON.stringify(body.value, null, 2))}`);
  return lines.join(" \\\n  ");
}

/** `const syscap = createSyscapClient({ … });`, one option a line (the docs' sample panel is narrow). */
const clientLine = (vendor, factory, options) => `const ${vendor} = ${factory}({\n${options.map((o) => `  ${o},`).join("\n")}\n});`;

/** TypeScript for a REST vendor: positional path parameters, then the query object, then the body. */
function restTsSample({ vendor, spec, methodPath, pathNames, pathValues, query, body, resultType }) {
  const args = [...pathNames.map((name) => tsLiteral(pathValues[name]))];
  const listing = methodPath.endsWith(".list");
  const q = listing ? uniformPaging(query) : query;
  if (q && Object.keys(q).length > 0) args.push(tsLiteral(q));
  if (body) args.push(tsLiteral(body.value));
  const invocation = `${vendor}.${methodPath}(${args.join(", ")})`;
  const named = [...new Set(resultType?.match(/\b[A-Z]\w*\b/g) ?? [])].filter((n) => !["Array", "Record", "Promise"].includes(n));
  const imports = [factoryName(vendor), ...named.map((n) => `type ${n}`)];
  return [
    `import { ${imports.join(", ")} } from "@crm-sdk/${vendor}";`,
    "",
    clientLine(vendor, factoryName(vendor), [...baseUrlOption(vendor, spec), `token: process.env.${envToken(vendor)}`]),
    resultType ? `const result: ${resultType} = await ${invocation};\nconsole.log(result);` : `await ${invocation}; // resolves undefined`,
    "",
  ].join("\n");
}

/** TypeScript for one Centia module: the first method through `call`, every method through its module sugar. */
function centiaTsSample({ vendor, spec, module, methods, rpcMethodSugar, resultTypeOf }) {
  const base = baseUrlOption(vendor, spec);
  if (module === "Auth") {
    return [
      'import { createCentiaClient } from "@crm-sdk/centia";',
      "",
      "// The client calls Auth.Login by itself before its first call,",
      "// and again (once) when the token has expired.",
      clientLine("centia", "createCentiaClient", [...base, "email: process.env.CENTIA_EMAIL!", "password: process.env.CENTIA_PASSWORD!"]),
      "await centia.login();",
      "",
    ].join("\n");
  }
  const [first] = methods;
  const firstType = `${first.qualified.replace(".", "")}Result`;
  const lines = [`import { createCentiaClient, type ${firstType} } from "@crm-sdk/centia";`, ""];
  lines.push(clientLine("centia", "createCentiaClient", [...base, "token: process.env.CENTIA_TOKEN!"]), "");
  const firstArgs = first.params === undefined ? "" : `, ${tsLiteral(first.params)}`;
  lines.push(`// Any method of the ${module} module, by its qualified name:`);
  lines.push(`const result: ${firstType} = await centia.call(${JSON.stringify(first.qualified)}${firstArgs});`, "console.log(result);", "");
  lines.push(`// The same methods through the module's resource (${methods.length}):`);
  for (const m of methods) {
    const sugar = rpcMethodSugar[m.qualified];
    const listing = sugar.endsWith(".list");
    const params = listing ? uniformPaging(m.params) : m.params;
    const args = params === undefined ? "" : tsLiteral(params);
    lines.push(`console.log(await centia.${sugar}(${args})); // ${m.qualified}: ${resultTypeOf(sugar) ?? "void"}`);
  }
  lines.push("");
  return lines.join("\n");
}

/**
 * The samples of every operation: `{ [operationId]: [{ lang, label, source }, …] }`, TypeScript
 * first. Throws when an operation has no client method, so a new operation cannot ship without one.
 */
export function buildCodeSamples(vendor, spec, { operationMethods, rpcMethodSugar }, resultTypeOf = loadResultTypes(vendor)) {
  const out = {};
  for (const { method, path, operationId, operation, pathItem } of listOperations(spec)) {
    const methodPath = operationMethods[operationId];
    if (!methodPath) throw new Error(`${vendor}: no client method for ${operationId} in src/operations.ts`);
    const params = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(spec, p));
    const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const pathValues = {};
    for (const name of pathNames) {
      const param = params.find((p) => p.in === "path" && p.name === name);
      pathValues[name] = parameterExample(param ?? {})?.value ?? placeholder(param?.schema, name);
    }
    const query = {};
    for (const param of params.filter((p) => p.in === "query")) {
      const example = parameterExample(param);
      if (example) query[param.name] = example.value;
      else if (param.required) query[param.name] = placeholder(param.schema, param.name);
    }
    const body = bodyExample(spec, operation);
    const auth = needsAuth(spec, operation);
    const rpcModule = operation["x-rpc-module"];
    let tsSource;
    let curlBody = body;
    if (rpcModule) {
      const media = deref(spec, operation.requestBody)?.content?.["application/json"];
      const methods = Object.values(media?.examples ?? {})
        .map((e) => deref(spec, e).value)
        .map((v) => ({ qualified: `${rpcModule}.${v.method}`, params: v.parameters }));
      tsSource = centiaTsSample({ vendor, spec, module: rpcModule, methods, rpcMethodSugar: rpcMethodSugar ?? {}, resultTypeOf });
      curlBody = methods.length > 0 ? { value: Object.values(media.examples).map((e) => deref(spec, e).value)[0] } : body;
    } else {
      tsSource = restTsSample({ vendor, spec, methodPath, pathNames, pathValues, query, body, resultType: resultTypeOf(methodPath) });
    }
    out[operationId] = [
      { lang: "TypeScript", label: "TypeScript", source: tsSource },
      { lang: "Shell", label: "curl", source: curlSample({ vendor, spec, method, path, pathValues, query, body: curlBody, auth }) },
    ];
  }
  return out;
}

/** A deep copy of the spec with `x-codeSamples` on every operation (the committed spec is untouched). */
export function withCodeSamples(spec, samples) {
  const copy = structuredClone(spec);
  for (const { operationId, operation } of listOperations(copy)) {
    if (samples[operationId]) operation["x-codeSamples"] = samples[operationId];
  }
  return copy;
}
