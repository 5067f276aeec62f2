/**
 * Protected exams in the data layer, on a real SQLite file with a controllable clock: a case hidden
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
const { and, eq } = await import("drizzle-orm");

const t0 = Date.UTC(2030, 0, 15, 12);
const due = t0 + 3 * HOUR;
const fx = await sentinelFixture("progressif-exam-", t0);
const { db, user, versionId } = fx;
const owner = user("owner", "instructor");
const other = user("other", "instructor");
afterAll(fx.close);

type Protection = { hideFromPractice?: boolean; correctionRelease?: "end" | "due" | "manual"; beforeRelease?: "mark" | "nothing"; timeLimitMinutes?: number | null };

function examFor(protection: Protection) {
  return fx.assignedStudent(owner, { mode: "exam", opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, ...protection }, t0);
}

/** A finished exam attempt with one right answer (q1) and the rest unanswered, closed at its time limit. */
function timedOut(student: string, assignmentId: string) {
  const start = startAssignmentAttempt(db, student, assignmentId, t0);
  if (!start.ok) throw new Error(start.error);
  expect(submitAnswer(db, student, start.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0 + 60_000)).toMatchObject({ ok: true });
  // Past the 10-minute limit: the next request finds the attempt closed.
  expect(submitAnswer(db, student, start.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0 + 11 * 60_000)).toEqual({ ok: false, error: "closed" });
  return start.attemptId;
}

const attemptRow = (id: string) => db.select().from(attempts).where(eq(attempts.id, id)).get()!;
const closureOf = (id: string, now: number) => {
  const a = attemptRow(id);
  return attemptClosure(db, a, getCaseDefinition(db, a.caseVersionId)!, now);
};

describe("hiding the case from open practice", () => {
  it("hides it from the cohort's students until the due date, library and start alike", () => {
    const { student } = examFor({ hideFromPractice: true });
    const outsider = user("outsider", "student");
    expect(caseCards(db, student, t0).map((c) => c.slug)).not.toContain("cas-sentinelle");
    expect(startAttemptFor(db, student, "cas-sentinelle", "training", t0)).toEqual({ ok: false, error: "not-found" });
    // Someone outside the cohort still practises it.
    expect(caseCards(db, outsider, t0).map((c) => c.slug)).toContain("cas-sentinelle");
    expect(startAttemptFor(db, outsider, "cas-sentinelle", "training", t0).ok).toBe(true);
    // After the due date it is back.
    expect(caseCards(db, student, due + 1).map((c) => c.slug)).toContain("cas-sentinelle");
    expect(startAttemptFor(db, student, "cas-sentinelle", "training", due + 1).ok).toBe(true);
  });

  it("withholds the debrief of a practice attempt made on it before, until the due date", () => {
    const cohortless = user("early", "student");
    const practice = startAttemptFor(db, cohortless, "cas-sentinelle", "exam", t0 - 2 * HOUR);
    if (!practice.ok) throw new Error(practice.error);
    db.update(attempts).set({ status: "finished", finishedAt: t0 - HOUR, score: 1, maxScore: 10, closedReason: "finished" }).where(eq(attempts.id, practice.attemptId)).run();
    expect(closureOf(practice.attemptId, t0).correction).toBe("full");
    const cohort = createCohortRecord(db, owner, `Examen ${crypto.randomUUID()}`);
    addMemberRecord(db, cohort.id, cohortless);
    const created = createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, mode: "exam", opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: true }, t0);
    expect(created.ok).toBe(true);
    expect(closureOf(practice.attemptId, t0)).toMatchObject({ correction: "nothing", mark20: null });
    expect(closureOf(practice.attemptId, due + 1).correction).toBe("full");
  });

  it("freezes a practice attempt in progress on it until the due date: answers and orders refused, nothing written", () => {
    const learner = user("practising", "student");
    const practice = startAttemptFor(db, learner, "cas-sentinelle", "training", t0 - 2 * HOUR);
    if (!practice.ok) throw new Error(practice.error);
    expect(submitAnswer(db, learner, practice.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0 - 2 * HOUR)).toMatchObject({ ok: true });
    const cohort = createCohortRecord(db, owner, `Examen ${crypto.randomUUID()}`);
    addMemberRecord(db, cohort.id, learner);
    const created = createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, mode: "exam", opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: true }, t0);
    expect(created.ok).toBe(true);
    expect(practiceHiddenUntil(db, learner, versionId, t0)).toBe(due);
    const written = () => ({
      answers: db.select().from(responses).where(eq(responses.attemptId, practice.attemptId)).all().length,
      orders: db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, practice.attemptId)).all().length,
    });
    const before = written();
    expect(submitAnswer(db, learner, practice.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0)).toEqual({ ok: false, error: "hidden" });
    expect(orderInvestigation(db, learner, practice.attemptId, "inv-radio", t0)).toEqual({ ok: false, error: "hidden" });
    expect(written()).toEqual(before);
    // The exam's own attempt is not frozen.
    const exam = startAssignmentAttempt(db, learner, created.ok ? created.id : "", t0);
    if (!exam.ok) throw new Error(exam.error);
    expect(submitAnswer(db, learner, exam.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0)).toMatchObject({ ok: true });
    // After the due date, the practice attempt resumes where it was.
    expect(practiceHiddenUntil(db, learner, versionId, due + 1)).toBeNull();
    expect(submitAnswer(db, learner, practice.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 1)).toMatchObject({ ok: true });
  });

  it("an exam that does not ask for it hides nothing", () => {
    const { student } = examFor({});
    expect(caseCards(db, student, t0).map((c) => c.slug)).toContain("cas-sentinelle");
  });
});

describe("correction release", () => {
  it("at the end: the full correction as soon as the attempt is over", () => {
    const { student, assignmentId } = examFor({ timeLimitMinutes: 10 });
    const id = timedOut(student, assignmentId);
    expect(closureOf(id, t0 + HOUR)).toMatchObject({ correction: "full", closedReason: "time-limit", answered: 1, unanswered: 7 });
  });

  it("at the due date, mark only before: the mark, then the correction after the due date", () => {
    const { student, assignmentId } = examFor({ correctionRelease: "due", beforeRelease: "mark", timeLimitMinutes: 10 });
    const id = timedOut(student, assignmentId);
    const before = closureOf(id, t0 + HOUR);
    expect(before).toMatchObject({ correction: "mark", releaseAt: due });
    expect(before.mark20).toEqual(expect.any(Number));
    expect(closureOf(id, due + 1).correction).toBe("full");
  });

  it("by hand, nothing before: no mark anywhere until the instructor releases it, once, audited", () => {
    const { student, assignmentId } = examFor({ correctionRelease: "manual", beforeRelease: "nothing", timeLimitMinutes: 10 });
    const id = timedOut(student, assignmentId);
    expect(closureOf(id, due + 10 * HOUR)).toMatchObject({ correction: "nothing", mark20: null });
    expect(assignmentCards(db, student, due + 10 * HOUR)[0]).toMatchObject({ id: assignmentId, countedMark20: null });

    // Only the assignment's own instructor can release it; a training or automatic one has nothing to release.
    expect(releaseCorrectionRecord(db, other, assignmentId, t0 + 2 * HOUR)).toEqual({ ok: false, error: "not-found" });
    const audits = () => db.select().from(auditLog).where(and(eq(auditLog.action, "assignment.correction-release"), eq(auditLog.targetId, assignmentId))).all();
    expect(audits()).toEqual([]);
    expect(releaseCorrectionRecord(db, owner, assignmentId, t0 + 2 * HOUR)).toEqual({ ok: true, releasedAt: t0 + 2 * HOUR, already: false });
    expect(releaseCorrectionRecord(db, owner, assignmentId, t0 + 3 * HOUR)).toEqual({ ok: true, releasedAt: t0 + 2 * HOUR, already: true });
    expect(audits()).toMatchObject([{ actorId: owner, at: t0 + 2 * HOUR, targetType: "assignment" }]);
    expect(closureOf(id, t0 + 2 * HOUR)).toMatchObject({ correction: "full", mark20: expect.any(Number) });
    expect(assignmentCards(db, student, t0 + 2 * HOUR)[0].countedMark20).toEqual(expect.any(Number));
  });

  it("release now is refused for an automatic release", () => {
    const { assignmentId } = examFor({ correctionRelease: "due" });
    expect(releaseCorrectionRecord(db, owner, assignmentId, t0)).toEqual({ ok: false, error: "not-manual" });
  });

  it("changing the settings keeps the protection of an exam, and training never has one", () => {
    const { assignmentId } = examFor({ hideFromPractice: true, correctionRelease: "manual", beforeRelease: "nothing" });
    expect(updateAssignmentRecord(db, owner, { assignmentId, opensAt: t0, dueAt: due, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: false, correctionRelease: "due", beforeRelease: "mark" })).toMatchObject({ ok: true });
    expect(loadAssignmentReview(db, owner, assignmentId, t0)?.assignment).toMatchObject({ hideFromPractice: false, correctionRelease: "due", beforeRelease: "mark" });
  });
});

describe("time-outs on the instructor's review", () => {
  it("are shown with the number of unanswered questions", () => {
    const { student, assignmentId } = examFor({ timeLimitMinutes: 10 });
    const id = timedOut(student, assignmentId);
    expect(loadAssignmentReview(db, owner, assignmentId, t0 + HOUR)?.closures).toEqual({ [id]: { reason: "time-limit", unanswered: 7 } });
    expect(loadReviewedAttempt(db, owner, assignmentId, id, "fr", t0 + HOUR)?.attempt).toMatchObject({ closedReason: "time-limit", unanswered: 7 });
  });
});
