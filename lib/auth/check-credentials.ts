import "server-only";
import type { Db } from "@/db/client";
import type { User } from "@/db/schema";
import { beginSignIn, signInSucceeded } from "@/lib/dal/rate-limit";
import { findUserByEmailIn } from "@/lib/dal/users";
import { dummyPasswordHash, verifyPassword } from "./password";

export type CredentialsOutcome = { ok: true; user: User } | { ok: false; error: "invalid" } | { ok: false; error: "rate-limited"; retryAt: number };

/**
 * One sign-in attempt: the failure is recorded (atomically with the limit check) before the
 * password is verified, and taken back when it is right. `email` is already normalised.
 */
export async function checkCredentials(db: Db, email: string, password: string, client: string, now = Date.now()): Promise<CredentialsOutcome> {
  const ticket = await beginSignIn(db, email, client, now);
  if (!ticket.ok) return { ok: false, error: "rate-limited", retryAt: ticket.retryAt };
  const user = await findUserByEmailIn(db, email);
  // Verify against a dummy hash for unknown emails: same work, same answer, no account probing.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  // A deactivated or erased account answers like a wrong password.
  if (!user || !ok || user.deactivatedAt !== null || user.erasedAt !== null) return { ok: false, error: "invalid" };
  await signInSucceeded(db, email, client, ticket);
  return { ok: true, user };
}
