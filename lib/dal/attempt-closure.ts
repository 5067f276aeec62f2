import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, type Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { markOutOf20 } from "@/lib/review/mark";
import { correctionAccess, type CorrectionAccess, type ReleaseRule } from "@/lib/teach/correction-release";
import type { ClosedReason } from "@/lib/teach/deadline";
import { loadAnswers } from "./attempt-state";
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

export function releaseRuleOf(db: Db, assignmentId: string | null): ReleaseRule | null {
  if (!assignmentId) return null;
  return (
    db
      .select({ mode: assignments.mode, correctionRelease: assignments.correctionRelease, beforeRelease: assignments.beforeRelease, dueAt: assignments.dueAt, correctionReleasedAt: assignments.correctionReleasedAt })
      .from(assignments)
      .where(eq(assignments.id, assignmentId))
      .get() ?? null
  );
}

/** Session-free core (tests call it with their own clock). */
export function attemptClosure(db: Db, attempt: Attempt, def: CaseDefinition, now = Date.now()): AttemptClosure {
  const total = def.stages.reduce((n, s) => n + s.questions.length, 0);
  const answered = loadAnswers(db, attempt.id).size;
  const rule = releaseRuleOf(db, attempt.assignmentId);
  const correction = correctionAccess(rule, now);
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
