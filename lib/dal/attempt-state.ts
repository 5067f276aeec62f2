import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { prepared, type Db } from "@/db/client";
import { attempts, cases, caseVersions, investigationRequests, responses, stageVisits, type Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { scoreAttempt } from "@/lib/scoring";
import type { Answer } from "@/lib/scoring/types";
import type { AttemptState } from "@/lib/player/build-view";

/** An attempt of this user, or undefined: someone else's attempt is indistinguishable from a missing one. */
export function findOwnAttempt(db: Db, userId: string, attemptId: string): Attempt | undefined {
  const query = prepared(db, "attempt-state:own", (d) =>
    d
      .select()
      .from(attempts)
      .where(and(eq(attempts.id, sql.placeholder("attemptId")), eq(attempts.userId, sql.placeholder("userId"))))
      .prepare(),
  );
  return query.get({ attemptId, userId });
}

export function loadAnswers(db: Db, attemptId: string): Map<string, Answer> {
  const query = prepared(db, "attempt-state:answers", (d) =>
    d
      .select({ q: responses.questionId, a: responses.answer })
      .from(responses)
      .where(eq(responses.attemptId, sql.placeholder("attemptId")))
      .orderBy(asc(responses.id))
      .prepare(),
  );
  return new Map(query.all({ attemptId }).map((r) => [r.q, JSON.parse(r.a) as Answer]));
}

export function loadOrdered(db: Db, attemptId: string): Map<string, number> {
  const query = prepared(db, "attempt-state:ordered", (d) =>
    d
      .select({ id: investigationRequests.investigationId, at: investigationRequests.requestedAt })
      .from(investigationRequests)
      .where(eq(investigationRequests.attemptId, sql.placeholder("attemptId")))
      .prepare(),
  );
  return new Map(query.all({ attemptId }).map((r) => [r.id, r.at]));
}

export function attemptState(db: Db, a: Attempt): AttemptState {
  return {
    id: a.id,
    mode: a.mode,
    status: a.status,
    currentStage: a.currentStage,
    deadlineAt: a.deadlineAt,
    answers: loadAnswers(db, a.id),
    ordered: loadOrdered(db, a.id),
  };
}

/** Closes an attempt and stores its score (inside the caller's transaction). */
export function finalizeAttempt(db: Db, a: Attempt, def: CaseDefinition, now = Date.now()): void {
  const answers = loadAnswers(db, a.id);
  const ordered = loadOrdered(db, a.id);
  const score = scoreAttempt(def, Object.fromEntries(answers), ordered.keys());
  db.update(attempts)
    .set({ status: "finished", finishedAt: now, score: score.total, maxScore: score.max })
    .where(and(eq(attempts.id, a.id), eq(attempts.status, "in_progress")))
    .run();
  db.update(stageVisits)
    .set({ completedAt: now })
    .where(and(eq(stageVisits.attemptId, a.id), eq(stageVisits.stageIndex, a.currentStage)))
    .run();
}

/** Exam mode: the server holds the deadline; once it has passed the attempt is closed and scored. */
export function expireIfDue(db: Db, a: Attempt, def: CaseDefinition, now = Date.now()): boolean {
  if (a.status !== "in_progress" || a.deadlineAt === null || now <= a.deadlineAt) return false;
  finalizeAttempt(db, a, def, a.deadlineAt);
  return true;
}

/** Where "back to the case" leads for this attempt: its assignment, the author's case page (previews), or the open-practice case. */
export function attemptHomeHref(db: Db, a: Attempt): string {
  if (a.assignmentId) return `/cases/assignments/${a.assignmentId}`;
  const row = db
    .select({ caseId: cases.id, slug: cases.slug, ownerId: cases.ownerId })
    .from(caseVersions)
    .innerJoin(cases, eq(cases.id, caseVersions.caseId))
    .where(eq(caseVersions.id, a.caseVersionId))
    .get();
  if (!row) return "/cases";
  return row.ownerId === null ? `/cases/${row.slug}` : `/teach/cases/${row.caseId}`;
}
