#!/usr/bin/env node
// pnpm demo: starts the spec-driven mock for each vendor on 127.0.0.1 and runs a short, realistic
// script through each client — authenticate, list with pagination, create, read back, handle a
// 404 and a validation error — printing what happened; then lists the leads of all five vendors
// through one `createLeadsClient` loop (@crm-sdk/leads). Needs `pnpm build` first (the script
// `pnpm demo` does it).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { readBundledSpec, repoRoot } from "../packages/spec-tools/src/index.js";

const load = (pkg) => import(pathToFileURL(join(repoRoot, "packages", pkg, "dist/index.js")).href);
const { startMockServer } = await load("mock");
const log = (vendor, message) => console.log(`  ${vendor.padEnd(9)} ${message}`);
const describe = (error) => `${error.name} (${error.status ?? "no status"}): ${error.message.split("\n")[0].slice(0, 140)}`;

async function withMock(vendor, options, run) {
  const server = await startMockServer({ spec: readBundledSpec(vendor), ...options });
  console.log(`\n${vendor} — mock at ${server.url}${options.stateful ? " (stateful)" : ""}`);
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

await withMock("syscap", { stateful: true }, async (baseUrl) => {
  const { createSyscapClient, NotFoundError, BadRequestError } = await load("syscap");
  const syscap = createSyscapClient({ baseUrl, token: "demo-token" });
  const example = readBundledSpec("syscap").paths["/prospects"].post.requestBody.content["application/json"].example;
  for (const name of ["Ana", "Beto", "Carla"]) {
    const created = await syscap.prospects.create({ prospect: { ...example.prospect, name, email: `${name.toLowerCase()}@example.com` } });
    log("syscap", `created prospect ${created.id} (${created.name})`);
  }
  const names = [];
  for await (const p of syscap.prospects.listAll({ pageSize: 2 })) names.push(p.name);
  log("syscap", `listAll, 2 per page: ${names.length} prospects: ${names.join(", ")}`);
  const page = await syscap.prospects.list({ page: 1, pageSize: 1 });
  const first = page.items[0];
  log("syscap", `list page 1 of ${page.lastPage} (total ${page.total}, Syscap's meta.count ${page.data.meta.count})`);
  const again = await syscap.prospects.get(first.id);
  log("syscap", `read back ${first.id}: ${again.name}`);
  await syscap.prospects.delete(first.id);
  await syscap.prospects.get(first.id).catch((e) => log("syscap", `after delete: ${e instanceof NotFoundError ? "NotFoundError" : "?"} — ${describe(e)}`));
  await syscap.prospects
    .create({ prospect: { ...example.prospect, email: "not-an-email" } })
    .catch((e) =>
      log(
        "syscap",
        `invalid e-mail: ${e instanceof BadRequestError ? "BadRequestError" : "?"}, violations: ${JSON.stringify(e.body?.violations?.map((v) => v.pointer))}`,
      ),
    );
});

await withMock("algebraix", { stateful: true }, async (baseUrl) => {
  const { createAlgebraixClient, NotFoundError } = await load("algebraix");
  const algebraix = createAlgebraixClient({ baseUrl, token: "demo-token" });
  const example = readBundledSpec("algebraix").paths["/prospects"].post.requestBody.content["application/json"].example;
  const created = await algebraix.prospects.create(example);
  log("algebraix", `created ${created.id}: ${created.message}`);
  await algebraix.prospects.update(created.id, { telephone: "6620000000" });
  const read = await algebraix.prospects.get(created.id);
  log("algebraix", `read back ${read.id}: ${read.name} ${read.lastname1}, telephone ${read.telephone}`);
  log("algebraix", `list: ${(await algebraix.prospects.list()).items.length} prospect(s)`);
  await algebraix.prospects.get("ZZZZZZZZ").catch((e) => log("algebraix", `unknown id: ${e instanceof NotFoundError ? "NotFoundError" : e.name}`));
  await algebraix.prospects.create({ ...example, gender: "x" }).catch((e) => log("algebraix", `bad gender: ${describe(e)}`));
});

await withMock("leancore", {}, async (baseUrl) => {
  const { createLeancoreClient, AuthenticationError, BadRequestError } = await load("leancore");
  const leancore = createLeancoreClient({ baseUrl, token: "demo-token" });
  const leads = await leancore.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" });
  log("leancore", `leads of the ecosystem: ${leads.items.length} (first: ${leads.items[0]?.business_name})`);
  await leancore.leads
    .list({ ecosystem: "not-a-uuid" })
    .catch((e) => log("leancore", `bad ecosystem: ${e instanceof BadRequestError ? "BadRequestError" : e.name} — ${describe(e)}`));
  await createLeancoreClient({ baseUrl })
    .leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" })
    .catch((e) => log("leancore", `no token: ${e instanceof AuthenticationError ? "AuthenticationError" : e.name}`));
});

await withMock("envia", {}, async (baseUrl) => {
  const { createEnviaClient, NotFoundError, BadRequestError } = await load("envia");
  const envia = createEnviaClient({ baseUrl, token: "demo-admin-jwt" });
  const page = await envia.prospects.list({ page: 1, pageSize: 25 });
  log("envia", `list: ${page.items.length} on this page, total ${page.total} (recordsFiltered) of recordsTotal ${page.data.recordsTotal}`);
  let n = 0;
  for await (const p of envia.prospects.listAll({}, { pageSize: 25 })) {
    if (++n > 3) break; // an early stop: the iterator fetches no further page
    log("envia", `listAll #${n}: ${p.company_name ?? p.id}`);
  }
  const noteExample = readBundledSpec("envia").components.requestBodies.NoteCreate.content["application/json"].example;
  await envia.prospects.createNote(1042, noteExample);
  await envia.clients.createNote(77, noteExample);
  log("envia", "createNote on a prospect and on a client: the same NoteCreate body");
  await envia.prospects
    .get(1042, undefined, { headers: { Prefer: "code=404" } })
    .catch((e) => log("envia", `missing prospect: ${e instanceof NotFoundError ? "NotFoundError" : e.name}, Boom body ${JSON.stringify(e.body)}`));
  await envia.prospects
    .updatePartnerData(1042, { rating: 9 })
    .catch((e) => log("envia", `rating 9: ${e instanceof BadRequestError ? "BadRequestError" : e.name} — ${e.body?.message}`));
});

await withMock("centia", {}, async (baseUrl) => {
  const { createCentiaClient, RpcError } = await load("centia");
  const centia = createCentiaClient({ baseUrl, email: "ana@example.com", password: "demo-password" });
  const profiles = await centia.profiles.list();
  log("centia", `logged in through Auth.Login, then Profiles.GetProfiles: ${JSON.stringify(profiles.items).slice(0, 80)}`);
  let companies = 0;
  for await (const _ of centia.companies.listAll({ profile_id: 1 })) companies++;
  log("centia", `companies.listAll (page … last_page): ${companies} companies`);
  const types = await centia.call("Companies.GetTypes", { profile_id: 1 });
  log("centia", `call("Companies.GetTypes"): ${JSON.stringify(types).slice(0, 80)}`);
  await centia
    .call("Companies.GetCompanies", { profile_id: "one" })
    .catch((e) => log("centia", `bad profile_id: ${e instanceof RpcError ? "RpcError" : e.name}, success: false — ${e.error?.slice(0, 100)}`));
});

// One loop, five CRMs: the same code lists every vendor's leads as one Lead model.
{
  const { createLeadsClient } = await load("leads");
  const mocks = {
    syscap: await startMockServer({ spec: readBundledSpec("syscap"), stateful: true }),
    algebraix: await startMockServer({ spec: readBundledSpec("algebraix"), stateful: true }),
    leancore: await startMockServer({ spec: readBundledSpec("leancore") }),
    envia: await startMockServer({ spec: readBundledSpec("envia") }),
    centia: await startMockServer({ spec: readBundledSpec("centia") }),
  };
  console.log(`\nleads — one createLeadsClient loop over the five vendors' mocks`);
  try {
    const accounts = [
      { vendor: "algebraix", baseUrl: mocks.algebraix.url, token: "demo-token" },
      { vendor: "syscap", baseUrl: mocks.syscap.url, token: "demo-token" },
      { vendor: "leancore", baseUrl: mocks.leancore.url, token: "demo-token", ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" },
      { vendor: "envia", baseUrl: mocks.envia.url, token: "demo-admin-jwt" },
      { vendor: "centia", baseUrl: mocks.centia.url, email: "ana@example.com", password: "demo-password", profileId: 1 },
    ];
    for (const account of accounts) {
      const leads = createLeadsClient(account);
      // the stateful mocks start empty: give them two leads, through the same client
      if (account.vendor === "syscap" || account.vendor === "algebraix") {
        await leads.create({ firstName: "Ana", lastName: "Ruiz", email: "ana.ruiz@example.com", phones: [{ kind: "mobile", number: "5511112222" }] });
        await leads.create({ firstName: "Beto", lastName: "Soto", email: "beto.soto@example.com" });
      }
      const can = Object.entries(leads.capabilities)
        .filter(([, yes]) => yes)
        .map(([op]) => op);
      let n = 0;
      for await (const lead of leads.list({ pageSize: 50, concurrency: 4 })) {
        const name = [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.fullName || "(no name)";
        const phones = lead.phones.map((p) => `${p.kind} ${p.number}`).join(", ") || "no phones";
        log(
          leads.vendor,
          `lead ${lead.id ?? "(no id)"}: ${name}${lead.companyName ? ` (${lead.companyName})` : ""}, ${lead.email ?? "no e-mail"}, ${phones}, status ${lead.status ?? "—"}, created ${lead.createdAt ?? "—"}`,
        );
        n++;
      }
      log(leads.vendor, `${n} lead(s); supports ${can.join(", ")}`);
    }
    await createLeadsClient(accounts[2])
      .get("any")
      .catch((e) => log("leancore", `leads.get: ${e.name} — ${e.message}`));
  } finally {
    await Promise.all(Object.values(mocks).map((m) => m.close()));
  }
}
console.log("\ndemo: done");
