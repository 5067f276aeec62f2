/**
 * The audit page's filters, read from the query string: pure, so the page, the CSV export and the
 * tests share one reading. Dates are calendar days in the platform's time zone, the range inclusive.
 */
import { z } from "zod";

export type AuditFilter = { action: string | null; actor: string; target: string; from: string; to: string; fromMs: number | null; toMs: number | null; page: number };

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

/** Milliseconds of the zone's offset from UTC at instant `ms` (positive east of Greenwich). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant a calendar day starts in a time zone (DST-safe: the offset is taken at that instant). */
export function startOfDay(isoDay: string, timeZone: string): number {
  const utcMidnight = Date.parse(`${isoDay}T00:00:00Z`);
  const guess = utcMidnight - zoneOffsetMs(utcMidnight, timeZone);
  return utcMidnight - zoneOffsetMs(guess, timeZone);
}

function nextDay(isoDay: string): string {
  return new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

const text = (v: unknown) => (typeof v === "string" ? v.trim().slice(0, 200) : "");

export function parseAuditFilter(params: Record<string, string | string[] | undefined>, actions: readonly string[], timeZone: string): AuditFilter {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const action = one("action");
  const from = day.safeParse(one("from")).data ?? "";
  const to = day.safeParse(one("to")).data ?? "";
  const page = z.coerce.number().int().min(1).max(100_000).safeParse(one("page")).data ?? 1;
  return {
    action: action && actions.includes(action) ? action : null,
    actor: text(one("actor")),
    target: text(one("target")),
    from,
    to,
    fromMs: from ? startOfDay(from, timeZone) : null,
    // Inclusive: everything before the start of the next day.
    toMs: to ? startOfDay(nextDay(to), timeZone) : null,
    page,
  };
}
