import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attempts, stageVisits, users } from "@/db/schema";
import { buildAttemptView } from "@/lib/player/build-view";
import type { StageView } from "@/lib/player/view-types";
import { reviewInvestigations } from "@/lib/player/investigation-review";
import { countedAttempt } from "@/lib/review/counting";
import { markOutOf20 } from "@/lib/review/mark";
import { scoreAttempt } from "@/lib/scoring";
import { ownedAssignment } from "./assignment-store";
import { attemptState, expireIfDue } from "./attempt-state";
import { getCaseDefinition } from "./case-content";
import type { DebriefInvestigation } from "./debrief";

export type ReviewedAttempt = {
  assignmentId: string;
  cohortName: string;
  caseTitle: string;
  student: { name: string; email: string };
  attempt: {
    id: string;
    mode: "training" | "exam";
    status: "in_progress" | "finished";
    startedAt: number;
    finishedAt: number | null;
    late: boolean;
    /** Closed by the server: time limit or due date (null: finished by the student, or running). */
    closedReason: "time-limit" | "due-date" | null;
    unanswered: number;
    counted: boolean;
    total: number;
    max: number;
    mark20: number | null;
  };
  stages: { view: StageView; points: number; max: number; investigations: DebriefInvestigation[]; durationMs: number | null }[];
};

/**
 * One attempt at an assignment of the instructor's cohort, exactly as the student answered it
 * (read-only; keys shown). Null when the assignment is not theirs or the attempt is not of it.
 */
export async function loadReviewedAttempt(db: Db, ownerId: string, assignmentId: string, attemptId: string, locale: "fr" | "en", now = Date.now()): Promise<ReviewedAttempt | null> {
  const owned = await ownedAssignment(db, ownerId, assignmentId);
  if (!owned) return null;
  const find = async () => (await db.select().from(attempts).where(and(eq(attempts.id, attemptId), eq(attempts.assignmentId, assignmentId))).limit(1))[0];
  let attempt = await find();
  if (!attempt) return null;
  const def = await getCaseDefinition(db, attempt.caseVersionId);
  if (!def) return null;
  // Closed at its deadline first (in its own transaction, locked on the attempt), then read again.
  if (await expireIfDue(db, attempt, def, now)) attempt = (await find()) ?? attempt;
  const [student] = await db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, attempt.userId)).limit(1);
  if (!student) return null;

  const state = await attemptState(db, attempt);
  const view = buildAttemptView(def, { ...state, status: "finished" }, locale);
  const score = scoreAttempt(def, Object.fromEntries(state.answers), state.ordered.keys());
  const visitRows = await db.select().from(stageVisits).where(eq(stageVisits.attemptId, attempt.id));
  const visits = new Map(visitRows.map((v) => [v.stageIndex, v.completedAt === null ? null : v.completedAt - v.enteredAt]));
  const siblings = await db
    .select({ id: attempts.id, status: attempts.status, startedAt: attempts.startedAt, finishedAt: attempts.finishedAt, score: attempts.score })
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, attempt.userId)))
    .orderBy(asc(attempts.startedAt), asc(attempts.id));

  return {
    assignmentId,
    cohortName: owned.cohort.name,
    caseTitle: def.title,
    student,
    attempt: {
      id: attempt.id,
      mode: attempt.mode,
      status: attempt.status,
      startedAt: attempt.startedAt,
      finishedAt: attempt.finishedAt,
      late: attempt.late,
      closedReason: attempt.closedReason === "time-limit" || attempt.closedReason === "due-date" ? attempt.closedReason : null,
      unanswered: Math.max(0, def.stages.reduce((n, s) => n + s.questions.length, 0) - state.answers.size),
      counted: countedAttempt(siblings, owned.assignment.countingRule)?.id === attempt.id,
      total: score.total,
      max: score.max,
      mark20: attempt.status === "finished" ? markOutOf20(attempt.score, attempt.maxScore) : null,
    },
    stages: view.stages.map((stageView, i) => ({
      view: stageView,
      points: score.stages[i].points,
      max: score.stages[i].max,
      investigations: reviewInvestigations(def.stages[i].investigations, state.ordered),
      durationMs: visits.get(i) ?? null,
    })),
  };
}
