/**
 * The assignment rules in the data layer, on the engine of this test run (SQLite file or PostgreSQL):
 * membership, opening date, attempts allowed, late policy, pinned version and time limit, and
 * owner-only review.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { attempts } = await import("@/db/schema");
const { sentinelFixture, HOUR } = await import("./support/sentinel-fixture");
const { addMemberRecord, createCohortRecord, joinCohortByCode, removeMemberRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord } = await import("@/lib/dal/assignment-store");
const { startAssignmentAttempt } = await import("@/lib/dal/attempt-start");
const { assignmentCards } = await import("@/lib/dal/library");
const { loadAssignmentReview } = await import("@/lib/dal/review-store");
const { loadReviewedAttempt } = await import("@/lib/dal/reviewed-attempt");
const { eq } = await import("drizzle-orm");

const now = Date.UTC(2030, 0, 15, 12);
let fx: Awaited<ReturnType<typeof sentinelFixture>>;
const ids = { owner: "", other: "", student: "", outsider: "" };

async function assign(cohortId: string, over: Partial<Parameters<typeof createAssignmentRecord>[2]> = {}) {
  const result = await createAssignmentRecord(fx.db, ids.owner, {
    cohortId,
    caseVersionId: fx.versionId,
    mode: "training",
    opensAt: now - HOUR,
    dueAt: now + 24 * HOUR,
    attemptsAllowed: 1,
    countingRule: "best",
    latePolicy: "accept",
    timeLimitMinutes: null,
    ...over,
  });
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

const attemptRow = async (id: string) => (await fx.db.select().from(attempts).where(eq(attempts.id, id)).limit(1))[0];

beforeAll(async () => {
  fx = await sentinelFixture("progressif-dal-", now);
  ids.owner = await fx.user("owner", "instructor");
  ids.other = await fx.user("other", "instructor");
  ids.student = await fx.user("student", "student");
  ids.outsider = await fx.user("outsider", "student");
});

afterAll(async () => {
  await fx.close();
});

describe("starting an assignment", () => {
  it("pins the version, mode and time limit, and records the assignment", async () => {
    const { db } = fx;
    const cohort = await createCohortRecord(db, ids.owner, "Examens");
    await addMemberRecord(db, cohort.id, ids.student);
    const id = await assign(cohort.id, { mode: "exam", timeLimitMinutes: 30 });
    const started = await startAssignmentAttempt(db, ids.student, id, now);
    expect(started).toMatchObject({ ok: true, resumed: false });
    const row = (await attemptRow(started.ok ? started.attemptId : ""))!;
    expect(row).toMatchObject({ assignmentId: id, caseVersionId: fx.versionId, mode: "exam", late: false, deadlineAt: now + 30 * 60_000 });
    // While it is open, starting again resumes it instead of using another attempt.
    expect(await startAssignmentAttempt(db, ids.student, id, now + 1000)).toEqual({ ok: true, attemptId: row.id, resumed: true });
  });

  it("refuses non-members, before opening, and past the attempts allowed", async () => {
    const { db } = fx;
    const cohort = await createCohortRecord(db, ids.owner, "Règles");
    await addMemberRecord(db, cohort.id, ids.student);
    const future = await assign(cohort.id, { opensAt: now + HOUR });
    expect(await startAssignmentAttempt(db, ids.outsider, future, now)).toEqual({ ok: false, error: "not-found" });
    expect(await startAssignmentAttempt(db, ids.student, future, now)).toEqual({ ok: false, error: "not-open" });
    expect((await startAssignmentAttempt(db, ids.student, future, now + HOUR)).ok).toBe(true);

    const once = await assign(cohort.id);
    const first = await startAssignmentAttempt(db, ids.student, once, now);
    await transaction(db, async (tx) => {
      await tx
        .update(attempts)
        .set({ status: "finished", finishedAt: now, score: 1, maxScore: 7 })
        .where(eq(attempts.id, first.ok ? first.attemptId : ""));
    });
    expect(await startAssignmentAttempt(db, ids.student, once, now + 1)).toEqual({ ok: false, error: "no-attempts-left" });
  });

  it("follows the late policy after the due date", async () => {
    const { db } = fx;
    const cohort = await createCohortRecord(db, ids.owner, "Retards");
    await addMemberRecord(db, cohort.id, ids.student);
    const refuse = await assign(cohort.id, { latePolicy: "refuse", dueAt: now - 1 });
    expect(await startAssignmentAttempt(db, ids.student, refuse, now)).toEqual({ ok: false, error: "closed" });
    const accept = await assign(cohort.id, { latePolicy: "accept", dueAt: now - 1 });
    const late = await startAssignmentAttempt(db, ids.student, accept, now);
    expect(await db.select({ late: attempts.late }).from(attempts).where(eq(attempts.id, late.ok ? late.attemptId : ""))).toEqual([{ late: true }]);
  });
});

describe("cohort membership", () => {
  it("joins with the current code only, and a removed member loses the assignments", async () => {
    const { db } = fx;
    const cohort = await createCohortRecord(db, ids.owner, "Adhésion");
    const id = await assign(cohort.id);
    expect(await joinCohortByCode(db, ids.outsider, "AAAAAAAA")).toEqual({ ok: false, error: "unknown-code" });
    expect(await joinCohortByCode(db, ids.outsider, cohort.joinCode)).toMatchObject({ ok: true, already: false });
    expect((await assignmentCards(db, ids.outsider, now)).map((c) => c.id)).toContain(id);
    // Only the owner can remove a member.
    expect(await removeMemberRecord(db, ids.other, cohort.id, ids.outsider)).toBe(false);
    expect(await removeMemberRecord(db, ids.owner, cohort.id, ids.outsider)).toBe(true);
    expect((await assignmentCards(db, ids.outsider, now)).map((c) => c.id)).not.toContain(id);
    expect(await startAssignmentAttempt(db, ids.outsider, id, now)).toEqual({ ok: false, error: "not-found" });
  });

  it("assigns only to the owner's cohorts", async () => {
    const { db } = fx;
    const cohort = await createCohortRecord(db, ids.owner, "Propriété");
    const result = await createAssignmentRecord(db, ids.other, { cohortId: cohort.id, caseVersionId: fx.versionId, mode: "training", opensAt: now, dueAt: null, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null });
    expect(result).toEqual({ ok: false, error: "not-found" });
  });
});

describe("review access", () => {
  it("is the owner's only, and a drill-down needs an attempt of that assignment", async () => {
    const { db } = fx;
    const cohort = await createCohortRecord(db, ids.owner, "Revue");
    await addMemberRecord(db, cohort.id, ids.student);
    const id = await assign(cohort.id);
    const started = await startAssignmentAttempt(db, ids.student, id, now);
    const attemptId = started.ok ? started.attemptId : "";
    expect((await loadAssignmentReview(db, ids.owner, id, now))?.review.completion).toMatchObject({ members: 1, inProgress: 1 });
    expect(await loadAssignmentReview(db, ids.other, id, now)).toBeNull();
    expect((await loadReviewedAttempt(db, ids.owner, id, attemptId, "fr", now))?.student.name).toBe("student");
    expect(await loadReviewedAttempt(db, ids.other, id, attemptId, "fr", now)).toBeNull();
    const otherCohort = await createCohortRecord(db, ids.other, "Autre");
    const otherAssignment = await createAssignmentRecord(db, ids.other, { cohortId: otherCohort.id, caseVersionId: fx.versionId, mode: "training", opensAt: now, dueAt: null, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null });
    expect(otherAssignment.ok && (await loadReviewedAttempt(db, ids.other, otherAssignment.id, attemptId, "fr", now))).toBeNull();
  });
});
