import "server-only";
import { aliasedTable, and, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { AuditFilter } from "@/lib/admin/audit-filter";

export const AUDIT_PAGE_SIZE = 50;
/** The CSV holds at most this many rows (newest first); narrow the filters for older ones. */
export const AUDIT_EXPORT_MAX = 50_000;

export type AuditRowDTO = {
  id: number;
  at: number;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string;
  targetId: string;
  targetEmail: string | null;
  /** The change's parameters as JSON text (the column holds an object). */
  details: string;
};

const actor = aliasedTable(users, "actor");
const target = aliasedTable(users, "target");

const escapeLike = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
/** Case-insensitive on both engines (PostgreSQL's LIKE is case-sensitive). */
const contains = (col: typeof actor.email, s: string) => sql`lower(${col}) like lower(${escapeLike(s)}) escape '\\'`;

/** Actor and target match by id (exact) or by the account's e-mail (substring), so an admin can type either. */
function conditions(f: AuditFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.action) parts.push(eq(auditLog.action, f.action));
  if (f.actor) parts.push(or(eq(auditLog.actorId, f.actor), contains(actor.email, f.actor.toLowerCase())));
  if (f.target) parts.push(or(eq(auditLog.targetId, f.target), contains(target.email, f.target.toLowerCase())));
  if (f.fromMs !== null) parts.push(gte(auditLog.at, f.fromMs));
  if (f.toMs !== null) parts.push(lt(auditLog.at, f.toMs));
  return and(...parts);
}

function select(db: Db, f: AuditFilter) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorEmail: actor.email,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetEmail: target.email,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(target, and(eq(auditLog.targetType, "user"), eq(target.id, auditLog.targetId)))
    .where(conditions(f))
    .orderBy(desc(auditLog.at), desc(auditLog.id));
}

export type AuditPage = { rows: AuditRowDTO[]; total: number; page: number; pageCount: number };

type Selected = Awaited<ReturnType<typeof select>>[number];
const toDTO = ({ details, ...row }: Selected): AuditRowDTO => ({ ...row, details: JSON.stringify(details) });

/** Callers must have checked the admin role. */
export async function auditPage(db: Db, f: AuditFilter): Promise<AuditPage> {
  const [counted] = await db
    .select({ n: count() })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(target, and(eq(auditLog.targetType, "user"), eq(target.id, auditLog.targetId)))
    .where(conditions(f));
  const total = counted?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const rows = await select(db, f)
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return { rows: rows.map(toDTO), total, page, pageCount };
}

/** Callers must have checked the admin role. */
export async function auditRowsForExport(db: Db, f: AuditFilter): Promise<AuditRowDTO[]> {
  return (await select(db, f).limit(AUDIT_EXPORT_MAX)).map(toDTO);
}
