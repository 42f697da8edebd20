import { bodyExample } from "@crm-sdk/contract-testing";
import { contractSuite } from "@crm-sdk/contract-testing/suite";
import { readBundledSpec } from "@crm-sdk/spec-tools";
import { type CentiaClient, createCentiaClient, type operations, rpcMethodSugar, rpcMethods } from "../src/index.js";

const spec = readBundledSpec("centia");
type Qualified = keyof typeof rpcMethods;
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
const params = (q: Qualified) => bodyExample(spec, operationOf[rpcMethods[q].module], rpcMethods[q].method).parameters;
const methodsOf = (module: string) => (Object.keys(rpcMethods) as Qualified[]).filter((q) => rpcMethods[q].module === module);
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
  } satisfies Record<keyof operations, unknown>,
  extra: {
    ...viaSugar,
    "companies.listAll walks pages to last_page": async (c) => {
      for await (const _ of c.companies.listAll({ profile_id: 1 })) {
      }
    },
  },
});
