import "server-only";
import { and, asc, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { loginFailures } from "@/db/schema";
import {
  MAX_JOIN_FAILURES,
  MAX_PER_ACCOUNT,
  MAX_PER_CLIENT,
  MAX_SIGNUPS_PER_CLIENT,
  WINDOW_MS,
  backstopRetryAt,
  retryAt,
} from "@/lib/auth/rate-limit-policy";

// Keys of the failure table: one account from one client, one client, one account (backstop).
const pairKey = (email: string, client: string) => `email-client:${email}|${client}`;
const clientKey = (client: string) => `ip:${client}`;
const accountKey = (email: string) => `email:${email}`;

function failureTimes(db: Db, key: string, now: number): number[] {
  return db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, now - WINDOW_MS)))
    .orderBy(asc(loginFailures.at))
    .all()
    .map((r) => r.at);
}

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

function insertFailures(db: Db, keys: string[], now: number): number[] {
  const ids = keys.map((key) => db.insert(loginFailures).values({ key, at: now }).returning({ id: loginFailures.id }).get().id);
  // Rows older than the window are useless: pruned here, so the table stays small.
  db.delete(loginFailures).where(lt(loginFailures.at, now - WINDOW_MS)).run();
  return ids;
}

export type SignInTicket = { ok: true; provisional: number[] } | { ok: false; retryAt: number };

/**
 * Before a password is verified: in one immediate transaction (the write lock is taken first, so
 * concurrent guesses, in this process or another, are counted one after the other), refuse if a
 * limit is reached, else record a failure now. The caller removes it when the password is right;
 * so parallel guesses cannot all pass a check made before any of them is recorded.
 */
export function beginSignIn(db: Db, email: string, client: string, now = Date.now()): SignInTicket {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const until = later(
        later(retryAt(failureTimes(t, pairKey(email, client), now), MAX_PER_ACCOUNT, now), retryAt(failureTimes(t, clientKey(client), now), MAX_PER_CLIENT, now)),
        backstopRetryAt(failureTimes(t, accountKey(email), now), now),
      );
      if (until !== null) return { ok: false, retryAt: until } as const;
      return { ok: true, provisional: insertFailures(t, [pairKey(email, client), clientKey(client), accountKey(email)], now) } as const;
    },
    { behavior: "immediate" },
  );
}

/** The password was right: the provisional failures go, and so do this client's earlier ones on the account. */
export function signInSucceeded(db: Db, email: string, client: string, ticket: { provisional: number[] }): void {
  db.transaction(
    (tx) => {
      tx.delete(loginFailures).where(inArray(loginFailures.id, ticket.provisional)).run();
      tx.delete(loginFailures).where(eq(loginFailures.key, pairKey(email, client))).run();
    },
    { behavior: "immediate" },
  );
}

/** Counts a sign-up attempt of this client, or says when it may try again (same window). */
export function takeSignUpSlot(db: Db, client: string, now = Date.now()): { ok: true } | { ok: false; retryAt: number } {
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const until = retryAt(failureTimes(t, `signup:${client}`, now), MAX_SIGNUPS_PER_CLIENT, now);
      if (until !== null) return { ok: false, retryAt: until } as const;
      insertFailures(t, [`signup:${client}`], now);
      return { ok: true } as const;
    },
    { behavior: "immediate" },
  );
}

/** The time (ms) until which this student may not try another cohort code, or null. */
export function joinBlockedUntil(userId: string, now = Date.now()): number | null {
  return retryAt(failureTimes(getDb(), `join:${userId}`, now), MAX_JOIN_FAILURES, now);
}

/** A wrong cohort code, counted against the student (same table and window as failed sign-ins). */
export function recordJoinFailure(userId: string, now = Date.now()): void {
  getDb().transaction((tx) => void insertFailures(tx as unknown as Db, [`join:${userId}`], now), { behavior: "immediate" });
}
