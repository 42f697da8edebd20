// The mapping and write tables of the README and the guide, rendered from the mapping code
// (src/vendors/*.ts): tables.test.ts fails when a document's table differs from this output,
// and `pnpm --filter @crm-sdk/leads table` rewrites the documents with it.
import { leadCapabilities } from "../src/capabilities.js";
import { definitions } from "../src/client.js";
import type { TextField, WriteSpec } from "../src/input.js";
import { type LeadField, type LeadVendor, leadVendors } from "../src/lead.js";

const titles: Record<LeadVendor, string> = { algebraix: "Algebraix", syscap: "Syscap", leancore: "LeanCore", envia: "Envia", centia: "Centia" };
const fields: LeadField[] = [
  "id",
  "firstName",
  "lastName",
  "secondLastName",
  "fullName",
  "companyName",
  "email",
  "phones",
  "status",
  "owner",
  "createdAt",
  "updatedAt",
];
const row = (cells: string[]) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
const header = (first: string) => [row([first, ...leadVendors.map((v) => titles[v])]), row(Array(leadVendors.length + 1).fill("---"))];

/** One row per Lead field, one column per vendor: which vendor field each Lead field is read from. */
export function mappingTable(): string {
  const lines = header("Lead field");
  lines.push(row(["`vendor`", ...leadVendors.map((v) => `\`"${v}"\``)]));
  for (const field of fields) lines.push(row([`\`${field}\``, ...leadVendors.map((v) => definitions[v].mapping.fields[field].from)]));
  lines.push(row(["`raw`", ...leadVendors.map((v) => definitions[v].mapping.record)]));
  return lines.join("\n");
}

const textFields: TextField[] = ["firstName", "lastName", "secondLastName", "fullName", "companyName", "email"];
const ops = ["create", "update"] as const;

/** Where a Lead input field goes in each write of a vendor, grouped: "`name` (create, required; update)". */
function writeCell(vendor: LeadVendor, target: (spec: WriteSpec) => string | null, required: (spec: WriteSpec) => boolean): string {
  const { writes } = definitions[vendor];
  const places = new Map<string, string[]>();
  for (const op of ops) {
    const spec = writes[op];
    const to = spec && target(spec);
    if (!spec || !to) continue;
    places.set(to, [...(places.get(to) ?? []), `${op}${required(spec) ? ", **required**" : ""}`]);
  }
  return places.size === 0 ? "—" : [...places].map(([to, where]) => `${to} (${where.join("; ")})`).join("; ");
}

function phoneTarget(spec: WriteSpec): string | null {
  const kinds = Object.entries(spec.phones).map(([kind, t]) => {
    const extra = [t.extension && `extension \`${t.extension}\``, t.countryCode && `country code \`${t.countryCode}\``].filter(Boolean);
    return `\`${kind}\` → \`${t.number}\`${extra.length ? ` (${extra.join(", ")})` : ""}${t.numeric ? " as numbers" : ""}`;
  });
  return kinds.length ? kinds.join(", ") : null;
}

/** One row per input field, one column per vendor: where `create` and `update` write it, and what is required. */
export function writeTable(): string {
  const lines = header("input");
  const can = (v: LeadVendor) => ops.filter((op) => leadCapabilities[v][op]);
  lines.push(row(["operations", ...leadVendors.map((v) => (can(v).length ? can(v).join(", ") : "none (list only)"))]));
  for (const field of textFields) {
    const cells = leadVendors.map((v) =>
      writeCell(
        v,
        (spec) => {
          const key = spec.fields[field];
          if (key) return `\`${key}\``;
          return spec.joinedName && ["firstName", "lastName", "secondLastName"].includes(field) ? `joined with spaces into \`${spec.joinedName}\`` : null;
        },
        (spec) => spec.required.includes(field),
      ),
    );
    lines.push(row([`\`${field}\``, ...cells]));
  }
  for (const op of ops) {
    lines.push(row([`\`phones\` (${op})`, ...leadVendors.map((v) => (definitions[v].writes[op] && phoneTarget(definitions[v].writes[op])) || "—")]));
  }
  const vendorRequired = (v: LeadVendor) =>
    definitions[v].writes.create?.required.filter((f) => f.startsWith("vendorFields.")).map((f) => `\`${f}\` **required**`) ?? [];
  lines.push(
    row([
      "`vendorFields`",
      ...leadVendors.map((v) => (can(v).length === 0 ? "—" : ["the vendor's other fields, by its names", ...vendorRequired(v)].join("; "))),
    ]),
  );
  return lines.join("\n");
}

/** `document` with its table that starts with `first`'s header line replaced by `table`. */
export function replaceTable(document: string, table: string): string {
  const lines = document.split("\n");
  const head = table.split("\n")[0] as string;
  const start = lines.indexOf(head);
  if (start < 0) throw new Error(`no table starting with ${head}`);
  let end = start;
  while (end < lines.length && lines[end]?.startsWith("|")) end++;
  return [...lines.slice(0, start), ...table.split("\n"), ...lines.slice(end)].join("\n");
}
