import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { assignments, attempts, cases, caseVersions, investigationRequests, representationChecks, responses, stageVisits, type Attempt } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { scoreAttempt } from "@/lib/scoring";
import type { Answer } from "@/lib/scoring/types";
import type { AttemptState } from "@/lib/player/build-view";
import { deadlineDecision, type ClosedReason, type DeadlineRule } from "@/lib/teach/deadline";

/** The lock key of everything an attempt's play actions read then write (its row, responses, requests, visits). */
export const attemptLock = (attemptId: string) => `attempt:${attemptId}`;

/** An attempt of this user, or undefined: someone else's attempt is indistinguishable from a missing one. */
export async function findOwnAttempt(db: Db, userId: string, attemptId: string): Promise<Attempt | undefined> {
  const [row] = await db
    .select()
    .from(attempts)
    .where(and(eq(attempts.id, attemptId), eq(attempts.userId, userId)))
    .limit(1);
  return row;
}

/** The attempt's answers by question id, in the order they were recorded. */
export async function loadAnswers(db: Db, attemptId: string): Promise<Map<string, Answer>> {
  const rows = await db.select({ q: responses.questionId, a: responses.answer }).from(responses).where(eq(responses.attemptId, attemptId)).orderBy(asc(responses.id));
  return new Map(rows.map((r) => [r.q, r.a as Answer]));
}

export async function loadOrdered(db: Db, attemptId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ id: investigationRequests.investigationId, at: investigationRequests.requestedAt })
    .from(investigationRequests)
    .where(eq(investigationRequests.attemptId, attemptId))
    .orderBy(asc(investigationRequests.id));
  return new Map(rows.map((r) => [r.id, r.at]));
}

/** Problem representations: the qualifiers the learner said they had, by question id. */
export async function loadSelfChecks(db: Db, attemptId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ q: representationChecks.questionId, ids: representationChecks.qualifiers })
    .from(representationChecks)
    .where(eq(representationChecks.attemptId, attemptId))
    .orderBy(asc(representationChecks.questionId));
  return new Map(rows.map((r) => [r.q, r.ids]));
}

/** The stages (by index) whose investigation menu the learner closed ("J'ai terminé mes demandes"). */
export async function loadClosedMenus(db: Db, attemptId: string): Promise<Set<number>> {
  const rows = await db
    .select({ stage: stageVisits.stageIndex })
    .from(stageVisits)
    .where(and(eq(stageVisits.attemptId, attemptId), isNotNull(stageVisits.menuClosedAt)))
    .orderBy(asc(stageVisits.stageIndex));
  return new Set(rows.map((r) => r.stage));
}

export async function attemptState(db: Db, a: Attempt): Promise<AttemptState> {
  const [answers, ordered, selfChecks, closedMenus] = await Promise.all([loadAnswers(db, a.id), loadOrdered(db, a.id), loadSelfChecks(db, a.id), loadClosedMenus(db, a.id)]);
  return { id: a.id, mode: a.mode, status: a.status, currentStage: a.currentStage, deadlineAt: a.deadlineAt, answers, ordered, selfChecks, closedMenus };
}

/**
 * Closes an attempt and stores its score and why it closed. Joins the caller's transaction (which
 * holds the attempt's lock); on its own it takes the lock itself.
 */
export async function finalizeAttempt(db: Db, a: Attempt, def: CaseDefinition, now = Date.now(), reason: ClosedReason = "finished"): Promise<void> {
  await transaction(
    db,
    async (tx) => {
      const [answers, ordered] = await Promise.all([loadAnswers(tx, a.id), loadOrdered(tx, a.id)]);
      const score = scoreAttempt(def, Object.fromEntries(answers), ordered.keys());
      await tx
        .update(attempts)
        .set({ status: "finished", finishedAt: now, closedReason: reason, score: score.total, maxScore: score.max })
        .where(and(eq(attempts.id, a.id), eq(attempts.status, "in_progress")));
      await tx
        .update(stageVisits)
        .set({ completedAt: now })
        .where(and(eq(stageVisits.attemptId, a.id), eq(stageVisits.stageIndex, a.currentStage)));
    },
    { lock: [attemptLock(a.id)] },
  );
}

/** The error a play action gets on a closed attempt: past its assignment's due date says so. */
export function closedError(reason: ClosedReason | null): "closed" | "past-due" {
  return reason === "due-date" ? "past-due" : "closed";
}

async function deadlineRuleOf(db: Db, a: Pick<Attempt, "assignmentId">): Promise<DeadlineRule> {
  if (!a.assignmentId) return null;
  const [rule] = await db.select({ dueAt: assignments.dueAt, latePolicy: assignments.latePolicy }).from(assignments).where(eq(assignments.id, a.assignmentId)).limit(1);
  return rule ?? null;
}

/**
 * The server holds the clock: an attempt past its time limit, or past its assignment's due date
 * when the late policy refuses, is closed and scored as of that cut-off (and the reason stored);
 * past a due date that accepts late work it is marked late. Returns why it closed, or null while
 * it stays open. The check reads first; any write happens in a transaction holding the attempt's
 * lock on a fresh read (joining the caller's when there is one), so a page render never writes
 * outside a transaction and two requests, or two servers, cannot close the same attempt twice.
 */
export async function expireIfDue(db: Db, a: Attempt, def: CaseDefinition, now = Date.now()): Promise<Exclude<ClosedReason, "finished"> | null> {
  if (deadlineDecision(a, await deadlineRuleOf(db, a), now).kind === "open") return null;
  return transaction(
    db,
    async (tx) => {
      const [fresh] = await tx.select().from(attempts).where(eq(attempts.id, a.id)).limit(1);
      if (!fresh) return null;
      const decision = deadlineDecision(fresh, await deadlineRuleOf(tx, fresh), now);
      if (decision.kind === "mark-late") await tx.update(attempts).set({ late: true }).where(eq(attempts.id, fresh.id));
      if (decision.kind !== "close") return null;
      await finalizeAttempt(tx, fresh, def, decision.at, decision.reason);
      return decision.reason;
    },
    { lock: [attemptLock(a.id)] },
  );
}

/** Where "back to the case" leads for this attempt: its assignment, the author's case page (previews), or the open-practice case. */
export async function attemptHomeHref(db: Db, a: Attempt): Promise<string> {
  if (a.assignmentId) return `/cases/assignments/${a.assignmentId}`;
  const [row] = await db
    .select({ caseId: cases.id, slug: cases.slug, ownerId: cases.ownerId })
    .from(caseVersions)
    .innerJoin(cases, eq(cases.id, caseVersions.caseId))
    .where(eq(caseVersions.id, a.caseVersionId))
    .limit(1);
  if (!row) return "/cases";
  return row.ownerId === null ? `/cases/${row.slug}` : `/teach/cases/${row.caseId}`;
}
