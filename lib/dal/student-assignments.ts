import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { attempts } from "@/db/schema";
import { countedAttempt } from "@/lib/review/counting";
import { markOutOf20 } from "@/lib/review/mark";
import { correctionAccess, type CorrectionAccess } from "@/lib/teach/correction-release";
import type { ClosedReason } from "@/lib/teach/deadline";
import { releaseRuleOf } from "./attempt-closure";
import { getCaseDefinition } from "./case-content";
import { assignmentCards, type AssignmentCard } from "./library";
import { getCurrentUser } from "./session";

export type MyAssignmentAttempt = {
  id: string;
  status: "in_progress" | "finished";
  startedAt: number;
  finishedAt: number | null;
  /** Null while the correction is withheld with "nothing". */
  mark20: number | null;
  late: boolean;
  counted: boolean;
  closedReason: ClosedReason | null;
};

export type MyAssignment = AssignmentCard & {
  estimatedMinutes: number;
  objectives: { id: string; text: string }[];
  attempts: MyAssignmentAttempt[];
  /** What the student may see of a finished attempt now (exam correction released, or mark only, or nothing). */
  correction: CorrectionAccess;
  /** Why a new attempt cannot start now (null: it can, or one is open to resume). */
  blocked: null | "not-open" | "no-attempts-left" | "closed";
};

/** One assignment of a cohort the user belongs to (null otherwise: answered as not found). */
export async function getMyAssignment(assignmentId: string, now = Date.now()): Promise<MyAssignment | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = getDb();
  const [card] = await assignmentCards(db, user.id, now, assignmentId);
  if (!card) return null;
  const rows = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, user.id)))
    .orderBy(desc(attempts.startedAt), desc(attempts.id));
  const counted = countedAttempt(rows, card.countingRule);
  const def = await getCaseDefinition(db, card.caseVersionId);
  let blocked: MyAssignment["blocked"] = null;
  if (!card.openAttemptId) {
    if (card.notYetOpen) blocked = "not-open";
    else if (card.attemptsUsed >= card.attemptsAllowed) blocked = "no-attempts-left";
    else if (card.dueAt !== null && now > card.dueAt && card.latePolicy === "refuse") blocked = "closed";
  }
  const correction = correctionAccess(await releaseRuleOf(db, assignmentId), now);
  return {
    ...card,
    correction,
    estimatedMinutes: def?.estimatedMinutes ?? 0,
    objectives: def?.objectives ?? [],
    attempts: rows.map((a) => ({
      id: a.id,
      status: a.status,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      mark20: correction === "nothing" ? null : markOutOf20(a.score, a.maxScore),
      late: a.late,
      counted: counted?.id === a.id,
      closedReason: a.closedReason,
    })),
    blocked,
  };
}
