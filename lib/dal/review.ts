import "server-only";
import { getDb } from "@/db/client";
import { loadAssignmentReview, loadCohortMastery, type AssignmentReview, type CohortMastery } from "./review-store";
import { loadReviewedAttempt, type ReviewedAttempt } from "./reviewed-attempt";
import { currentTeacher } from "./teacher";

/** The review of one of the signed-in instructor's assignments (null: not theirs, or not an instructor). */
export async function getAssignmentReview(assignmentId: string): Promise<AssignmentReview | null> {
  const me = await currentTeacher();
  if (!me) return null;
  return loadAssignmentReview(getDb(), me.id, assignmentId);
}

/** The mastery by EDN item of one of the signed-in instructor's cohorts, across its assignments (null: not theirs). */
export async function getCohortMastery(cohortId: string): Promise<CohortMastery | null> {
  const me = await currentTeacher();
  if (!me) return null;
  return loadCohortMastery(getDb(), me.id, cohortId);
}

/** A student's attempt at one of the signed-in instructor's assignments, read-only. */
export async function getReviewedAttempt(assignmentId: string, attemptId: string, locale: "fr" | "en"): Promise<ReviewedAttempt | null> {
  const me = await currentTeacher();
  if (!me) return null;
  return loadReviewedAttempt(getDb(), me.id, assignmentId, attemptId, locale);
}

export type { AssignmentReview, CohortMastery, ReviewedAttempt };
