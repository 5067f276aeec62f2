import "server-only";
import { getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { authorizeAction, getCurrentUser } from "./session";
import { changeRoleRecord, listUsersPage, setDeactivatedRecord, type UserPage } from "./account-store";
import { issueResetRecord, type IssuedReset } from "./password-reset-store";
import { auditActions } from "./audit";
import { auditPage, auditRowsForExport, type AuditPage, type AuditRowDTO } from "./audit-queries";
import { parseAuditFilter, type AuditFilter } from "@/lib/admin/audit-filter";

export const USERS_PAGE_SIZE = 20;

/** One page of accounts, for admins only (null for anyone else). */
export async function getUsersForAdmin(query: string, page: number): Promise<UserPage | null> {
  const me = await getCurrentUser();
  if (me?.role !== "admin") return null;
  return listUsersPage(getDb(), { query, page, pageSize: USERS_PAGE_SIZE });
}

type Refused = { ok: false; error: "unauthenticated" | "forbidden" };
export type AdminActionResult = { ok: true } | Refused | { ok: false; error: "not-found" | "self" | "last-admin" | "deactivated" };

export async function changeUserRole(userId: string, role: Role): Promise<AdminActionResult> {
  const auth = await authorizeAction("admin");
  if (!auth.ok) return auth;
  const result = await changeRoleRecord(getDb(), auth.user.id, userId, role);
  return result.ok ? { ok: true } : result;
}

export async function setUserDeactivated(userId: string, deactivate: boolean): Promise<AdminActionResult> {
  const auth = await authorizeAction("admin");
  if (!auth.ok) return auth;
  const result = await setDeactivatedRecord(getDb(), auth.user.id, userId, deactivate);
  return result.ok ? { ok: true } : result;
}

export async function issuePasswordReset(userId: string): Promise<{ ok: true; reset: IssuedReset } | Refused | { ok: false; error: "not-found" | "deactivated" }> {
  const auth = await authorizeAction("admin");
  if (!auth.ok) return auth;
  return issueResetRecord(getDb(), auth.user.id, userId);
}

/** The platform's time zone for the audit filters' calendar days (APP_TIME_ZONE, as issue 15 item 6 sets it). */
export function platformTimeZone(): string {
  const zone = process.env.APP_TIME_ZONE || "Europe/Paris";
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "Europe/Paris";
  }
}

export function readAuditFilter(params: Record<string, string | string[] | undefined>): AuditFilter {
  return parseAuditFilter(params, auditActions, platformTimeZone());
}

export async function getAuditPage(filter: AuditFilter): Promise<AuditPage | null> {
  const me = await getCurrentUser();
  return me?.role === "admin" ? auditPage(getDb(), filter) : null;
}

export async function getAuditExport(filter: AuditFilter): Promise<AuditRowDTO[] | null> {
  const me = await getCurrentUser();
  return me?.role === "admin" ? auditRowsForExport(getDb(), filter) : null;
}
