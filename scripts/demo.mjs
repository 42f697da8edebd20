#!/usr/bin/env node
// pnpm demo: starts the spec-driven mock for each vendor on 127.0.0.1 and runs a short, realistic
// script through each client — authenticate, list with pagination, create, read back, handle a
// 404 and a validation error — printing what happened. Needs `pnpm build` first (the script
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
    const { data } = await syscap.prospects.create({ prospect: { ...example.prospect, name, email: `${name.toLowerCase()}@example.com` } });
    log("syscap", `created prospect ${data.id} (${data.name})`);
  }
  const names = [];
  for await (const p of syscap.prospects.listAll({ per: 2 })) names.push(p.name);
  log("syscap", `listAll, 2 per page: ${names.length} prospects: ${names.join(", ")}`);
  const first = (await syscap.prospects.list({ page: 1, per: 1 })).data[0];
  const again = await syscap.prospects.get(first.id);
  log("syscap", `read back ${first.id}: ${again.data.name}`);
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
  log("algebraix", `list: ${(await algebraix.prospects.list()).length} prospect(s)`);
  await algebraix.prospects.get("ZZZZZZZZ").catch((e) => log("algebraix", `unknown id: ${e instanceof NotFoundError ? "NotFoundError" : e.name}`));
  await algebraix.prospects.create({ ...example, gender: "x" }).catch((e) => log("algebraix", `bad gender: ${describe(e)}`));
});

await withMock("leancore", {}, async (baseUrl) => {
  const { createLeancoreClient, AuthenticationError, BadRequestError } = await load("leancore");
  const leancore = createLeancoreClient({ baseUrl, token: "demo-token" });
  const leads = await leancore.leads.list({ ecosystem: "fd3705e1-3149-4c41-bfe7-cf0bee79cfad" });
  log("leancore", `leads of the ecosystem: ${leads.length} (first: ${leads[0]?.business_name})`);
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
  const page = await envia.prospects.list({ start: 0, length: 25 });
  log("envia", `list: ${page.data.length} on this page, recordsFiltered ${page.recordsFiltered} of recordsTotal ${page.recordsTotal}`);
  let n = 0;
  for await (const p of envia.prospects.listAll({ length: 25 })) {
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
  log("centia", `logged in through Auth.Login, then Profiles.GetProfiles: ${JSON.stringify(profiles).slice(0, 80)}`);
  let companies = 0;
  for await (const _ of centia.companies.listAll({ profile_id: 1 })) companies++;
  log("centia", `companies.listAll (page … last_page): ${companies} companies`);
  const types = await centia.call("Companies.GetTypes", { profile_id: 1 });
  log("centia", `call("Companies.GetTypes"): ${JSON.stringify(types).slice(0, 80)}`);
  await centia
    .call("GetCompanies", { profile_id: "one" })
    .catch((e) => log("centia", `bad profile_id: ${e instanceof RpcError ? "RpcError" : e.name}, success: false — ${e.error?.slice(0, 100)}`));
});
console.log("\ndemo: done");
