// Leads are personal data: no error message, stack or log line of the leads client holds a name,
// an e-mail or a phone number. Canary values are written in and searched for everywhere.
import { ApiError, type LogFields } from "@crm-sdk/core";
import { expect, it } from "vitest";
import { createLeadsClient } from "../src/index.js";
import { type Fetch, json, mocked } from "./helpers.js";

const canary = {
  firstName: "Canaryfirst",
  lastName: "Canarylast",
  secondLastName: "Canarysecond",
  email: "canary.mail@example.com",
  phone: "5599887766",
  company: "Canary Co",
};
const values = Object.values(canary);
const update = { firstName: canary.firstName, email: canary.email, phones: [{ kind: "phone" as const, number: canary.phone }] };
const input = {
  firstName: canary.firstName,
  lastName: canary.lastName,
  secondLastName: canary.secondLastName,
  email: canary.email,
  phones: [{ kind: "mobile" as const, number: canary.phone }],
};

function expectClean(text: string | undefined) {
  for (const value of values) expect(text ?? "").not.toContain(value);
}
async function failure(run: Promise<unknown>): Promise<Error> {
  const error = await run.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

it("errors of the leads client name fields, never values", async () => {
  const errors = [
    await failure(mocked("syscap").leads.create({ ...input, lastName: "" })),
    await failure(mocked("algebraix").leads.create({ ...input, companyName: canary.company } as never)),
    await failure(
      mocked("envia").leads.create({
        ...input,
        firstName: undefined,
        lastName: undefined,
        fullName: canary.firstName,
        phones: [{ kind: "phone", number: `0${canary.phone}` }],
      }),
    ),
    await failure(mocked("leancore").leads.create(input)),
    await failure(
      createLeadsClient({
        vendor: "envia",
        baseUrl: "https://envia.test",
        token: "t",
        fetch: async () => json({ inserts: [], errors: [{ email: canary.email, code: "DUPLICATE_EMAIL", existing_id: 9 }] }),
      }).create({ ...input, phones: [{ kind: "phone", number: canary.phone }] }),
    ),
    await failure(
      mocked("algebraix", { stateful: true, wrap: (f) => async (r, i) => (r.method === "GET" ? json({ message: canary.email }, 500) : f(r, i)) }).leads.create(
        input,
      ),
    ),
  ];
  expect(errors.map((e) => e.name)).toEqual([
    "MissingFieldError",
    "UnsupportedFieldError",
    "InvalidFieldError",
    "UnsupportedOperationError",
    "LeadRejectedError",
    "ReadBackError",
  ]);
  for (const error of errors) {
    expectClean(error.message);
    expectClean(String(error));
    expectClean(error.stack);
    expectClean(JSON.stringify(error));
  }
});

it("a vendor error that echoes the values written has them removed from its message (body and rawBody stay the vendor's answer)", async () => {
  const echo: Fetch = async () => json({ message: `${canary.email} already belongs to ${canary.firstName} (${canary.phone})` }, 400);
  for (const vendor of ["syscap", "algebraix"] as const) {
    const leads = createLeadsClient({ vendor, baseUrl: `https://${vendor}.test`, token: "t", fetch: echo });
    const errors = [await failure(leads.create(input)), await failure(leads.update("ABCDEFGH", update))];
    for (const error of errors) {
      expect(error).toBeInstanceOf(ApiError);
      expect(error.message).toContain("[redacted]");
      expectClean(error.message);
      expectClean(error.stack);
    }
  }
});

it("the mock's validation error for a bad e-mail names the field, not the value", async () => {
  const { leads } = mocked("syscap");
  const error = await failure(leads.create({ ...input, email: "canary-not-an-email" }));
  expect(error.message).toContain("email");
  expect(error.message).not.toContain("canary-not-an-email");
});

it("log lines carry no lead values, through list, get, create, update and a failure", async () => {
  const lines: string[] = [];
  const record = (message: string, fields: LogFields) => lines.push(`${message} ${JSON.stringify(fields)}`);
  const logger = { debug: record, info: record, warn: record };
  const base = mocked("syscap", { stateful: true });
  const leads = createLeadsClient({ vendor: "syscap", baseUrl: "https://syscap.test", token: "t", logger, fetch: base.mock.fetch, maxRetries: 0 });
  const lead = await leads.create(input);
  await leads.get(lead.id);
  await leads.update(lead.id, { email: `x.${canary.email}` });
  await leads.list().take(10);
  await leads.get("missing").catch(() => {});
  expect(lines.length).toBeGreaterThanOrEqual(5);
  for (const line of lines) expectClean(line);
});
