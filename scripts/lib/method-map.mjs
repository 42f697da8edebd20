// Centia-style RPC specs: one POST path per module whose request body is a `oneOf` of one
// `<Module><Method>Request` schema per method (`method: { const: "<Method>" }`, `parameters:
// $ref <Module><Method>Params`), each with a `<Module><Method>Result` schema. This emits a type map
// keyed by the docs' qualified names ("Companies.GetCompanies") so that `call()` is typed from
// the spec alone, plus two small runtime tables. Returns null for specs without RPC operations.

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
  const names = [...new Set(methods.flatMap((m) => [m.paramsName, m.resultName]))].sort();
  const lines = [
    `import type { ${names.join(", ")} } from "./schema.js";`,
    "",
    "/** Every RPC method, keyed by its qualified name as the vendor's docs write it (`Companies.GetCompanies`). */",
    "export interface RpcMethods {",
  ];
  for (const m of methods) {
    lines.push(`  "${m.qualified}": { paramsRequired: ${m.paramsRequired}; params: ${m.paramsName}; result: ${m.resultName} };`);
  }
  lines.push("}", "");
  const paths = new Map(methods.map((m) => [m.module, m.path]));
  lines.push("/** Each module's path (runtime table). */");
  lines.push("export const rpcModulePaths: Record<string, string> = {");
  for (const [module, path] of paths) lines.push(`  ${module}: "${path}",`);
  lines.push("};", "");
  lines.push("/** Every qualified method name (runtime table). */");
  lines.push(`export const rpcMethodNames: ReadonlySet<string> = new Set([${methods.map((m) => `"${m.qualified}"`).join(", ")}]);`, "");
  return lines.join("\n");
}
