import "server-only";
import { and, asc, count, eq, isNull, like, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { revokedSessions, users, type Role } from "@/db/schema";
import { recordAudit } from "./audit";

// Session-free: callers (lib/dal/admin.ts, lib/dal/accounts.ts) pass the acting user's id after
// checking who they are; each function re-checks the target inside the transaction that changes it.

export function tokenVersionOf(db: Db, userId: string): number | undefined {
  return db.select({ tv: users.tokenVersion }).from(users).where(eq(users.id, userId)).get()?.tv;
}

/** Ends every session of the account: the cookies still carry the old version, which no longer matches. */
export function revokeSessions(tx: Db, userId: string): void {
  tx.update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, userId))
    .run();
}

/**
 * Sign-out: ends this session only (its id is recorded until the token would have expired anyway);
 * the account's other sessions go on. Expired records are pruned on the way.
 */
export function revokeSession(db: Db, userId: string, sid: string, expiresAt: number, now = Date.now()): void {
  db.transaction(
    (tx) => {
      tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now)).run();
      if (expiresAt > now) tx.insert(revokedSessions).values({ sid, userId, expiresAt }).onConflictDoNothing().run();
    },
    { behavior: "immediate" },
  );
}

const activeAdmin = and(eq(users.role, "admin"), isNull(users.deactivatedAt), isNull(users.erasedAt));

/** Whether another active admin than `userId` exists. Read inside the write transaction. */
function otherActiveAdminExists(tx: Db, userId: string): boolean {
  return tx.select({ id: users.id }).from(users).where(and(activeAdmin, ne(users.id, userId))).limit(1).get() !== undefined;
}

export type AdminChangeResult = { ok: true; changed: boolean } | { ok: false; error: "not-found" | "self" | "last-admin" };

type Target = { id: string; role: Role; deactivatedAt: number | null };

/**
 * Runs an admin's change on another account in one immediate transaction: the write lock is taken
 * before the last-admin check, so two admins demoting each other at once are serialised and the
 * second one sees the first one's change.
 */
function adminChange(db: Db, actorId: string, userId: string, change: (tx: Db, target: Target) => AdminChangeResult): AdminChangeResult {
  // Nobody demotes or deactivates themself: the platform must never lose an admin by accident.
  if (actorId === userId) return { ok: false, error: "self" };
  return db.transaction(
    (tx) => {
      const target = tx
        .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.erasedAt)))
        .get();
      if (!target) return { ok: false, error: "not-found" } as const;
      return change(tx as unknown as Db, target);
    },
    { behavior: "immediate" },
  );
}

export function changeRoleRecord(db: Db, actorId: string, userId: string, role: Role, now = Date.now()): AdminChangeResult {
  return adminChange(db, actorId, userId, (tx, target) => {
    if (target.role === role) return { ok: true, changed: false };
    if (target.role === "admin" && target.deactivatedAt === null && !otherActiveAdminExists(tx, userId)) return { ok: false, error: "last-admin" };
    tx.update(users).set({ role }).where(eq(users.id, userId)).run();
    recordAudit(tx, { actorId, action: "user.role-change", targetType: "user", targetId: userId, details: { from: target.role, to: role } }, now);
    return { ok: true, changed: true };
  });
}

export function setDeactivatedRecord(db: Db, actorId: string, userId: string, deactivate: boolean, now = Date.now()): AdminChangeResult {
  return adminChange(db, actorId, userId, (tx, target) => {
    if ((target.deactivatedAt !== null) === deactivate) return { ok: true, changed: false };
    if (deactivate && target.role === "admin" && !otherActiveAdminExists(tx, userId)) return { ok: false, error: "last-admin" };
    tx.update(users)
      .set({ deactivatedAt: deactivate ? now : null })
      .where(eq(users.id, userId))
      .run();
    // A deactivated account's open sessions end at once; reactivation does not bring them back.
    if (deactivate) revokeSessions(tx, userId);
    recordAudit(tx, { actorId, action: deactivate ? "user.deactivate" : "user.reactivate", targetType: "user", targetId: userId }, now);
    return { ok: true, changed: true };
  });
}

export type AdminUserDTO = { id: string; email: string; name: string; role: Role; createdAt: number; deactivated: boolean };
export type UserPage = { users: AdminUserDTO[]; total: number; page: number; pageCount: number };

/** One page of accounts (erased tombstones excluded), searched by e-mail or name. */
export function listUsersPage(db: Db, opts: { query: string; page: number; pageSize: number }): UserPage {
  const pattern = `%${opts.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const search = opts.query ? or(like(users.email, sql`${pattern} escape '\\'`), like(users.name, sql`${pattern} escape '\\'`)) : undefined;
  const where = and(isNull(users.erasedAt), search);
  const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / opts.pageSize));
  const page = Math.min(Math.max(1, opts.page), pageCount);
  const rows = db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(where)
    .orderBy(asc(users.email))
    .limit(opts.pageSize)
    .offset((page - 1) * opts.pageSize)
    .all();
  return { users: rows.map(({ deactivatedAt, ...u }) => ({ ...u, deactivated: deactivatedAt !== null })), total, page, pageCount };
}

/** The user's own password change (the current password was verified by the caller); ends every session. */
export function changePasswordRecord(db: Db, userId: string, passwordHash: string, now = Date.now()): boolean {
  return db.transaction(
    (tx) => {
      const res = tx
        .update(users)
        .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(and(eq(users.id, userId), isNull(users.deactivatedAt), isNull(users.erasedAt)))
        .run();
      if (res.changes !== 1) return false;
      recordAudit(tx as unknown as Db, { actorId: userId, action: "user.password-change", targetType: "user", targetId: userId }, now);
      return true;
    },
    { behavior: "immediate" },
  );
}
