import { bodyExample } from "@crm-sdk/contract-testing";
import { contractSuite } from "@crm-sdk/contract-testing/suite";
import { readBundledSpec } from "@crm-sdk/spec-tools";
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

/** Every method of a module through `call`, by qualified name. */
const viaCall = (module: keyof typeof operationOf) => async (c: CentiaClient) => {
  for (const q of methodsOf(module)) await (c.call as (m: string, p: unknown) => Promise<unknown>)(q, params(q));
};

/** Every method through its module sugar (`centia.companies.list`). */
const viaSugar = Object.fromEntries(
  (Object.keys(rpcMethodSugar) as Qualified[])
    .filter((q) => q !== "Auth.Login")
    .map((q) => [
      `${q} through centia.${rpcMethodSugar[q]}`,
      async (c: CentiaClient) => {
        const [resource, method] = rpcMethodSugar[q].split(".") as [string, string];
        await (c as unknown as Record<string, Record<string, (p: unknown) => Promise<unknown>>>)[resource]![method]!(params(q));
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
  } satisfies Record<keyof operations, (client: CentiaClient) => Promise<unknown>>,
  extra: {
    ...viaSugar,
    "companies.listAll walks pages to last_page": async (c) => {
      for await (const _ of c.companies.listAll({ profile_id: 1 })) {
      }
    },
  },
});
