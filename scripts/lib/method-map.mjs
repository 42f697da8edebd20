// Centia-style RPC specs: one POST path per module whose request body is a `oneOf` of one
// `<Module><Method>Request` schema per method (`method: { const: "<Method>" }`, `parameters:
// $ref <Module><Method>Params`), each with a `<Module><Method>Result` schema. This emits a type map
// keyed by the docs' qualified names ("Companies.GetCompanies") so that `call()` is typed from
// the spec alone. Returns null for specs without RPC operations.

const refName = (ref) => ref.split("/").pop();

export function collectRpcMethods(spec) {
  const methods = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const op = item.post;
    const schema = op?.requestBody?.content?.["application/json"]?.schema;
    if (!op?.["x-rpc-module"] || !schema?.oneOf) continue;
    const module = op["x-rpc-module"];
    for (const branch of schema.oneOf) {
      const requestName = refName(branch.$ref);
      const request = spec.components.schemas[requestName];
      const method = request?.properties?.method?.const;
      if (!method) throw new Error(`${requestName}: properties.method.const is missing`);
      const base = requestName.replace(/Request$/, "");
      const paramsName = `${base}Params`;
      const resultName = `${base}Result`;
      for (const name of [paramsName, resultName]) {
        if (!spec.components.schemas[name]) throw new Error(`${module}.${method}: schema ${name} is missing`);
      }
      methods.push({
        qualified: `${module}.${method}`,
        module,
        method,
        path,
        operationId: op.operationId,
        paramsName,
        resultName,
        paramsRequired: (request.required ?? []).includes("parameters"),
      });
    }
  }
  return methods;
}

export function renderMethodMap(spec) {
  const methods = collectRpcMethods(spec);
  if (methods.length === 0) return null;
  const counts = new Map();
  for (const m of methods) counts.set(m.method, (counts.get(m.method) ?? 0) + 1);
  const lines = [
    'import type { components } from "./schema";',
    "",
    'type Schemas = components["schemas"];',
    "",
    "/** Every RPC method, keyed by its qualified name as the vendor's docs write it. */",
    "export interface RpcMethods {",
  ];
  for (const m of methods) {
    lines.push(
      `  "${m.qualified}": { module: "${m.module}"; method: "${m.method}"; path: "${m.path}"; paramsRequired: ${m.paramsRequired}; params: Schemas["${m.paramsName}"]; result: Schemas["${m.resultName}"] };`,
    );
  }
  lines.push("}", "");
  lines.push("/** Method names unique across modules, which may also be called without their module. */");
  lines.push("export interface RpcBareMethods {");
  for (const m of methods) if (counts.get(m.method) === 1) lines.push(`  "${m.method}": RpcMethods["${m.qualified}"];`);
  lines.push("}", "");
  const paths = new Map(methods.map((m) => [m.module, m.path]));
  lines.push("/** Runtime table: each module's path. */");
  lines.push("export const rpcModulePaths = {");
  for (const [module, path] of paths) lines.push(`  ${module}: "${path}",`);
  lines.push("} as const;", "");
  lines.push("/** Runtime table: every qualified method name (bare names are derived where unique). */");
  lines.push(`export const rpcMethodNames = [${methods.map((m) => `"${m.qualified}"`).join(", ")}] as const;`, "");
  return lines.join("\n");
}
