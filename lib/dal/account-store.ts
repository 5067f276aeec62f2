import "server-only";
import { and, asc, count, eq, isNull, lt, ne, or, sql, type AnyColumn } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { revokedSessions, users, type Role } from "@/db/schema";
import { recordAudit } from "./audit";

// Session-free: callers (lib/dal/admin.ts, lib/dal/accounts.ts) pass the acting user's id after
// checking who they are; each function re-checks the target inside the transaction that changes it.

/**
 * Lock key of the set of active admins: every change that could remove an admin takes it, so that
 * two admins demoting each other at once (two servers) are serialised and the second sees the first's change.
 */
const ADMINS_LOCK = "admins";

export async function tokenVersionOf(db: Db, userId: string): Promise<number | undefined> {
  const [row] = await db.select({ tv: users.tokenVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.tv;
}

/** Ends every session of the account: the cookies still carry the old version, which no longer matches. */
export async function revokeSessions(db: Db, userId: string): Promise<void> {
  await transaction(
    db,
    async (tx) => {
      await tx
        .update(users)
        .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(eq(users.id, userId));
    },
    { lock: [`user:${userId}`] },
  );
}

/**
 * Sign-out: ends this session only (its id is recorded until the token would have expired anyway);
 * the account's other sessions go on. Expired records are pruned on the way.
 */
export async function revokeSession(db: Db, userId: string, sid: string, expiresAt: number, now = Date.now()): Promise<void> {
  await transaction(
    db,
    async (tx) => {
      await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
      if (expiresAt > now) await tx.insert(revokedSessions).values({ sid, userId, expiresAt }).onConflictDoNothing();
    },
    { lock: [`user:${userId}`] },
  );
}

const activeAdmin = () => and(eq(users.role, "admin"), isNull(users.deactivatedAt), isNull(users.erasedAt));

/** Whether another active admin than `userId` exists. Read inside the write transaction (lock ADMINS_LOCK). */
async function otherActiveAdminExists(tx: Db, userId: string): Promise<boolean> {
  const [other] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(activeAdmin(), ne(users.id, userId)))
    .limit(1);
  return other !== undefined;
}

export type AdminChangeResult = { ok: true; changed: boolean } | { ok: false; error: "not-found" | "self" | "last-admin" };

type Target = { id: string; role: Role; deactivatedAt: number | null };

/**
 * Runs an admin's change on another account in one transaction that holds the admins' lock before
 * the last-admin check, so two admins demoting each other at once (in one process or two servers)
 * are serialised and the second one sees the first one's change.
 */
async function adminChange(db: Db, actorId: string, userId: string, change: (tx: Db, target: Target) => Promise<AdminChangeResult>): Promise<AdminChangeResult> {
  // Nobody demotes or deactivates themself: the platform must never lose an admin by accident.
  if (actorId === userId) return { ok: false, error: "self" };
  return transaction(
    db,
    async (tx): Promise<AdminChangeResult> => {
      const [target] = await tx
        .select({ id: users.id, role: users.role, deactivatedAt: users.deactivatedAt })
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.erasedAt)))
        .limit(1);
      if (!target) return { ok: false, error: "not-found" };
      return change(tx, target);
    },
    { lock: [ADMINS_LOCK, `user:${userId}`] },
  );
}

export function changeRoleRecord(db: Db, actorId: string, userId: string, role: Role, now = Date.now()): Promise<AdminChangeResult> {
  return adminChange(db, actorId, userId, async (tx, target) => {
    if (target.role === role) return { ok: true, changed: false };
    if (target.role === "admin" && target.deactivatedAt === null && !(await otherActiveAdminExists(tx, userId))) return { ok: false, error: "last-admin" };
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    await recordAudit(tx, { actorId, action: "user.role-change", targetType: "user", targetId: userId, details: { from: target.role, to: role } }, now);
    return { ok: true, changed: true };
  });
}

export function setDeactivatedRecord(db: Db, actorId: string, userId: string, deactivate: boolean, now = Date.now()): Promise<AdminChangeResult> {
  return adminChange(db, actorId, userId, async (tx, target) => {
    if ((target.deactivatedAt !== null) === deactivate) return { ok: true, changed: false };
    if (deactivate && target.role === "admin" && !(await otherActiveAdminExists(tx, userId))) return { ok: false, error: "last-admin" };
    await tx
      .update(users)
      .set({ deactivatedAt: deactivate ? now : null })
      .where(eq(users.id, userId));
    // A deactivated account's open sessions end at once; reactivation does not bring them back.
    if (deactivate) await revokeSessions(tx, userId);
    await recordAudit(tx, { actorId, action: deactivate ? "user.deactivate" : "user.reactivate", targetType: "user", targetId: userId }, now);
    return { ok: true, changed: true };
  });
}

export type AdminUserDTO = { id: string; email: string; name: string; role: Role; createdAt: number; deactivated: boolean };
export type UserPage = { users: AdminUserDTO[]; total: number; page: number; pageCount: number };

/** `%query%` for LIKE, its wildcards taken literally (escape '\'). */
const containsPattern = (query: string) => `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Case-insensitive substring match on both engines (PostgreSQL's LIKE is case-sensitive, SQLite's is not for ASCII). */
const containsIgnoringCase = (column: AnyColumn, query: string) => sql`lower(${column}) like lower(${containsPattern(query)}) escape '\\'`;

/** One page of accounts (erased tombstones excluded), searched by e-mail or name. */
export async function listUsersPage(db: Db, opts: { query: string; page: number; pageSize: number }): Promise<UserPage> {
  const search = opts.query ? or(containsIgnoringCase(users.email, opts.query), containsIgnoringCase(users.name, opts.query)) : undefined;
  const where = and(isNull(users.erasedAt), search);
  const [counted] = await db.select({ n: count() }).from(users).where(where);
  const total = counted?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / opts.pageSize));
  const page = Math.min(Math.max(1, opts.page), pageCount);
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(where)
    // E-mails are unique: the order is total.
    .orderBy(asc(users.email))
    .limit(opts.pageSize)
    .offset((page - 1) * opts.pageSize);
  return { users: rows.map(({ deactivatedAt, ...u }) => ({ ...u, deactivated: deactivatedAt !== null })), total, page, pageCount };
}

/** The user's own password change (the current password was verified, the new one hashed, by the caller); ends every session. */
export async function changePasswordRecord(db: Db, userId: string, passwordHash: string, now = Date.now()): Promise<boolean> {
  return transaction(
    db,
    async (tx) => {
      const changed = await tx
        .update(users)
        .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(and(eq(users.id, userId), isNull(users.deactivatedAt), isNull(users.erasedAt)))
        .returning({ id: users.id });
      if (changed.length !== 1) return false;
      await recordAudit(tx, { actorId: userId, action: "user.password-change", targetType: "user", targetId: userId }, now);
      return true;
    },
    { lock: [`user:${userId}`] },
  );
}
