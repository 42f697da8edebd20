import { bodyExample } from "@crm-sdk/contract-testing";
import { type ContractContext, contractSuite } from "@crm-sdk/contract-testing/suite";
import { readBundledSpec } from "@crm-sdk/spec-tools";
import { expect } from "vitest";
import { rpcMethodNames } from "../src/generated/methods.js";
import { type CentiaClient, createCentiaClient, type MethodName, type operations } from "../src/index.js";
import { rpcMethodSugar } from "../src/operations.js";

const spec = readBundledSpec("centia");
type Qualified = MethodName;
type Module = keyof typeof operationOf;
const split = (q: Qualified) => q.split(".") as [Module, string];
const operationOf = {
  Auth: "callAuth",
  Profiles: "callProfiles",
  Companies: "callCompanies",
  Contacts: "callContacts",
  Products: "callProducts",
  Opportunities: "callOpportunities",
  Tickets: "callTickets",
} as const;
/** The spec's own request example of a method (its `parameters`). */
const params = (q: Qualified) => bodyExample(spec, operationOf[split(q)[0]], split(q)[1]).parameters;
const methodsOf = (module: Module) => [...rpcMethodNames].filter((q) => split(q as Qualified)[0] === module) as Qualified[];
const { email, password } = params("Auth.Login");

/** Asks the server for the method's own example (Prism serves a module's first example otherwise). */
const exampleOf = (q: Qualified) => ({ headers: { Prefer: `example=${split(q)[1]}` } });
type Call = (m: string, p: unknown, o: object) => Promise<unknown>;

/** Every method of a module through `call`, by qualified name: each result is its served example's `response`. */
const viaCall = (module: keyof typeof operationOf) => async (c: CentiaClient, context: ContractContext) => {
  for (const q of methodsOf(module)) {
    const result = await (c.call as Call)(q, params(q), exampleOf(q));
    expect(context.unwrapsTo(result, context.served(operationOf[module])), `${q}: not the served example's response`).toBe(true);
  }
};

/** Every method through its module sugar (`centia.companies.list`): the same result, or a Page of it. */
const viaSugar = Object.fromEntries(
  (Object.keys(rpcMethodSugar) as Qualified[])
    .filter((q) => q !== "Auth.Login")
    .map((q) => [
      `${q} through centia.${rpcMethodSugar[q]}`,
      async (c: CentiaClient, context: ContractContext) => {
        const [resource, method] = rpcMethodSugar[q].split(".") as [string, string];
        const sugar = (c as unknown as Record<string, Record<string, Call>>)[resource]![method]!;
        const result = await sugar(params(q), exampleOf(q), {});
        expect(context.unwrapsTo(result, context.served(operationOf[split(q)[0]])), `${q}: not the served example's response`).toBe(true);
      },
    ]),
);

contractSuite<CentiaClient>({
  vendor: "centia",
  createClient: (options) => createCentiaClient({ ...options, email, password }),
  calls: {
    callAuth: (c) => c.login(),
    callProfiles: viaCall("Profiles"),
    callCompanies: viaCall("Companies"),
    callContacts: viaCall("Contacts"),
    callProducts: viaCall("Products"),
    callOpportunities: viaCall("Opportunities"),
    callTickets: viaCall("Tickets"),
  } satisfies Record<keyof operations, (client: CentiaClient, context: ContractContext) => Promise<unknown>>,
  extra: {
    ...viaSugar,
    "companies.listAll walks pages to last_page, yielding every company served": async (c, context) => {
      const companies: unknown[] = [];
      for await (const company of c.companies.listAll({ profile_id: 1 }, { headers: { Prefer: "example=GetCompanies" } })) companies.push(company);
      // The server answers every page with the example: its companies, `last_page` times.
      const served = context.served("callCompanies") as { response: { companies: unknown[]; last_page: number } };
      expect(companies).toEqual(Array.from({ length: served.response.last_page }, () => served.response.companies).flat());
    },
  },
});
