import "server-only";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, attempts, cohortMembers, stageVisits } from "@/db/schema";
import { getCaseDefinition } from "./case-content";
import { practiceVersionsFor } from "./library";
import { expireIfDue } from "./attempt-state";

// Session-free on purpose: the synthetic-cohort seed and the benchmarks start attempts through here.

export function examMinutesOf(def: { examMinutes?: number; estimatedMinutes: number }): number {
  return def.examMinutes ?? def.estimatedMinutes;
}

export type StartResult = { ok: true; attemptId: string } | { ok: false; error: "not-found" };

function insertAttempt(db: Db, values: typeof attempts.$inferInsert): void {
  db.insert(attempts).values(values).run();
  db.insert(stageVisits).values({ attemptId: values.id, stageIndex: 0, enteredAt: values.startedAt }).run();
}

/**
 * Free practice: an attempt pinned to the case's latest published version. A case an exam hides
 * from this user's practice does not exist for them until its due date.
 */
export function startAttemptFor(db: Db, userId: string, slug: string, mode: "training" | "exam", now = Date.now()): StartResult {
  const version = practiceVersionsFor(db, userId, now).find((v) => v.slug === slug);
  if (!version) return { ok: false, error: "not-found" };
  const def = getCaseDefinition(db, version.versionId);
  if (!def) return { ok: false, error: "not-found" };
  const id = crypto.randomUUID();
  db.transaction((tx) => {
    insertAttempt(tx as unknown as Db, {
      id,
      userId,
      caseVersionId: version.versionId,
      mode,
      status: "in_progress",
      currentStage: 0,
      startedAt: now,
      deadlineAt: mode === "exam" ? now + examMinutesOf(def) * 60_000 : null,
    });
  }, { behavior: "immediate" });
  return { ok: true, attemptId: id };
}

export type AssignmentStartError = "not-found" | "not-open" | "no-attempts-left" | "closed";
export type AssignmentStartResult = { ok: true; attemptId: string; resumed: boolean } | { ok: false; error: AssignmentStartError };

/**
 * Starts (or resumes) the member's attempt at an assignment: pinned to the assignment's case
 * version, mode and time limit. Refused before opensAt, once attemptsAllowed are used, and after
 * the due date when the late policy refuses; accepted late attempts are flagged. One immediate
 * transaction, so two clicks cannot both pass the attempt count.
 */
export function startAssignmentAttempt(db: Db, userId: string, assignmentId: string, now = Date.now()): AssignmentStartResult {
  return db.transaction(
    (tx): AssignmentStartResult => {
      const row = tx
        .select({ a: assignments })
        .from(assignments)
        .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, assignments.cohortId), eq(cohortMembers.userId, userId)))
        .where(eq(assignments.id, assignmentId))
        .get();
      // Not a member (or removed): the assignment does not exist for this user.
      if (!row) return { ok: false, error: "not-found" };
      const a = row.a;
      const open = tx
        .select()
        .from(attempts)
        .where(and(eq(attempts.assignmentId, a.id), eq(attempts.userId, userId), eq(attempts.status, "in_progress")))
        .get();
      // A running attempt is resumed unless the clock has closed it meanwhile (then the rules below apply).
      if (open) {
        const openDef = getCaseDefinition(tx as unknown as Db, open.caseVersionId);
        if (!openDef || !expireIfDue(tx as unknown as Db, open, openDef, now)) return { ok: true, attemptId: open.id, resumed: true };
      }
      if (now < a.opensAt) return { ok: false, error: "not-open" };
      const used = tx.select({ n: count() }).from(attempts).where(and(eq(attempts.assignmentId, a.id), eq(attempts.userId, userId))).get()?.n ?? 0;
      if (used >= a.attemptsAllowed) return { ok: false, error: "no-attempts-left" };
      const late = a.dueAt !== null && now > a.dueAt;
      if (late && a.latePolicy === "refuse") return { ok: false, error: "closed" };
      const def = getCaseDefinition(tx as unknown as Db, a.caseVersionId);
      if (!def) return { ok: false, error: "not-found" };
      const id = crypto.randomUUID();
      insertAttempt(tx as unknown as Db, {
        id,
        userId,
        caseVersionId: a.caseVersionId,
        assignmentId: a.id,
        mode: a.mode,
        status: "in_progress",
        currentStage: 0,
        startedAt: now,
        deadlineAt: a.mode === "exam" ? now + (a.timeLimitMinutes ?? examMinutesOf(def)) * 60_000 : null,
        late,
      });
      return { ok: true, attemptId: id, resumed: false };
    },
    { behavior: "immediate" },
  );
}
