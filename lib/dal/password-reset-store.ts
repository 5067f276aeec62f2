import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
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
export function issueResetRecord(db: Db, actorId: string, userId: string, now = Date.now()): IssueResetResult {
  return db.transaction(
    (tx): IssueResetResult => {
      const user = tx
        .select({ email: users.email, name: users.name, deactivatedAt: users.deactivatedAt })
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.erasedAt)))
        .get();
      if (!user) return { ok: false, error: "not-found" };
      if (user.deactivatedAt !== null) return { ok: false, error: "deactivated" };
      tx.delete(passwordResets)
        .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)))
        .run();
      const token = randomBytes(32).toString("base64url");
      const expiresAt = now + RESET_VALIDITY_MS;
      tx.insert(passwordResets).values({ id: crypto.randomUUID(), userId, tokenHash: hashResetToken(token), createdBy: actorId, createdAt: now, expiresAt }).run();
      recordAudit(tx as unknown as Db, { actorId, action: "user.password-reset-issued", targetType: "user", targetId: userId, details: { expiresAt } }, now);
      return { ok: true, reset: { token, email: user.email, name: user.name, expiresAt } };
    },
    { behavior: "immediate" },
  );
}

function usableReset(db: Db, token: string, now: number) {
  const row = db
    .select({ id: passwordResets.id, userId: passwordResets.userId, expiresAt: passwordResets.expiresAt, usedAt: passwordResets.usedAt, email: users.email, name: users.name })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, hashResetToken(token)), isNull(users.deactivatedAt), isNull(users.erasedAt)))
    .get();
  return row && row.usedAt === null && row.expiresAt > now ? row : undefined;
}

/** The account a link is for, while it is usable (for the strength check against name and e-mail). */
export function peekReset(db: Db, token: string, now = Date.now()): { email: string; name: string } | undefined {
  const row = usableReset(db, token, now);
  return row && { email: row.email, name: row.name };
}

/**
 * Spends the link and sets the new password in one immediate transaction: of two concurrent uses,
 * the second finds it used. Every session of the account ends.
 */
export function spendResetRecord(db: Db, token: string, passwordHash: string, now = Date.now()): boolean {
  return db.transaction(
    (tx) => {
      const row = usableReset(tx as unknown as Db, token, now);
      if (!row) return false;
      tx.update(passwordResets).set({ usedAt: now }).where(eq(passwordResets.id, row.id)).run();
      tx.update(users)
        .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(eq(users.id, row.userId))
        .run();
      recordAudit(tx as unknown as Db, { actorId: row.userId, action: "user.password-reset-used", targetType: "user", targetId: row.userId }, now);
      return true;
    },
    { behavior: "immediate" },
  );
}
