import "server-only";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import { prepared, type Db } from "@/db/client";
import { assignments, attempts, cases, caseVersions, investigationRequests, representationChecks, responses, stageVisits, type Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { scoreAttempt } from "@/lib/scoring";
import type { Answer } from "@/lib/scoring/types";
import type { AttemptState } from "@/lib/player/build-view";
import { deadlineDecision, type ClosedReason, type DeadlineRule } from "@/lib/teach/deadline";

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

/** Problem representations: the qualifiers the learner said they had, by question id. */
export function loadSelfChecks(db: Db, attemptId: string): Map<string, string[]> {
  const rows = db
    .select({ q: representationChecks.questionId, ids: representationChecks.qualifiers })
    .from(representationChecks)
    .where(eq(representationChecks.attemptId, attemptId))
    .all();
  return new Map(rows.map((r) => [r.q, JSON.parse(r.ids) as string[]]));
}

/** The stages (by index) whose investigation menu the learner closed ("J'ai terminé mes demandes"). */
export function loadClosedMenus(db: Db, attemptId: string): Set<number> {
  const query = prepared(db, "attempt-state:closed-menus", (d) =>
    d
      .select({ stage: stageVisits.stageIndex })
      .from(stageVisits)
      .where(and(eq(stageVisits.attemptId, sql.placeholder("attemptId")), isNotNull(stageVisits.menuClosedAt)))
      .prepare(),
  );
  return new Set(query.all({ attemptId }).map((r) => r.stage));
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
    selfChecks: loadSelfChecks(db, a.id),
    closedMenus: loadClosedMenus(db, a.id),
  };
}

/** Closes an attempt and stores its score and why it closed (inside the caller's transaction). */
export function finalizeAttempt(db: Db, a: Attempt, def: CaseDefinition, now = Date.now(), reason: ClosedReason = "finished"): void {
  const answers = loadAnswers(db, a.id);
  const ordered = loadOrdered(db, a.id);
  const score = scoreAttempt(def, Object.fromEntries(answers), ordered.keys());
  db.update(attempts)
    .set({ status: "finished", finishedAt: now, closedReason: reason, score: score.total, maxScore: score.max })
    .where(and(eq(attempts.id, a.id), eq(attempts.status, "in_progress")))
    .run();
  db.update(stageVisits)
    .set({ completedAt: now })
    .where(and(eq(stageVisits.attemptId, a.id), eq(stageVisits.stageIndex, a.currentStage)))
    .run();
}

/** The error a play action gets on a closed attempt: past its assignment's due date says so. */
export function closedError(reason: ClosedReason | null): "closed" | "past-due" {
  return reason === "due-date" ? "past-due" : "closed";
}

function deadlineRuleOf(db: Db, a: Pick<Attempt, "assignmentId">): DeadlineRule {
  if (!a.assignmentId) return null;
  return db.select({ dueAt: assignments.dueAt, latePolicy: assignments.latePolicy }).from(assignments).where(eq(assignments.id, a.assignmentId)).get() ?? null;
}

/**
 * The server holds the clock: an attempt past its time limit, or past its assignment's due date
 * when the late policy refuses, is closed and scored as of that cut-off (and the reason stored);
 * past a due date that accepts late work it is marked late. Returns why it closed, or null while
 * it stays open. The check reads first; any write happens in an immediate transaction on a fresh
 * read (a savepoint when the caller already holds one), so a page render never writes outside a
 * transaction and two requests cannot close the same attempt twice.
 */
export function expireIfDue(db: Db, a: Attempt, def: CaseDefinition, now = Date.now()): Exclude<ClosedReason, "finished"> | null {
  if (deadlineDecision(a, deadlineRuleOf(db, a), now).kind === "open") return null;
  return db.transaction(
    () => {
      const fresh = db.select().from(attempts).where(eq(attempts.id, a.id)).get();
      if (!fresh) return null;
      const decision = deadlineDecision(fresh, deadlineRuleOf(db, fresh), now);
      if (decision.kind === "mark-late") db.update(attempts).set({ late: true }).where(eq(attempts.id, fresh.id)).run();
      if (decision.kind !== "close") return null;
      finalizeAttempt(db, fresh, def, decision.at, decision.reason);
      return decision.reason;
    },
    { behavior: "immediate" },
  );
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
