import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, caseVersions, type Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { markOutOf20 } from "@/lib/review/mark";
import { correctionAccess, type CorrectionAccess, type ReleaseRule } from "@/lib/teach/correction-release";
import type { ClosedReason } from "@/lib/teach/deadline";
import { loadAnswers } from "./attempt-state";
import { hiddenPracticeCaseIds } from "./library";
import { loadOwnAttempt } from "./own-attempt";

/**
 * How a finished attempt ended and what its learner may see of it now: why it closed (finished,
 * time limit, due date), how many answers were recorded and how many questions were left, and
 * whether the correction is released ("full"), or only the mark, or nothing yet.
 */
export type AttemptClosure = {
  attemptId: string;
  homeAssignmentId: string | null;
  closedReason: ClosedReason | null;
  answered: number;
  unanswered: number;
  correction: CorrectionAccess;
  /** Only when the learner may see it (released, or "mark" before release). */
  mark20: number | null;
  /** When a due-date release will happen, for the message. */
  releaseAt: number | null;
};

export async function releaseRuleOf(db: Db, assignmentId: string | null): Promise<ReleaseRule | null> {
  if (!assignmentId) return null;
  const [rule] = await db
    .select({ mode: assignments.mode, correctionRelease: assignments.correctionRelease, beforeRelease: assignments.beforeRelease, dueAt: assignments.dueAt, correctionReleasedAt: assignments.correctionReleasedAt })
    .from(assignments)
    .where(eq(assignments.id, assignmentId))
    .limit(1);
  return rule ?? null;
}

async function practiceCaseHidden(db: Db, attempt: Attempt, now: number): Promise<boolean> {
  const [version] = await db.select({ caseId: caseVersions.caseId }).from(caseVersions).where(eq(caseVersions.id, attempt.caseVersionId)).limit(1);
  return version ? (await hiddenPracticeCaseIds(db, attempt.userId, now)).has(version.caseId) : false;
}

/** Session-free core (tests call it with their own clock). */
export async function attemptClosure(db: Db, attempt: Attempt, def: CaseDefinition, now = Date.now()): Promise<AttemptClosure> {
  const total = def.stages.reduce((n, s) => n + s.questions.length, 0);
  const answered = (await loadAnswers(db, attempt.id)).size;
  const rule = await releaseRuleOf(db, attempt.assignmentId);
  // While an exam hides the case from this learner's practice, the debriefs of their practice
  // attempts on it are withheld too (they would give the exam's answers away).
  const hiddenPractice = !attempt.assignmentId && (await practiceCaseHidden(db, attempt, now));
  const correction = hiddenPractice ? "nothing" : correctionAccess(rule, now);
  return {
    attemptId: attempt.id,
    homeAssignmentId: attempt.assignmentId,
    closedReason: attempt.closedReason,
    answered,
    unanswered: Math.max(0, total - answered),
    correction,
    mark20: correction === "nothing" ? null : markOutOf20(attempt.score, attempt.maxScore),
    releaseAt: rule && rule.mode === "exam" && rule.correctionRelease === "due" ? rule.dueAt : null,
  };
}

/** The closure of the signed-in user's own finished attempt (null: not theirs, missing, or still running). */
export async function getAttemptClosure(attemptId: string): Promise<AttemptClosure | null> {
  const loaded = await loadOwnAttempt(attemptId);
  if (!loaded || loaded.attempt.status !== "finished") return null;
  return attemptClosure(loaded.db, loaded.attempt, loaded.def);
}
