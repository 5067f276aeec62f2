import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { passwordResets, users } from "@/db/schema";
import { recordAudit } from "./audit";

export const RESET_VALIDITY_MS = 3_600_000;

/** Only this digest is stored: a copy of the database does not hand out working links. */
export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type IssuedReset = { token: string; email: string; name: string; expiresAt: number };
export type IssueResetResult = { ok: true; reset: IssuedReset } | { ok: false; error: "not-found" | "deactivated" };

/**
 * An admin issues a one-time link for an account. Earlier unused links for that account stop
 * working, so only the last one handed out is valid.
 */
export async function issueResetRecord(db: Db, actorId: string, userId: string, now = Date.now()): Promise<IssueResetResult> {
  return transaction(
    db,
    async (tx): Promise<IssueResetResult> => {
      const [user] = await tx
        .select({ email: users.email, name: users.name, deactivatedAt: users.deactivatedAt })
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.erasedAt)))
        .limit(1);
      if (!user) return { ok: false, error: "not-found" };
      if (user.deactivatedAt !== null) return { ok: false, error: "deactivated" };
      await tx.delete(passwordResets).where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
      const token = randomBytes(32).toString("base64url");
      const expiresAt = now + RESET_VALIDITY_MS;
      await tx.insert(passwordResets).values({ id: crypto.randomUUID(), userId, tokenHash: hashResetToken(token), createdBy: actorId, createdAt: now, expiresAt });
      await recordAudit(tx, { actorId, action: "user.password-reset-issued", targetType: "user", targetId: userId, details: { expiresAt } }, now);
      return { ok: true, reset: { token, email: user.email, name: user.name, expiresAt } };
    },
    { lock: [`user:${userId}`] },
  );
}

async function usableReset(db: Db, token: string, now: number) {
  const [row] = await db
    .select({ id: passwordResets.id, userId: passwordResets.userId, expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt, email: users.email, name: users.name })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, hashResetToken(token)), isNull(users.deactivatedAt), isNull(users.erasedAt)))
    .limit(1);
  return row && row.usedAt === null && row.expiresAt > now ? row : undefined;
}

/** The account a link is for, while it is usable (for the strength check against name and e-mail). */
export async function peekReset(db: Db, token: string, now = Date.now()): Promise<{ email: string; name: string } | undefined> {
  const row = await usableReset(db, token, now);
  return row && { email: row.email, name: row.name };
}

/**
 * Spends the link and sets the new password (hashed by the caller) in one transaction: of two
 * concurrent uses, the second finds it used (lock on the link; and the link is marked used only if
 * it still is unused, so a use racing a newer link that deleted it sets nothing). Every session of
 * the account ends.
 */
export async function spendResetRecord(db: Db, token: string, passwordHash: string, now = Date.now()): Promise<boolean> {
  return transaction(
    db,
    async (tx) => {
      const row = await usableReset(tx, token, now);
      if (!row) return false;
      const spent = await tx
        .update(passwordResets)
        .set({ usedAt: now })
        .where(and(eq(passwordResets.id, row.id), isNull(passwordResets.usedAt)))
        .returning({ id: passwordResets.id });
      if (spent.length !== 1) return false;
      await tx
        .update(users)
        .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(eq(users.id, row.userId));
      await recordAudit(tx, { actorId: row.userId, action: "user.password-reset-used", targetType: "user", targetId: row.userId }, now);
      return true;
    },
    { lock: [`reset:${hashResetToken(token)}`] },
  );
}
