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

/** The time (ms) until which sign-in is refused for this account or client, or null. */
export function signInBlockedUntil(email: string, client: string, now = Date.now()): number | null {
  const db = getDb();
  let until: number | null = null;
  for (const { key, max } of keys(email, client)) {
    const rows = db
      .select({ at: loginFailures.at })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gt(loginFailures.at, now - WINDOW_MS)))
      .orderBy(asc(loginFailures.at))
      .all();
    const at = retryAt(
      rows.map((r) => r.at),
      max,
      now,
    );
    if (at !== null && (until === null || at > until)) until = at;
  }
  return until;
}

export function recordSignInFailure(email: string, client: string, now = Date.now()): void {
  const db = getDb();
  db.transaction((tx) => {
    for (const { key } of keys(email, client)) tx.insert(loginFailures).values({ key, at: now }).run();
    // Old rows are useless: prune them so the table stays small.
    tx.delete(loginFailures).where(lt(loginFailures.at, now - WINDOW_MS)).run();
  });
}

/** The time (ms) until which this student may not try another cohort code, or null. */
export function joinBlockedUntil(userId: string, now = Date.now()): number | null {
  const rows = getDb()
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, `join:${userId}`), gt(loginFailures.at, now - WINDOW_MS)))
    .orderBy(asc(loginFailures.at))
    .all();
  return retryAt(
    rows.map((r) => r.at),
    MAX_JOIN_FAILURES,
    now,
  );
}

/** A wrong cohort code, counted against the student (same table and window as failed sign-ins). */
export function recordJoinFailure(userId: string, now = Date.now()): void {
  getDb().transaction((tx) => {
    tx.insert(loginFailures).values({ key: `join:${userId}`, at: now }).run();
    tx.delete(loginFailures).where(lt(loginFailures.at, now - WINDOW_MS)).run();
  });
}

export function clearAccountFailures(email: string): void {
  getDb().delete(loginFailures).where(eq(loginFailures.key, `email:${email}`)).run();
}
