/**
 * Protected exams in the data layer, on a real database (SQLite or PostgreSQL, per vitest project)
 * with a controllable clock: a case hidden
 * from the cohort's open practice until the due date; the correction withheld (mark only, or
 * nothing) until it is released at the due date or by hand; the release audited once; time-outs
 * counted for the student and the instructor.
 */
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { attempts, auditLog, investigationRequests, responses } = await import("@/db/schema");
const { createAssignmentRecord, releaseCorrectionRecord, updateAssignmentRecord } = await import("@/lib/dal/assignment-store");
const { addMemberRecord, createCohortRecord } = await import("@/lib/dal/cohort-store");
const { startAssignmentAttempt, startAttemptFor } = await import("@/lib/dal/attempt-start");
const { orderInvestigation, submitAnswer } = await import("@/lib/dal/attempt-play");
const { assignmentCards, caseCards, practiceHiddenUntil } = await import("@/lib/dal/library");
const { attemptClosure } = await import("@/lib/dal/attempt-closure");
const { getCaseDefinition } = await import("@/lib/dal/case-content");
const { loadAssignmentReview } = await import("@/lib/dal/review-store");
const { loadReviewedAttempt } = await import("@/lib/dal/reviewed-attempt");
const { HOUR, sentinelFixture } = await import("./support/sentinel-fixture");
const { and, asc, eq } = await import("drizzle-orm");
const { transaction } = await import("@/db/client");

const t0 = Date.UTC(2030, 0, 15, 12);
const due = t0 + 3 * HOUR;
const fx = await sentinelFixture("progressif-exam-", t0);
const { db, user, versionId } = fx;
const owner = await user("owner", "instructor");
const other = await user("other", "instructor");
afterAll(fx.close);

type Protection = { hideFromPractice?: boolean; correctionRelease?: "end" | "due" | "manual"; beforeRelease?: "mark" | "nothing"; timeLimitMinutes?: number | null };

function examFor(protection: Protection) {
  return fx.assignedStudent(owner, { mode: "exam", opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, ...protection }, t0);
}

/** A finished exam attempt with one right answer (q1) and the rest unanswered, closed at its time limit. */
async function timedOut(student: string, assignmentId: string) {
  const start = await startAssignmentAttempt(db, student, assignmentId, t0);
  if (!start.ok) throw new Error(start.error);
  expect(await submitAnswer(db, student, start.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0 + 60_000)).toMatchObject({ ok: true });
  // Past the 10-minute limit: the next request finds the attempt closed.
  expect(await submitAnswer(db, student, start.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0 + 11 * 60_000)).toEqual({ ok: false, error: "closed" });
  return start.attemptId;
}

const attemptRow = async (id: string) => (await db.select().from(attempts).where(eq(attempts.id, id)).limit(1))[0];
const closureOf = async (id: string, now: number) => {
  const a = await attemptRow(id);
  return attemptClosure(db, a, (await getCaseDefinition(db, a.caseVersionId))!, now);
};
const finish = (id: string, values: Partial<typeof attempts.$inferInsert>) =>
  transaction(db, async (tx) => {
    await tx.update(attempts).set(values).where(eq(attempts.id, id));
  });

describe("hiding the case from open practice", () => {
  it("hides it from the cohort's students until the due date, library and start alike", async () => {
    const { student } = await examFor({ hideFromPractice: true });
    const outsider = await user("outsider", "student");
    expect((await caseCards(db, student, t0)).map((c) => c.slug)).not.toContain("cas-sentinelle");
    expect(await startAttemptFor(db, student, "cas-sentinelle", "training", t0)).toEqual({ ok: false, error: "not-found" });
    // Someone outside the cohort still practises it.
    expect((await caseCards(db, outsider, t0)).map((c) => c.slug)).toContain("cas-sentinelle");
    expect((await startAttemptFor(db, outsider, "cas-sentinelle", "training", t0)).ok).toBe(true);
    // After the due date it is back.
    expect((await caseCards(db, student, due + 1)).map((c) => c.slug)).toContain("cas-sentinelle");
    expect((await startAttemptFor(db, student, "cas-sentinelle", "training", due + 1)).ok).toBe(true);
  });

  it("withholds the debrief of a practice attempt made on it before, until the due date", async () => {
    const cohortless = await user("early", "student");
    const practice = await startAttemptFor(db, cohortless, "cas-sentinelle", "exam", t0 - 2 * HOUR);
    if (!practice.ok) throw new Error(practice.error);
    await finish(practice.attemptId, { status: "finished", finishedAt: t0 - HOUR, score: 1, maxScore: 10, closedReason: "finished" });
    expect((await closureOf(practice.attemptId, t0)).correction).toBe("full");
    const cohort = await createCohortRecord(db, owner, `Examen ${crypto.randomUUID()}`);
    await addMemberRecord(db, cohort.id, cohortless);
    const created = await createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, mode: "exam", opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: true }, t0);
    expect(created.ok).toBe(true);
    expect(await closureOf(practice.attemptId, t0)).toMatchObject({ correction: "nothing", mark20: null });
    expect((await closureOf(practice.attemptId, due + 1)).correction).toBe("full");
  });

  it("freezes a practice attempt in progress on it until the due date: answers and orders refused, nothing written", async () => {
    const learner = await user("practising", "student");
    const practice = await startAttemptFor(db, learner, "cas-sentinelle", "training", t0 - 2 * HOUR);
    if (!practice.ok) throw new Error(practice.error);
    expect(await submitAnswer(db, learner, practice.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0 - 2 * HOUR)).toMatchObject({ ok: true });
    const cohort = await createCohortRecord(db, owner, `Examen ${crypto.randomUUID()}`);
    await addMemberRecord(db, cohort.id, learner);
    const created = await createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, mode: "exam", opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: true }, t0);
    expect(created.ok).toBe(true);
    expect(await practiceHiddenUntil(db, learner, versionId, t0)).toBe(due);
    const written = async () => ({
      answers: (await db.select().from(responses).where(eq(responses.attemptId, practice.attemptId))).length,
      orders: (await db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, practice.attemptId))).length,
    });
    const before = await written();
    expect(await submitAnswer(db, learner, practice.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0)).toEqual({ ok: false, error: "hidden" });
    expect(await orderInvestigation(db, learner, practice.attemptId, "inv-radio", t0)).toEqual({ ok: false, error: "hidden" });
    expect(await written()).toEqual(before);
    // The exam's own attempt is not frozen.
    const exam = await startAssignmentAttempt(db, learner, created.ok ? created.id : "", t0);
    if (!exam.ok) throw new Error(exam.error);
    expect(await submitAnswer(db, learner, exam.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0)).toMatchObject({ ok: true });
    // After the due date, the practice attempt resumes where it was.
    expect(await practiceHiddenUntil(db, learner, versionId, due + 1)).toBeNull();
    expect(await submitAnswer(db, learner, practice.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 1)).toMatchObject({ ok: true });
  });

  it("an exam that does not ask for it hides nothing", async () => {
    const { student } = await examFor({});
    expect((await caseCards(db, student, t0)).map((c) => c.slug)).toContain("cas-sentinelle");
  });
});

describe("correction release", () => {
  it("at the end: the full correction as soon as the attempt is over", async () => {
    const { student, assignmentId } = await examFor({ timeLimitMinutes: 10 });
    const id = await timedOut(student, assignmentId);
    expect(await closureOf(id, t0 + HOUR)).toMatchObject({ correction: "full", closedReason: "time-limit", answered: 1, unanswered: 7 });
  });

  it("at the due date, mark only before: the mark, then the correction after the due date", async () => {
    const { student, assignmentId } = await examFor({ correctionRelease: "due", beforeRelease: "mark", timeLimitMinutes: 10 });
    const id = await timedOut(student, assignmentId);
    const before = await closureOf(id, t0 + HOUR);
    expect(before).toMatchObject({ correction: "mark", releaseAt: due });
    expect(before.mark20).toEqual(expect.any(Number));
    expect((await closureOf(id, due + 1)).correction).toBe("full");
  });

  it("by hand, nothing before: no mark anywhere until the instructor releases it, once, audited", async () => {
    const { student, assignmentId } = await examFor({ correctionRelease: "manual", beforeRelease: "nothing", timeLimitMinutes: 10 });
    const id = await timedOut(student, assignmentId);
    expect(await closureOf(id, due + 10 * HOUR)).toMatchObject({ correction: "nothing", mark20: null });
    expect((await assignmentCards(db, student, due + 10 * HOUR))[0]).toMatchObject({ id: assignmentId, countedMark20: null });

    // Only the assignment's own instructor can release it; a training or automatic one has nothing to release.
    expect(await releaseCorrectionRecord(db, other, assignmentId, t0 + 2 * HOUR)).toEqual({ ok: false, error: "not-found" });
    const audits = () =>
      db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, "assignment.correction-release"), eq(auditLog.targetId, assignmentId)))
        .orderBy(asc(auditLog.id));
    expect(await audits()).toEqual([]);
    expect(await releaseCorrectionRecord(db, owner, assignmentId, t0 + 2 * HOUR)).toEqual({ ok: true, releasedAt: t0 + 2 * HOUR, already: false });
    expect(await releaseCorrectionRecord(db, owner, assignmentId, t0 + 3 * HOUR)).toEqual({ ok: true, releasedAt: t0 + 2 * HOUR, already: true });
    expect(await audits()).toMatchObject([{ actorId: owner, at: t0 + 2 * HOUR, targetType: "assignment" }]);
    expect(await closureOf(id, t0 + 2 * HOUR)).toMatchObject({ correction: "full", mark20: expect.any(Number) });
    expect((await assignmentCards(db, student, t0 + 2 * HOUR))[0].countedMark20).toEqual(expect.any(Number));
  });

  it("release now is refused for an automatic release", async () => {
    const { assignmentId } = await examFor({ correctionRelease: "due" });
    expect(await releaseCorrectionRecord(db, owner, assignmentId, t0)).toEqual({ ok: false, error: "not-manual" });
  });

  it("changing the settings keeps the protection of an exam, and training never has one", async () => {
    const { assignmentId } = await examFor({ hideFromPractice: true, correctionRelease: "manual", beforeRelease: "nothing" });
    expect(await updateAssignmentRecord(db, owner, { assignmentId, opensAt: t0, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: false, correctionRelease: "due", beforeRelease: "mark" })).toMatchObject({ ok: true });
    expect((await loadAssignmentReview(db, owner, assignmentId, t0))?.assignment).toMatchObject({ hideFromPractice: false, correctionRelease: "due", beforeRelease: "mark" });
  });
});

describe("time-outs on the instructor's review", () => {
  it("are shown with the number of unanswered questions", async () => {
    const { student, assignmentId } = await examFor({ timeLimitMinutes: 10 });
    const id = await timedOut(student, assignmentId);
    expect((await loadAssignmentReview(db, owner, assignmentId, t0 + HOUR))?.closures).toEqual({ [id]: { reason: "time-limit", unanswered: 7 } });
    expect((await loadReviewedAttempt(db, owner, assignmentId, id, "fr", t0 + HOUR))?.attempt).toMatchObject({ closedReason: "time-limit", unanswered: 7 });
  });
});
