// Dates become ISO 8601 only where the vendor's notation converts without a guess: the fields
// are rearranged, never shifted to a time zone the vendor did not state. Anything else is null
// (the original stays in `raw`).

const pad = (n: number) => String(n).padStart(2, "0");

const daysIn = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
/** Whether the numbers make a real calendar date and clock time (no 31/02, no 24:00). */
function valid(y: number, m: number, d: number, h = 0, min = 0, s = 0): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) && h < 24 && min < 60 && s < 60;
}

function local(y: number, m: number, d: number, time?: [number, number, number?]): string | null {
  if (!valid(y, m, d, time?.[0], time?.[1], time?.[2])) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!time) return date;
  return `${date}T${pad(time[0])}:${pad(time[1])}${time[2] === undefined ? "" : `:${pad(time[2])}`}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** A value already in ISO 8601 (a date, or a date and time with or without an offset), as it is. */
export function isoAsIs(value: unknown): string | null {
  const m = typeof value === "string" ? ISO.exec(value) : null;
  if (!m) return null;
  const [y, mo, d, h, min, s] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  return valid(y as number, mo as number, d as number, h ?? 0, min ?? 0, s ?? 0) ? (value as string) : null;
}

const SYSCAP = /^\d{4}-\d{2}-\d{2} - \d{2}:\d{2}$/;
/** Syscap's `YYYY-MM-DD - HH:MM` → `YYYY-MM-DDTHH:MM`: a local time, no offset (Syscap states no time zone). */
export function fromSyscapTimestamp(value: unknown): string | null {
  // Every listed lead has two of these: sliced by position, no captures or Date (see scripts/bench/leads.mjs).
  if (typeof value !== "string" || !SYSCAP.test(value)) return null;
  const n = (at: number) => (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;
  return valid(n(0) * 100 + n(2), n(5), n(8), n(13), n(16)) ? `${value.slice(0, 10)}T${value.slice(13)}` : null;
}

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/**
 * Algebraix's `dd/mm/yyyy` → `yyyy-mm-dd`; with a time after it (`dd/mm/yyyy HH:MM[:SS]`), a
 * local date and time without an offset. A value already in ISO 8601 is kept.
 */
export function fromDayMonthYear(value: unknown): string | null {
  const m = typeof value === "string" ? DMY.exec(value) : null;
  if (!m) return isoAsIs(value);
  const [d, mo, y, h, min, s] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  return local(y as number, mo as number, d as number, h === undefined ? undefined : [h, min as number, s]);
}
