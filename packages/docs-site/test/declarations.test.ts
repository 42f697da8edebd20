// What a user's editor and `tsc --declaration` show for each client: named types, never walls
// of anonymous shapes. Each case compiles a small module against the published declarations
// (packages/<vendor>/dist, through this package's workspace dependencies) and reads the
// declaration tsc emits for it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(here, "..", ".declarations-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The .d.ts tsc emits for `source`, a module that imports the vendor packages. */
function declarationOf(name: string, source: string): string {
  const file = join(work, `${name}.ts`);
  writeFileSync(file, source);
  let output = "";
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    declaration: true,
    emitDeclarationOnly: true,
    skipLibCheck: true,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(diagnostics).toEqual([]);
  program.emit(undefined, (fileName, text) => {
    if (fileName.endsWith(".d.ts")) output = text;
  });
  return output;
}

/** The declaration of one exported const, as tsc printed it. */
function declared(dts: string, name: string): string[] {
  const lines = dts.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`export declare const ${name}:`));
  expect(start, `no declaration of ${name}`).toBeGreaterThanOrEqual(0);
  const out: string[] = [];
  for (let i = start; i < lines.length; i++) {
    out.push(lines[i] as string);
    if ((lines[i] as string).trimEnd().endsWith(";") && !(lines[i + 1] ?? "").startsWith(" ")) break;
  }
  return out;
}

const cases = [
  {
    vendor: "syscap",
    create: 'createSyscapClient({ baseUrl: "https://syscap.test", token: "t" })',
    client: "SyscapClient",
    methods: {
      get: ["c.prospects.get", "ApiPromise<Prospect>"],
      list: ["c.prospects.list", "ApiPromise<ProspectPage>"],
      all: ["c.prospects.listAll", "Paginator<"],
      remove: ["c.prospects.delete", "ApiPromise<void>"],
    },
  },
  {
    vendor: "algebraix",
    create: 'createAlgebraixClient({ baseUrl: "https://algebraix.test", token: "t" })',
    client: "AlgebraixClient",
    methods: {
      get: ["c.prospects.get", "ApiPromise<Prospect>"],
      list: ["c.prospects.list", "ApiPromise<ProspectPage>"],
      create: ["c.prospects.create", "ApiPromise<ProspectCreateResult>"],
    },
  },
  {
    vendor: "leancore",
    create: 'createLeancoreClient({ token: "t" })',
    client: "LeancoreClient",
    methods: { list: ["c.leads.list", "ApiPromise<LeadPage>"], all: ["c.leads.listAll", "Paginator<"] },
  },
  {
    vendor: "envia",
    create: 'createEnviaClient({ baseUrl: "https://envia.test", token: "t" })',
    client: "EnviaClient",
    methods: {
      get: ["c.prospects.get", "ApiPromise<ProspectDetail>"],
      list: ["c.prospects.list", "ApiPromise<ProspectPage>"],
      note: ["c.prospects.createNote", "ApiPromise<void>"],
      client: ["c.clients.get", "ApiPromise<ClientDetail>"],
    },
  },
  {
    vendor: "centia",
    create: 'createCentiaClient({ baseUrl: "https://centia.test", token: "t" })',
    client: "CentiaClient",
    methods: {
      get: ["c.companies.get", "ApiPromise<CompaniesGetCompanyResult>"],
      list: ["c.companies.list", "ApiPromise<CompanyPage>"],
      stages: ["c.profiles.getStages", "ApiPromise<ProfilesGetStagesResult>"],
    },
  },
] as const;

describe.each(cases)("tsc --declaration of a $vendor client", ({ vendor, create, client, methods }) => {
  const factory = create.slice(0, create.indexOf("("));
  const source = [
    `import { ${factory} } from "@crm-sdk/${vendor}";`,
    `export const c = ${create};`,
    ...Object.entries(methods).map(([name, [expr]]) => `export const ${name} = ${expr};`),
    "",
  ].join("\n");
  const dts = declarationOf(vendor, source);

  it(`declares the client in one line, by its name (${client})`, () => {
    expect(declared(dts, "c")).toEqual([`export declare const c: import("@crm-sdk/${vendor}").${client};`]);
  });

  it.each(Object.entries(methods))("declares %s in at most 5 lines, naming its result", (name, [, type]) => {
    const lines = declared(dts, name);
    expect(lines.length).toBeLessThanOrEqual(5);
    expect(lines.join("\n").replace(/import\("[^"]+"\)\./g, "")).toContain(type);
  });
});
