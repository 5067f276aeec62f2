/**
 * Deadlines hold for attempts already started (issue 11, item 4), against a real database (SQLite or
 * PostgreSQL, per vitest project) and a controllable clock: past a due date with the "refuse" policy nothing is accepted (answer, test
 * order, next stage, finish), nothing is written, and the attempt is closed as of the due date with
 * the reason stored; with "accept" the attempt goes on and is marked late. Page-side readers close
 * the attempt too, inside a transaction.
 */
import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { attempts, investigationRequests, responses, stageVisits } = await import("@/db/schema");
const { startAssignmentAttempt } = await import("@/lib/dal/attempt-start");
const { advanceStage, finishAttempt, orderInvestigation, submitAnswer } = await import("@/lib/dal/attempt-play");
const { loadAssignmentReview } = await import("@/lib/dal/review-store");
const { loadReviewedAttempt } = await import("@/lib/dal/reviewed-attempt");
const { HOUR, sentinelFixture } = await import("./support/sentinel-fixture");
const { count, eq } = await import("drizzle-orm");
const { transaction } = await import("@/db/client");

const t0 = Date.UTC(2030, 0, 15, 12);
const due = t0 + 2 * HOUR;
const fx = await sentinelFixture("progressif-deadlines-", t0);
const { db, user } = fx;
const owner = await user("owner", "instructor");
afterAll(fx.close);

/** A cohort of one student, an assignment with this policy, and the student's attempt started at t0. */
async function started(latePolicy: "refuse" | "accept", mode: "training" | "exam" = "training", timeLimitMinutes: number | null = null) {
  const { student, assignmentId } = await fx.assignedStudent(owner, { mode, opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 2, countingRule: "best", latePolicy, timeLimitMinutes });
  const start = await startAssignmentAttempt(db, student, assignmentId, t0);
  if (!start.ok) throw new Error(start.error);
  return { student, assignmentId, attemptId: start.attemptId };
}

const row = async (attemptId: string) => (await db.select().from(attempts).where(eq(attempts.id, attemptId)).limit(1))[0];
const writes = async (attemptId: string) => ({
  responses: (await db.select({ n: count() }).from(responses).where(eq(responses.attemptId, attemptId)))[0].n,
  orders: (await db.select({ n: count() }).from(investigationRequests).where(eq(investigationRequests.attemptId, attemptId)))[0].n,
  stages: (await db.select({ n: count() }).from(stageVisits).where(eq(stageVisits.attemptId, attemptId)))[0].n,
});

describe('late policy "refuse" on a started attempt', () => {
  it("accepts work up to the due date itself", async () => {
    const { student, attemptId } = await started("refuse");
    expect(await submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", due)).toMatchObject({ ok: true, duplicate: false });
    expect(await row(attemptId)).toMatchObject({ status: "in_progress", late: false, closedReason: null });
  });

  it("refuses an answer after it, writes nothing, and closes the attempt as of the due date", async () => {
    const { student, attemptId } = await started("refuse");
    expect(await submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0 + HOUR)).toMatchObject({ ok: true });
    const before = await writes(attemptId);
    expect(await submitAnswer(db, student, attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 1)).toEqual({ ok: false, error: "past-due" });
    expect(await writes(attemptId)).toEqual(before);
    expect(await row(attemptId)).toMatchObject({ status: "finished", finishedAt: due, closedReason: "due-date", late: false, maxScore: expect.any(Number) });
    // Every later request gets the same clear refusal.
    expect(await submitAnswer(db, student, attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(await orderInvestigation(db, student, attemptId, "inv-radio", due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(await advanceStage(db, student, attemptId, due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(await finishAttempt(db, student, attemptId, due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(await writes(attemptId)).toEqual(before);
  });

  it("refuses an investigation order and a stage change after it, writing nothing", async () => {
    const a = await started("refuse");
    expect(await orderInvestigation(db, a.student, a.attemptId, "inv-radio", due + 1)).toEqual({ ok: false, error: "past-due" });
    expect(await writes(a.attemptId)).toEqual({ responses: 0, orders: 0, stages: 1 });
    expect(await row(a.attemptId)).toMatchObject({ status: "finished", closedReason: "due-date", currentStage: 0 });

    const b = await started("refuse");
    await submitAnswer(db, b.student, b.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0);
    await submitAnswer(db, b.student, b.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0);
    expect(await advanceStage(db, b.student, b.attemptId, due + 1)).toEqual({ ok: false, error: "past-due" });
    expect(await row(b.attemptId)).toMatchObject({ status: "finished", closedReason: "due-date", currentStage: 0, score: expect.any(Number) });
    expect((await writes(b.attemptId)).stages).toBe(1);
  });

  it("a resumed start after the due date closes the attempt and refuses a new one", async () => {
    const { student, assignmentId, attemptId } = await started("refuse");
    expect(await startAssignmentAttempt(db, student, assignmentId, due - 1)).toEqual({ ok: true, attemptId, resumed: true });
    expect(await startAssignmentAttempt(db, student, assignmentId, due + 1)).toEqual({ ok: false, error: "closed" });
    expect(await row(attemptId)).toMatchObject({ status: "finished", closedReason: "due-date" });
  });

  it("the instructor's review closes abandoned attempts and shows them closed", async () => {
    const { assignmentId, attemptId } = await started("refuse");
    expect((await loadAssignmentReview(db, owner, assignmentId, due - 1))?.review.completion).toMatchObject({ inProgress: 1 });
    expect((await row(attemptId)).status).toBe("in_progress");
    expect((await loadAssignmentReview(db, owner, assignmentId, due + 1))?.review.completion).toMatchObject({ inProgress: 0 });
    expect(await row(attemptId)).toMatchObject({ status: "finished", finishedAt: due, closedReason: "due-date" });
  });

  it("the drill-down also closes it as of the due date", async () => {
    const { assignmentId, attemptId } = await started("refuse");
    expect((await loadReviewedAttempt(db, owner, assignmentId, attemptId, "fr", due + HOUR))?.attempt).toMatchObject({ status: "finished", finishedAt: due });
    expect((await row(attemptId)).closedReason).toBe("due-date");
  });

  it("an exam's own time limit, if earlier, names the reason", async () => {
    const { student, attemptId } = await started("refuse", "exam", 30);
    expect(await submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", due + 1)).toEqual({ ok: false, error: "closed" });
    expect(await row(attemptId)).toMatchObject({ status: "finished", finishedAt: t0 + 30 * 60_000, closedReason: "time-limit" });
  });
});

describe('late policy "accept" on a started attempt', () => {
  it("goes on after the due date and marks the attempt late", async () => {
    const { student, attemptId } = await started("accept");
    expect(await submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", due - 1)).toMatchObject({ ok: true });
    expect((await row(attemptId)).late).toBe(false);
    expect(await submitAnswer(db, student, attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 1)).toMatchObject({ ok: true, duplicate: false });
    expect(await row(attemptId)).toMatchObject({ status: "in_progress", late: true, closedReason: null });
    expect(await advanceStage(db, student, attemptId, due + 2)).toEqual({ ok: true });
    expect(await writes(attemptId)).toEqual({ responses: 2, orders: 0, stages: 2 });
  });

  it("an attempt finished before the due date is never marked late", async () => {
    const { assignmentId, attemptId } = await started("accept");
    await transaction(db, async (tx) => {
      await tx.update(attempts).set({ status: "finished", finishedAt: due - 1, closedReason: "finished" }).where(eq(attempts.id, attemptId));
    });
    await loadAssignmentReview(db, owner, assignmentId, due + HOUR);
    expect(await row(attemptId)).toMatchObject({ status: "finished", late: false });
  });
});
