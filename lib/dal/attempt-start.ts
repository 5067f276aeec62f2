import "server-only";
import { and, count, eq } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { assignments, attempts, cohortMembers, stageVisits } from "@/db/schema";
import { getCaseDefinition } from "./case-content";
import { practiceVersionsFor } from "./library";
import { attemptLock, expireIfDue } from "./attempt-state";

// Session-free on purpose: the synthetic-cohort seed and the benchmarks start attempts through here.

export function examMinutesOf(def: { examMinutes?: number; estimatedMinutes: number }): number {
  return def.examMinutes ?? def.estimatedMinutes;
}

export type StartResult = { ok: true; attemptId: string } | { ok: false; error: "not-found" };

async function insertAttempt(tx: Db, values: typeof attempts.$inferInsert): Promise<void> {
  await tx.insert(attempts).values(values);
  await tx.insert(stageVisits).values({ attemptId: values.id, stageIndex: 0, enteredAt: values.startedAt });
}

/**
 * Free practice: an attempt pinned to the case's latest published version. A case an exam hides
 * from this user's practice does not exist for them until its due date.
 */
export async function startAttemptFor(db: Db, userId: string, slug: string, mode: "training" | "exam", now = Date.now()): Promise<StartResult> {
  const version = (await practiceVersionsFor(db, userId, now)).find((v) => v.slug === slug);
  if (!version) return { ok: false, error: "not-found" };
  const def = await getCaseDefinition(db, version.versionId);
  if (!def) return { ok: false, error: "not-found" };
  const id = crypto.randomUUID();
  // Nothing is read then written: a new attempt, under its own key.
  await transaction(
    db,
    async (tx) => {
      await insertAttempt(tx, {
        id,
        userId,
        caseVersionId: version.versionId,
        mode,
        status: "in_progress",
        currentStage: 0,
        startedAt: now,
        deadlineAt: mode === "exam" ? now + examMinutesOf(def) * 60_000 : null,
      });
    },
    { lock: [attemptLock(id)] },
  );
  return { ok: true, attemptId: id };
}

export type AssignmentStartError = "not-found" | "not-open" | "no-attempts-left" | "closed";
export type AssignmentStartResult = { ok: true; attemptId: string; resumed: boolean } | { ok: false; error: AssignmentStartError };


/**
 * Starts (or resumes) the member's attempt at an assignment: pinned to the assignment's case
 * version, mode and time limit. Refused before opensAt, once attemptsAllowed are used, and after
 * the due date when the late policy refuses; accepted late attempts are flagged. One transaction
 * locked on the assignment (the key its instructor's changes and deletion take: a start reads its
 * rules and adds to its attempts), so two clicks or two servers cannot both pass the attempt count
 * and a deletion cannot pass its "no attempts" check meanwhile; and on the running attempt when
 * there is one, so closing it at its deadline does not interleave with an answer recorded on it.
 */
export async function startAssignmentAttempt(db: Db, userId: string, assignmentId: string, now = Date.now()): Promise<AssignmentStartResult> {
  const [running] = await db
    .select({ id: attempts.id })
    .from(attempts)
    .where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, userId), eq(attempts.status, "in_progress")))
    .limit(1);
  const lock = [`assignment:${assignmentId}`, ...(running ? [attemptLock(running.id)] : [])];
  return transaction(
    db,
    async (tx): Promise<AssignmentStartResult> => {
      const [row] = await tx
        .select({ a: assignments })
        .from(assignments)
        .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, assignments.cohortId), eq(cohortMembers.userId, userId)))
        .where(eq(assignments.id, assignmentId))
        .limit(1);
      // Not a member (or removed): the assignment does not exist for this user.
      if (!row) return { ok: false, error: "not-found" };
      const a = row.a;
      const [open] = await tx
        .select()
        .from(attempts)
        .where(and(eq(attempts.assignmentId, a.id), eq(attempts.userId, userId), eq(attempts.status, "in_progress")))
        .limit(1);
      // A running attempt is resumed unless the clock has closed it meanwhile (then the rules below apply).
      if (open) {
        const openDef = await getCaseDefinition(tx, open.caseVersionId);
        if (!openDef || !(await expireIfDue(tx, open, openDef, now))) return { ok: true, attemptId: open.id, resumed: true };
      }
      if (now < a.opensAt) return { ok: false, error: "not-open" };
      const [used] = await tx
        .select({ n: count() })
        .from(attempts)
        .where(and(eq(attempts.assignmentId, a.id), eq(attempts.userId, userId)));
      if ((used?.n ?? 0) >= a.attemptsAllowed) return { ok: false, error: "no-attempts-left" };
      const late = a.dueAt !== null && now > a.dueAt;
      if (late && a.latePolicy === "refuse") return { ok: false, error: "closed" };
      const def = await getCaseDefinition(tx, a.caseVersionId);
      if (!def) return { ok: false, error: "not-found" };
      const id = crypto.randomUUID();
      await insertAttempt(tx, {
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
    { lock },
  );
}
