import "server-only";
import { and, asc, eq, gt, inArray, lt } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
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
/** The lock key of a failure-table key: the transaction that counts then records a key's failures holds it. */
const loginLock = (key: string) => `login:${key}`;

async function failureTimes(db: Db, key: string, now: number): Promise<number[]> {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, now - WINDOW_MS)))
    .orderBy(asc(loginFailures.at), asc(loginFailures.id));
  return rows.map((r) => r.at);
}

const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** Inside the caller's transaction. */
async function insertFailures(tx: Db, keys: string[], now: number): Promise<number[]> {
  const inserted = await tx
    .insert(loginFailures)
    .values(keys.map((key) => ({ key, at: now })))
    .returning({ id: loginFailures.id });
  // Rows older than the window are useless: pruned here, so the table stays small.
  await tx.delete(loginFailures).where(lt(loginFailures.at, now - WINDOW_MS));
  return inserted.map((r) => r.id);
}

export type SignInTicket = { ok: true; provisional: number[] } | { ok: false; retryAt: number };

/**
 * Before a password is verified: in one transaction holding the locks of the three keys (so
 * concurrent guesses, in this process or another server, are counted one after the other), refuse
 * if a limit is reached, else record a failure now. The caller removes it when the password is
 * right; so parallel guesses cannot all pass a check made before any of them is recorded.
 */
export async function beginSignIn(db: Db, email: string, client: string, now = Date.now()): Promise<SignInTicket> {
  const [pair, byClient, account] = [pairKey(email, client), clientKey(client), accountKey(email)];
  const keys = [pair, byClient, account];
  return transaction(
    db,
    async (tx): Promise<SignInTicket> => {
      // One query after the other: a PostgreSQL transaction is one connection.
      const until = later(
        later(retryAt(await failureTimes(tx, pair, now), MAX_PER_ACCOUNT, now), retryAt(await failureTimes(tx, byClient, now), MAX_PER_CLIENT, now)),
        backstopRetryAt(await failureTimes(tx, account, now), now),
      );
      if (until !== null) return { ok: false, retryAt: until };
      return { ok: true, provisional: await insertFailures(tx, keys, now) };
    },
    { lock: keys.map(loginLock) },
  );
}

/** The password was right: the provisional failures go, and so do this client's earlier ones on the account. */
export async function signInSucceeded(db: Db, email: string, client: string, ticket: { provisional: number[] }): Promise<void> {
  await transaction(
    db,
    async (tx) => {
      await tx.delete(loginFailures).where(inArray(loginFailures.id, ticket.provisional));
      await tx.delete(loginFailures).where(eq(loginFailures.key, pairKey(email, client)));
    },
    { lock: [loginLock(pairKey(email, client))] },
  );
}

/** Counts a sign-up attempt of this client, or says when it may try again (same window). */
export async function takeSignUpSlot(db: Db, client: string, now = Date.now()): Promise<{ ok: true } | { ok: false; retryAt: number }> {
  const key = `signup:${client}`;
  return transaction(
    db,
    async (tx): Promise<{ ok: true } | { ok: false; retryAt: number }> => {
      const until = retryAt(await failureTimes(tx, key, now), MAX_SIGNUPS_PER_CLIENT, now);
      if (until !== null) return { ok: false, retryAt: until };
      await insertFailures(tx, [key], now);
      return { ok: true };
    },
    { lock: [loginLock(key)] },
  );
}

export type JoinRefusal = { ok: false; error: "rate-limited"; retryAt: number };

/**
 * One cohort-code try, limited per student. The count, the code lookup and the recorded failure
 * share one transaction holding the student's `join:<userId>` lock, so parallel tries, from this
 * process or another server, are counted one after the other and cannot all pass a check made
 * before any of them was recorded. Too many wrong codes: refused for a while, even the right one.
 * `tryCode` runs inside the transaction (with `tx`); `lock` adds the keys it reads then writes.
 */
export async function limitJoinAttempt<T extends { ok: boolean }>(
  db: Db,
  userId: string,
  now: number,
  tryCode: (tx: Db) => T | Promise<T>,
  lock: string[] = [],
): Promise<T | JoinRefusal> {
  const key = `join:${userId}`;
  return transaction(
    db,
    async (tx): Promise<T | JoinRefusal> => {
      const until = retryAt(await failureTimes(tx, key, now), MAX_JOIN_FAILURES, now);
      if (until !== null) return { ok: false, error: "rate-limited", retryAt: until };
      const result = await tryCode(tx);
      if (!result.ok) await insertFailures(tx, [key], now);
      return result;
    },
    { lock: [key, ...lock] },
  );
}
