import "server-only";

import { auditLog } from "@/db/schema";
import { transaction, type Db } from "@/db/client";

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
 * Records one sensitive change. Call it with the transaction that makes the change (it joins it), so
 * the change and its audit row commit (or roll back) together. An insert only: no lock key of its own.
 */
export async function recordAudit(db: Db, entry: AuditEntry, now = Date.now()): Promise<void> {
  await transaction(db, async (tx) => {
    await tx.insert(auditLog).values({
      at: now,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: entry.details ?? {},
    });
  });
}
