import "server-only";
import { and, eq, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { attempts, cohortMembers, investigationRequests, responses, stageVisits, users, type Assignment } from "@/db/schema";
import { buildReview } from "@/lib/review/build-review";
import type { Review } from "@/lib/review/types";
import { ownedAssignment } from "./assignment-store";
import { getCaseDefinition } from "./case-content";
import { expireIfDue } from "./attempt-state";

export type AssignmentReview = {
  assignment: Pick<Assignment, "id" | "mode" | "opensAt" | "dueAt" | "attemptsAllowed" | "countingRule" | "latePolicy" | "timeLimitMinutes">;
  cohort: { id: string; name: string };
  caseTitle: string;
  stageTitles: string[];
  review: Review;
};

/**
 * Exam attempts whose deadline has passed are closed and scored first (the server holds the
 * deadline; a student who closed the tab must still appear as finished, with what they answered).
 */
function closeExpired(db: Db, assignmentId: string, versionId: string, now: number): void {
  const due = db
    .select()
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.status, "in_progress"), isNotNull(attempts.deadlineAt), lt(attempts.deadlineAt, now)))
    .all();
  if (due.length === 0) return;
  const def = getCaseDefinition(db, versionId);
  if (!def) return;
  db.transaction((tx) => {
    for (const a of due) expireIfDue(tx as unknown as Db, a, def, now);
  }, { behavior: "immediate" });
}

/** The review of an assignment of a cohort this instructor owns (null: not theirs or missing). */
export function loadAssignmentReview(db: Db, ownerId: string, assignmentId: string, now = Date.now()): AssignmentReview | null {
  const owned = ownedAssignment(db, ownerId, assignmentId);
  if (!owned) return null;
  const { assignment: a, cohort } = owned;
  const def = getCaseDefinition(db, a.caseVersionId);
  if (!def) return null;
  closeExpired(db, a.id, a.caseVersionId, now);

  const members = db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohort.id))
    .all();
  const attemptRows = db
    .select({ id: attempts.id, userId: attempts.userId, status: attempts.status, startedAt: attempts.startedAt, finishedAt: attempts.finishedAt, score: attempts.score, maxScore: attempts.maxScore, late: attempts.late })
    .from(attempts)
    .where(eq(attempts.assignmentId, a.id))
    .all();
  // Joins on the assignment rather than long IN lists: one query each, whatever the cohort size.
  const finishedOfAssignment = and(eq(attempts.assignmentId, a.id), eq(attempts.status, "finished"));
  const responseRows = db
    .select({ attemptId: responses.attemptId, questionId: responses.questionId, answer: responses.answer, points: responses.points })
    .from(responses)
    .innerJoin(attempts, eq(attempts.id, responses.attemptId))
    .where(finishedOfAssignment)
    .all();
  const ordered = db
    .select({ attemptId: investigationRequests.attemptId, investigationId: investigationRequests.investigationId })
    .from(investigationRequests)
    .innerJoin(attempts, eq(attempts.id, investigationRequests.attemptId))
    .where(finishedOfAssignment)
    .all();
  const visits = db
    .select({ attemptId: stageVisits.attemptId, stageIndex: stageVisits.stageIndex, enteredAt: stageVisits.enteredAt, completedAt: stageVisits.completedAt })
    .from(stageVisits)
    .innerJoin(attempts, eq(attempts.id, stageVisits.attemptId))
    .where(finishedOfAssignment)
    .all();

  return {
    assignment: {
      id: a.id,
      mode: a.mode,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      attemptsAllowed: a.attemptsAllowed,
      countingRule: a.countingRule,
      latePolicy: a.latePolicy,
      timeLimitMinutes: a.timeLimitMinutes,
    },
    cohort: { id: cohort.id, name: cohort.name },
    caseTitle: def.title,
    stageTitles: def.stages.map((s) => s.title),
    review: buildReview(def, { rule: a.countingRule, members, attempts: attemptRows, responses: responseRows, ordered, visits }),
  };
}
