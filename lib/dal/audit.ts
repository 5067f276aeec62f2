import "server-only";

import { auditLog } from "@/db/schema";
import type { Db } from "@/db/client";

/** The sensitive changes that leave an audit row (PRODUCT.md, rule 8). */
export const auditActions = [
  "user.role-change",
  "user.deactivate",
  "user.reactivate",
  "user.erase",
  "user.password-reset-issued",
  "user.password-reset-used",
  "user.password-change",
  "case.publish",
  "assignment.create",
  "assignment.update",
  "assignment.delete",
  "cohort.join-code-rotate",
  "assignment.correction-release",
] as const;
export type AuditAction = (typeof auditActions)[number];

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  targetType: "user" | "case" | "case-version" | "assignment" | "cohort";
  targetId: string;
  /** The change's parameters: never a password, a token or a learner's answer. */
  details?: Record<string, string | number | boolean | null>;
};

/**
 * Records one sensitive change. Call it with the transaction that makes the change, so the change
 * and its audit row commit (or roll back) together.
 */
export function recordAudit(tx: Db, entry: AuditEntry, now = Date.now()): void {
  tx.insert(auditLog)
    .values({
      at: now,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: JSON.stringify(entry.details ?? {}),
    })
    .run();
}
