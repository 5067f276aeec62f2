import "server-only";
import { and, asc, eq, isNotNull, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, attempts, cohortMembers, investigationRequests, responses, stageVisits, users, type Assignment } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { buildReview } from "@/lib/review/build-review";
import type { Review } from "@/lib/review/types";
import { learningSignals, type LearningSignals } from "@/lib/review/learning-signals";
import { r2cItem } from "@/lib/r2c/items";
import { sumItemMastery, type ItemMastery } from "@/lib/progress/mastery";
import { ownedAssignment } from "./assignment-store";
import { ownedCohort } from "./cohort-store";
import { getCaseDefinition } from "./case-content";
import { expireIfDue } from "./attempt-state";

export type AssignmentReview = {
  assignment: Pick<
    Assignment,
    "id" | "mode" | "opensAt" | "dueAt" | "attemptsAllowed" | "countingRule" | "latePolicy" | "timeLimitMinutes" | "hideFromPractice" | "correctionRelease" | "beforeRelease" | "correctionReleasedAt"
  >;
  /** Attempts the server closed (time limit or due date), with the number of questions left unanswered. */
  closures: Record<string, { reason: "time-limit" | "due-date"; unanswered: number }>;
  cohort: { id: string; name: string };
  caseTitle: string;
  stageTitles: string[];
  review: Review;
  /** Cohort mastery by EDN item and the students flagged for shotgun ordering or speed-running. */
  signals: LearningSignals & { itemTitles: Record<number, string> };
};

/**
 * Attempts past their time limit, or past a due date that refuses late work, are closed and scored
 * first; those past a due date that accepts it are marked late (the server holds the clock: a
 * student who closed the tab must still appear as finished, with what they answered). Each change
 * is written in its own transaction locked on the attempt, on a fresh read (see expireIfDue): two
 * servers rendering the review at once close each attempt once.
 */
async function closeExpired(db: Db, assignment: Pick<Assignment, "id" | "caseVersionId" | "dueAt">, now: number): Promise<void> {
  const pastDue = assignment.dueAt !== null && now > assignment.dueAt;
  const due = await db
    .select()
    .from(attempts)
    .where(
      and(
        eq(attempts.assignmentId, assignment.id),
        eq(attempts.status, "in_progress"),
        pastDue ? undefined : and(isNotNull(attempts.deadlineAt), lt(attempts.deadlineAt, now)),
      ),
    )
    .orderBy(asc(attempts.startedAt), asc(attempts.id));
  if (due.length === 0) return;
  const def = await getCaseDefinition(db, assignment.caseVersionId);
  if (!def) return;
  for (const a of due) await expireIfDue(db, a, def, now);
}

function closuresOf(def: CaseDefinition, rows: { id: string; closedReason: string | null }[], answers: { attemptId: string }[]): AssignmentReview["closures"] {
  const total = def.stages.reduce((n, s) => n + s.questions.length, 0);
  const answered = new Map<string, number>();
  for (const r of answers) answered.set(r.attemptId, (answered.get(r.attemptId) ?? 0) + 1);
  const out: AssignmentReview["closures"] = {};
  for (const r of rows) {
    if (r.closedReason === "time-limit" || r.closedReason === "due-date") out[r.id] = { reason: r.closedReason, unanswered: Math.max(0, total - (answered.get(r.id) ?? 0)) };
  }
  return out;
}

/** The review of an assignment of a cohort this instructor owns (null: not theirs or missing). */
export async function loadAssignmentReview(db: Db, ownerId: string, assignmentId: string, now = Date.now()): Promise<AssignmentReview | null> {
  const owned = await ownedAssignment(db, ownerId, assignmentId);
  if (!owned) return null;
  const { assignment: a, cohort } = owned;
  const def = await getCaseDefinition(db, a.caseVersionId);
  if (!def) return null;
  await closeExpired(db, a, now);

  // Every list in a fixed order (both engines return rows in the same order): what the statistics
  // and the exports see does not depend on how the database stored them.
  const members = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohort.id))
    .orderBy(asc(cohortMembers.joinedAt), asc(users.id));
  const attemptRows = await db
    .select({ id: attempts.id, userId: attempts.userId, status: attempts.status, startedAt: attempts.startedAt, finishedAt: attempts.finishedAt, score: attempts.score, maxScore: attempts.maxScore, late: attempts.late, closedReason: attempts.closedReason })
    .from(attempts)
    .where(eq(attempts.assignmentId, a.id))
    .orderBy(asc(attempts.startedAt), asc(attempts.id));
  // Joins on the assignment rather than long IN lists: one query each, whatever the cohort size.
  const finishedOfAssignment = and(eq(attempts.assignmentId, a.id), eq(attempts.status, "finished"));
  const responseRows = await db
    .select({ attemptId: responses.attemptId, questionId: responses.questionId, answer: responses.answer, points: responses.points })
    .from(responses)
    .innerJoin(attempts, eq(attempts.id, responses.attemptId))
    .where(finishedOfAssignment)
    .orderBy(asc(responses.id));
  const ordered = await db
    .select({ attemptId: investigationRequests.attemptId, investigationId: investigationRequests.investigationId })
    .from(investigationRequests)
    .innerJoin(attempts, eq(attempts.id, investigationRequests.attemptId))
    .where(finishedOfAssignment)
    .orderBy(asc(investigationRequests.id));
  const visits = await db
    .select({ attemptId: stageVisits.attemptId, stageIndex: stageVisits.stageIndex, enteredAt: stageVisits.enteredAt, completedAt: stageVisits.completedAt })
    .from(stageVisits)
    .innerJoin(attempts, eq(attempts.id, stageVisits.attemptId))
    .where(finishedOfAssignment)
    .orderBy(asc(stageVisits.attemptId), asc(stageVisits.stageIndex));

  const review = buildReview(def, { rule: a.countingRule, members, attempts: attemptRows, responses: responseRows, ordered, visits });
  const signals = learningSignals(def, review.students, ordered);
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
      hideFromPractice: a.hideFromPractice,
      correctionRelease: a.correctionRelease,
      beforeRelease: a.beforeRelease,
      correctionReleasedAt: a.correctionReleasedAt,
    },
    closures: closuresOf(def, attemptRows, responseRows),
    cohort: { id: cohort.id, name: cohort.name },
    caseTitle: def.title,
    stageTitles: def.stages.map((s) => s.title),
    review,
    signals: { ...signals, itemTitles: Object.fromEntries(signals.items.map((i) => [i.item, r2cItem(i.item)?.title ?? ""])) },
  };
}

export type CohortMastery = {
  /** Mastery by EDN item and rank, summed over the cohort's assignments. */
  items: (ItemMastery & { title: string })[];
  /** Assignments of the cohort, and those with at least one counted attempt. */
  assignments: number;
  counted: number;
};

/**
 * The cohort's mastery by EDN item across all its assignments (null: not this instructor's cohort).
 * Each assignment contributes exactly what its own review shows (its counted attempts, by its
 * counting rule, after closing the attempts past their time), so the cohort page and the reviews agree.
 */
export async function loadCohortMastery(db: Db, ownerId: string, cohortId: string, now = Date.now()): Promise<CohortMastery | null> {
  const cohort = await ownedCohort(db, ownerId, cohortId);
  if (!cohort) return null;
  const ids = await db.select({ id: assignments.id }).from(assignments).where(eq(assignments.cohortId, cohort.id)).orderBy(asc(assignments.createdAt), asc(assignments.id));
  const lists: ItemMastery[][] = [];
  let counted = 0;
  for (const { id } of ids) {
    const review = await loadAssignmentReview(db, ownerId, id, now);
    if (!review) continue;
    if (review.review.students.some((s) => s.counted && s.attemptId !== null)) counted++;
    lists.push(review.signals.items);
  }
  const items = sumItemMastery(lists).map((m) => ({ ...m, title: r2cItem(m.item)?.title ?? "" }));
  return { items, assignments: ids.length, counted };
}
