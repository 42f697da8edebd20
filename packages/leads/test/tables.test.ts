// The README's and the guide's tables are the mapping code's own: rendered from src/vendors/*.ts
// by tables.ts. `pnpm --filter @crm-sdk/leads table` rewrites them after a mapping change.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mappingTable, replaceTable, writeTable } from "./tables.js";

const documents = [join(import.meta.dirname, "..", "README.md"), join(import.meta.dirname, "..", "..", "docs-site", "guide", "leads.md")];
const tables = { mapping: mappingTable(), writes: writeTable() };

describe.each(documents)("%s", (file) => {
  if (process.env.UPDATE_TABLES) writeFileSync(file, Object.values(tables).reduce(replaceTable, readFileSync(file, "utf8")));
  const document = readFileSync(file, "utf8");
  it.each(Object.entries(tables))("holds the %s table as the code renders it", (_, table) => {
    expect(replaceTable(document, table)).toBe(document);
  });
});

it("the mapping table has one row per Lead field and one column per vendor", () => {
  const lines = tables.mapping.split("\n");
  expect(lines[0]).toBe("| Lead field | Algebraix | Syscap | LeanCore | Envia | Centia |");
  expect(lines.slice(2).map((l) => l.split(" | ")[0]?.slice(2))).toEqual([
    "`vendor`",
    "`id`",
    "`firstName`",
    "`lastName`",
    "`secondLastName`",
    "`fullName`",
    "`companyName`",
    "`email`",
    "`phones`",
    "`status`",
    "`owner`",
    "`createdAt`",
    "`updatedAt`",
    "`raw`",
  ]);
  for (const line of lines) expect(line.split(/(?<!\\)\|/).length).toBe(8);
});
