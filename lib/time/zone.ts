/**
 * Wall-clock dates in a named time zone (pure, no dependency on the process's TZ): what an
 * instructor types in a `datetime-local` input is read in the platform's zone, and every date is
 * shown in it, whatever zone the server or the browser runs in.
 */
export const DEFAULT_TIME_ZONE = "Europe/Paris";

/** An IANA zone name the runtime knows ("Europe/Paris", "UTC"); offsets and abbreviations are refused. */
export function isValidTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of instant `ms` in `zone`. */
export function zonedParts(ms: number, zone: string): Parts {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    partsFormatters.set(zone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(ms)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute, second: out.second };
}

/** How far `zone`'s wall clock is ahead of UTC at instant `ms` (e.g. +3 600 000 in Paris in winter). */
function offsetAt(ms: number, zone: string): number {
  const p = zonedParts(ms, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(ms / 1000) * 1000;
}

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY = 86_400_000;

/**
 * "2027-01-15T18:00" read in `zone` → epoch ms (17:00Z for Paris in winter); null for a malformed
 * value or an impossible date (31 February). A time skipped by a clock change (02:30 on the night
 * clocks go forward) is read with the offset before the change, i.e. moved forward by the gap; a
 * time repeated when clocks go back is its first occurrence.
 */
export function parseZonedDateTime(value: string, zone: string): number | null {
  const m = PATTERN.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(asUtc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const before = asUtc - offsetAt(asUtc - DAY, zone);
  const after = asUtc - offsetAt(asUtc + DAY, zone);
  const reads = (ms: number) => {
    const p = zonedParts(ms, zone);
    return p.year === y && p.month === mo && p.day === d && p.hour === h && p.minute === mi;
  };
  const candidates = [before, after].filter(reads).sort((a, b) => a - b);
  return candidates[0] ?? before;
}

/** Epoch ms → the "YYYY-MM-DDTHH:mm" a `datetime-local` input shows, in `zone`. */
export function formatZonedInput(ms: number, zone: string): string {
  const p = zonedParts(ms, zone);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
