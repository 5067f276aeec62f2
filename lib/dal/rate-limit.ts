import "server-only";
import { and, eq, gt, lt, asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginFailures } from "@/db/schema";
import { MAX_JOIN_FAILURES, MAX_PER_ACCOUNT, MAX_PER_CLIENT, WINDOW_MS, retryAt } from "@/lib/auth/rate-limit-policy";

function keys(email: string, client: string) {
  return [
    { key: `email:${email}`, max: MAX_PER_ACCOUNT },
    { key: `ip:${client}`, max: MAX_PER_CLIENT },
  ];
}

/** When `key` may try again (ms), given its failures within the window and its limit; null if now. */
function blockedUntil(key: string, max: number, now: number): number | null {
  const rows = getDb()
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, now - WINDOW_MS)))
    .orderBy(asc(loginFailures.at))
    .all();
  return retryAt(
    rows.map((r) => r.at),
    max,
    now,
  );
}

/** One failure for each key; rows older than the window are useless and pruned, so the table stays small. */
function recordFailures(keys: string[], now: number): void {
  getDb().transaction((tx) => {
    for (const key of keys) tx.insert(loginFailures).values({ key, at: now }).run();
    tx.delete(loginFailures).where(lt(loginFailures.at, now - WINDOW_MS)).run();
  });
}

/** The time (ms) until which sign-in is refused for this account or client, or null. */
export function signInBlockedUntil(email: string, client: string, now = Date.now()): number | null {
  let until: number | null = null;
  for (const { key, max } of keys(email, client)) {
    const at = blockedUntil(key, max, now);
    if (at !== null && (until === null || at > until)) until = at;
  }
  return until;
}

export function recordSignInFailure(email: string, client: string, now = Date.now()): void {
  recordFailures(
    keys(email, client).map((k) => k.key),
    now,
  );
}

/** The time (ms) until which this student may not try another cohort code, or null. */
export function joinBlockedUntil(userId: string, now = Date.now()): number | null {
  return blockedUntil(`join:${userId}`, MAX_JOIN_FAILURES, now);
}

/** A wrong cohort code, counted against the student (same table and window as failed sign-ins). */
export function recordJoinFailure(userId: string, now = Date.now()): void {
  recordFailures([`join:${userId}`], now);
}

export function clearAccountFailures(email: string): void {
  getDb().delete(loginFailures).where(eq(loginFailures.key, `email:${email}`)).run();
}
