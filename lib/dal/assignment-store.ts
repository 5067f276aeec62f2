import "server-only";
import { and, asc, countDistinct, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { assignments, attempts, cases, caseVersions, cohortMembers, cohorts, type Assignment, type Cohort } from "@/db/schema";
import type { AssignmentInput, AssignmentUpdate } from "@/lib/teach/assignment-schema";
import { recordAudit } from "./audit";

type Protection = "hideFromPractice" | "correctionRelease" | "beforeRelease";
/** The exam protection is optional for callers other than the forms (seeds, benchmarks): defaults apply. */
export type AssignmentRecordInput = Omit<AssignmentInput, Protection> & Partial<Pick<AssignmentInput, Protection>>;
export type AssignmentRecordUpdate = Omit<AssignmentUpdate, Protection> & Partial<Pick<AssignmentUpdate, Protection>>;

// Session-free: callers pass the acting instructor's id; every query filters on the cohort's owner.
// Lock keys: `cohort:<id>` to add an assignment to a cohort, `assignment:<id>` to change one (the
// player's start of an assignment attempt takes it too: no attempt can slip in while one is deleted).

export type AssignableCase = { versionId: string; slug: string; title: string; version: number };

/** Latest published version of each case this instructor may assign: bundled ones and their own. */
export async function assignableVersions(db: Db, ownerId: string): Promise<AssignableCase[]> {
  const rows = await db
    .select({ caseId: cases.id, slug: cases.slug, versionId: caseVersions.id, title: caseVersions.title, version: caseVersions.version })
    .from(cases)
    .innerJoin(caseVersions, eq(caseVersions.caseId, cases.id))
    .where(and(eq(caseVersions.status, "published"), or(isNull(cases.ownerId), eq(cases.ownerId, ownerId))))
    .orderBy(asc(caseVersions.title), desc(caseVersions.version), asc(caseVersions.id));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.caseId) && seen.add(r.caseId)).map(({ versionId, slug, title, version }) => ({ versionId, slug, title, version }));
}

export type CreateAssignmentResult = { ok: true; id: string } | { ok: false; error: "not-found" | "case-unavailable" };

export async function createAssignmentRecord(db: Db, ownerId: string, input: AssignmentRecordInput, now = Date.now()): Promise<CreateAssignmentResult> {
  return transaction(
    db,
    async (tx): Promise<CreateAssignmentResult> => {
      const [cohort] = await tx.select({ id: cohorts.id }).from(cohorts).where(and(eq(cohorts.id, input.cohortId), eq(cohorts.ownerId, ownerId))).limit(1);
      if (!cohort) return { ok: false, error: "not-found" };
      // The version is pinned: it must be published and a case this instructor may use.
      if (!(await assignableVersions(tx, ownerId)).some((v) => v.versionId === input.caseVersionId)) return { ok: false, error: "case-unavailable" };
      const id = crypto.randomUUID();
      await tx.insert(assignments).values({
        id,
        cohortId: cohort.id,
        caseVersionId: input.caseVersionId,
        mode: input.mode,
        opensAt: input.opensAt,
        dueAt: input.dueAt,
        attemptsAllowed: input.attemptsAllowed,
        countingRule: input.countingRule,
        latePolicy: input.latePolicy,
        timeLimitMinutes: input.timeLimitMinutes,
        ...protectionOf(input.mode, input),
        createdAt: now,
      });
      await recordAudit(tx, { actorId: ownerId, action: "assignment.create", targetType: "assignment", targetId: id, details: { cohortId: cohort.id, caseVersionId: input.caseVersionId, mode: input.mode } }, now);
      return { ok: true, id };
    },
    { lock: [`cohort:${input.cohortId}`] },
  );
}

/** Exam protection applies to exam assignments only; missing values take the defaults. */
function protectionOf(mode: "training" | "exam", input: Partial<Pick<AssignmentInput, Protection>>): Pick<Assignment, Protection> {
  if (mode !== "exam") return { hideFromPractice: false, correctionRelease: "end", beforeRelease: "mark" };
  return { hideFromPractice: input.hideFromPractice ?? false, correctionRelease: input.correctionRelease ?? "end", beforeRelease: input.beforeRelease ?? "mark" };
}

export type AssignmentSummary = Pick<Assignment, "id" | "mode" | "opensAt" | "dueAt" | "attemptsAllowed" | "countingRule" | "latePolicy" | "timeLimitMinutes"> & {
  cohortId: string;
  cohortName: string;
  caseTitle: string;
  version: number;
  members: number;
  /** Current members with a finished attempt. */
  finished: number;
};

/** Assignments of the instructor's cohorts (all of them, or one cohort), with completion. */
export async function ownedAssignments(db: Db, ownerId: string, cohortId?: string): Promise<AssignmentSummary[]> {
  const rows = await db
    .select({ a: assignments, cohortName: cohorts.name, caseTitle: caseVersions.title, version: caseVersions.version })
    .from(assignments)
    .innerJoin(cohorts, eq(cohorts.id, assignments.cohortId))
    .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
    .where(and(eq(cohorts.ownerId, ownerId), cohortId ? eq(cohorts.id, cohortId) : undefined))
    .orderBy(asc(assignments.opensAt), asc(caseVersions.title), asc(assignments.createdAt), asc(assignments.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.a.id);
  const cohortIds = [...new Set(rows.map((r) => r.a.cohortId))];
  const memberCounts = await db
    .select({ id: cohortMembers.cohortId, n: countDistinct(cohortMembers.userId) })
    .from(cohortMembers)
    .where(inArray(cohortMembers.cohortId, cohortIds))
    .groupBy(cohortMembers.cohortId);
  const finishedCounts = await db
    .select({ id: attempts.assignmentId, n: countDistinct(attempts.userId) })
    .from(attempts)
    .innerJoin(assignments, eq(assignments.id, attempts.assignmentId))
    .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, assignments.cohortId), eq(cohortMembers.userId, attempts.userId)))
    .where(and(inArray(attempts.assignmentId, ids), eq(attempts.status, "finished")))
    .groupBy(attempts.assignmentId);
  const members = new Map(memberCounts.map((r) => [r.id, r.n]));
  const finished = new Map(finishedCounts.map((r) => [r.id, r.n]));
  return rows.map(({ a, cohortName, caseTitle, version }) => ({
    id: a.id,
    mode: a.mode,
    opensAt: a.opensAt,
    dueAt: a.dueAt,
    attemptsAllowed: a.attemptsAllowed,
    countingRule: a.countingRule,
    latePolicy: a.latePolicy,
    timeLimitMinutes: a.timeLimitMinutes,
    cohortId: a.cohortId,
    cohortName,
    caseTitle,
    version,
    members: members.get(a.cohortId) ?? 0,
    finished: finished.get(a.id) ?? 0,
  }));
}

export async function ownedAssignment(db: Db, ownerId: string, assignmentId: string): Promise<{ assignment: Assignment; cohort: Cohort } | undefined> {
  const [row] = await db
    .select({ assignment: assignments, cohort: cohorts })
    .from(assignments)
    .innerJoin(cohorts, eq(cohorts.id, assignments.cohortId))
    .where(and(eq(assignments.id, assignmentId), eq(cohorts.ownerId, ownerId)))
    .limit(1);
  return row;
}

/**
 * New dates and rules for an assignment of one of this instructor's cohorts (else not found). The
 * case version and the mode stay; a time limit applies to exam assignments only, and to attempts
 * started from now on (a running attempt keeps the deadline it started with).
 */
export async function updateAssignmentRecord(db: Db, ownerId: string, input: AssignmentRecordUpdate): Promise<{ ok: true; cohortId: string } | { ok: false; error: "not-found" }> {
  return transaction(
    db,
    async (tx) => {
      const owned = await ownedAssignment(tx, ownerId, input.assignmentId);
      if (!owned) return { ok: false, error: "not-found" } as const;
      await tx
        .update(assignments)
        .set({
          opensAt: input.opensAt,
          dueAt: input.dueAt,
          attemptsAllowed: input.attemptsAllowed,
          countingRule: input.countingRule,
          latePolicy: input.latePolicy,
          timeLimitMinutes: owned.assignment.mode === "exam" ? input.timeLimitMinutes : null,
          ...protectionOf(owned.assignment.mode, input),
        })
        .where(eq(assignments.id, owned.assignment.id));
      await recordAudit(tx, {
        actorId: ownerId,
        action: "assignment.update",
        targetType: "assignment",
        targetId: owned.assignment.id,
        details: { opensAt: input.opensAt, dueAt: input.dueAt, attemptsAllowed: input.attemptsAllowed, countingRule: input.countingRule, latePolicy: input.latePolicy },
      });
      return { ok: true, cohortId: owned.cohort.id } as const;
    },
    { lock: [`assignment:${input.assignmentId}`] },
  );
}

/**
 * Deletes an assignment of one of this instructor's cohorts, only while no attempt has been
 * started on it (attempts are learners' work and are never deleted); else not-found / has-attempts.
 */
export async function deleteAssignmentRecord(db: Db, ownerId: string, assignmentId: string): Promise<{ ok: true; cohortId: string } | { ok: false; error: "not-found" | "has-attempts" }> {
  return transaction(
    db,
    async (tx) => {
      const owned = await ownedAssignment(tx, ownerId, assignmentId);
      if (!owned) return { ok: false, error: "not-found" } as const;
      const [started] = await tx.select({ id: attempts.id }).from(attempts).where(eq(attempts.assignmentId, owned.assignment.id)).limit(1);
      if (started) return { ok: false, error: "has-attempts" } as const;
      await tx.delete(assignments).where(eq(assignments.id, owned.assignment.id));
      await recordAudit(tx, { actorId: ownerId, action: "assignment.delete", targetType: "assignment", targetId: owned.assignment.id, details: { cohortId: owned.cohort.id } });
      return { ok: true, cohortId: owned.cohort.id } as const;
    },
    { lock: [`assignment:${assignmentId}`] },
  );
}

export type ReleaseResult = { ok: true; releasedAt: number; already: boolean } | { ok: false; error: "not-found" | "not-manual" };

/**
 * "Release now": the instructor of an exam assignment whose correction waits for them releases it
 * to every student. Once only: a second release changes nothing and writes no second audit row.
 */
export async function releaseCorrectionRecord(db: Db, ownerId: string, assignmentId: string, now = Date.now()): Promise<ReleaseResult> {
  return transaction(
    db,
    async (tx): Promise<ReleaseResult> => {
      const owned = await ownedAssignment(tx, ownerId, assignmentId);
      if (!owned) return { ok: false, error: "not-found" };
      const a = owned.assignment;
      if (a.mode !== "exam" || a.correctionRelease !== "manual") return { ok: false, error: "not-manual" };
      if (a.correctionReleasedAt !== null) return { ok: true, releasedAt: a.correctionReleasedAt, already: true };
      await tx.update(assignments).set({ correctionReleasedAt: now }).where(eq(assignments.id, a.id));
      await recordAudit(tx, { actorId: ownerId, action: "assignment.correction-release", targetType: "assignment", targetId: a.id, details: { cohortId: owned.cohort.id } }, now);
      return { ok: true, releasedAt: now, already: false };
    },
    { lock: [`assignment:${assignmentId}`] },
  );
}
