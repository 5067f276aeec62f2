import "server-only";
import { and, asc, eq, gt, inArray, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
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

export type JoinRefusal = { ok: false; error: "rate-limited"; retryAt: number };

/**
 * One cohort-code try, limited per student. The count, the code lookup and the recorded failure
 * share one immediate transaction (the write lock is taken first), so parallel tries, from this
 * process or another, are counted one after the other and cannot all pass a check made before
 * any of them was recorded. Too many wrong codes: refused for a while, even the right one.
 */
export function limitJoinAttempt<T extends { ok: boolean }>(db: Db, userId: string, now: number, tryCode: (tx: Db) => T): T | JoinRefusal {
  const key = `join:${userId}`;
  return db.transaction(
    (tx) => {
      const t = tx as unknown as Db;
      const until = retryAt(failureTimes(t, key, now), MAX_JOIN_FAILURES, now);
      if (until !== null) return { ok: false, error: "rate-limited", retryAt: until } as const;
      const result = tryCode(t);
      if (!result.ok) insertFailures(t, [key], now);
      return result;
    },
    { behavior: "immediate" },
  );
}
