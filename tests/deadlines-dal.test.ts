/**
 * Deadlines hold for attempts already started (issue 11, item 4), against a real SQLite file and a
 * controllable clock: past a due date with the "refuse" policy nothing is accepted (answer, test
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

const t0 = Date.UTC(2030, 0, 15, 12);
const due = t0 + 2 * HOUR;
const fx = await sentinelFixture("progressif-deadlines-", t0);
const { db, user } = fx;
const owner = user("owner", "instructor");
afterAll(fx.close);

/** A cohort of one student, an assignment with this policy, and the student's attempt started at t0. */
function started(latePolicy: "refuse" | "accept", mode: "training" | "exam" = "training", timeLimitMinutes: number | null = null) {
  const { student, assignmentId } = fx.assignedStudent(owner, { mode, opensAt: t0 - HOUR, dueAt: due, attemptsAllowed: 2, countingRule: "best", latePolicy, timeLimitMinutes });
  const start = startAssignmentAttempt(db, student, assignmentId, t0);
  if (!start.ok) throw new Error(start.error);
  return { student, assignmentId, attemptId: start.attemptId };
}

const row = (attemptId: string) => db.select().from(attempts).where(eq(attempts.id, attemptId)).get()!;
const writes = (attemptId: string) => ({
  responses: db.select({ n: count() }).from(responses).where(eq(responses.attemptId, attemptId)).get()!.n,
  orders: db.select({ n: count() }).from(investigationRequests).where(eq(investigationRequests.attemptId, attemptId)).get()!.n,
  stages: db.select({ n: count() }).from(stageVisits).where(eq(stageVisits.attemptId, attemptId)).get()!.n,
});

describe('late policy "refuse" on a started attempt', () => {
  it("accepts work up to the due date itself", () => {
    const { student, attemptId } = started("refuse");
    expect(submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", due)).toMatchObject({ ok: true, duplicate: false });
    expect(row(attemptId)).toMatchObject({ status: "in_progress", late: false, closedReason: null });
  });

  it("refuses an answer after it, writes nothing, and closes the attempt as of the due date", () => {
    const { student, attemptId } = started("refuse");
    expect(submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0 + HOUR)).toMatchObject({ ok: true });
    const before = writes(attemptId);
    expect(submitAnswer(db, student, attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 1)).toEqual({ ok: false, error: "past-due" });
    expect(writes(attemptId)).toEqual(before);
    expect(row(attemptId)).toMatchObject({ status: "finished", finishedAt: due, closedReason: "due-date", late: false, maxScore: expect.any(Number) });
    // Every later request gets the same clear refusal.
    expect(submitAnswer(db, student, attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(orderInvestigation(db, student, attemptId, "inv-radio", due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(advanceStage(db, student, attemptId, due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(finishAttempt(db, student, attemptId, due + 2)).toEqual({ ok: false, error: "past-due" });
    expect(writes(attemptId)).toEqual(before);
  });

  it("refuses an investigation order and a stage change after it, writing nothing", () => {
    const a = started("refuse");
    expect(orderInvestigation(db, a.student, a.attemptId, "inv-radio", due + 1)).toEqual({ ok: false, error: "past-due" });
    expect(writes(a.attemptId)).toEqual({ responses: 0, orders: 0, stages: 1 });
    expect(row(a.attemptId)).toMatchObject({ status: "finished", closedReason: "due-date", currentStage: 0 });

    const b = started("refuse");
    submitAnswer(db, b.student, b.attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", t0);
    submitAnswer(db, b.student, b.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0);
    expect(advanceStage(db, b.student, b.attemptId, due + 1)).toEqual({ ok: false, error: "past-due" });
    expect(row(b.attemptId)).toMatchObject({ status: "finished", closedReason: "due-date", currentStage: 0, score: expect.any(Number) });
    expect(writes(b.attemptId).stages).toBe(1);
  });

  it("a resumed start after the due date closes the attempt and refuses a new one", () => {
    const { student, assignmentId, attemptId } = started("refuse");
    expect(startAssignmentAttempt(db, student, assignmentId, due - 1)).toEqual({ ok: true, attemptId, resumed: true });
    expect(startAssignmentAttempt(db, student, assignmentId, due + 1)).toEqual({ ok: false, error: "closed" });
    expect(row(attemptId)).toMatchObject({ status: "finished", closedReason: "due-date" });
  });

  it("the instructor's review closes abandoned attempts and shows them closed", () => {
    const { assignmentId, attemptId } = started("refuse");
    expect(loadAssignmentReview(db, owner, assignmentId, due - 1)?.review.completion).toMatchObject({ inProgress: 1 });
    expect(row(attemptId).status).toBe("in_progress");
    expect(loadAssignmentReview(db, owner, assignmentId, due + 1)?.review.completion).toMatchObject({ inProgress: 0 });
    expect(row(attemptId)).toMatchObject({ status: "finished", finishedAt: due, closedReason: "due-date" });
  });

  it("the drill-down also closes it as of the due date", () => {
    const { assignmentId, attemptId } = started("refuse");
    expect(loadReviewedAttempt(db, owner, assignmentId, attemptId, "fr", due + HOUR)?.attempt).toMatchObject({ status: "finished", finishedAt: due });
    expect(row(attemptId).closedReason).toBe("due-date");
  });

  it("an exam's own time limit, if earlier, names the reason", () => {
    const { student, attemptId } = started("refuse", "exam", 30);
    expect(submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", due + 1)).toEqual({ ok: false, error: "closed" });
    expect(row(attemptId)).toMatchObject({ status: "finished", finishedAt: t0 + 30 * 60_000, closedReason: "time-limit" });
  });
});

describe('late policy "accept" on a started attempt', () => {
  it("goes on after the due date and marks the attempt late", () => {
    const { student, attemptId } = started("accept");
    expect(submitAnswer(db, student, attemptId, "q1", { type: "qru", choice: "a" }, 1000, "fr", due - 1)).toMatchObject({ ok: true });
    expect(row(attemptId).late).toBe(false);
    expect(submitAnswer(db, student, attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", due + 1)).toMatchObject({ ok: true, duplicate: false });
    expect(row(attemptId)).toMatchObject({ status: "in_progress", late: true, closedReason: null });
    expect(advanceStage(db, student, attemptId, due + 2)).toEqual({ ok: true });
    expect(writes(attemptId)).toEqual({ responses: 2, orders: 0, stages: 2 });
  });

  it("an attempt finished before the due date is never marked late", () => {
    const { assignmentId, attemptId } = started("accept");
    db.update(attempts).set({ status: "finished", finishedAt: due - 1, closedReason: "finished" }).where(eq(attempts.id, attemptId)).run();
    loadAssignmentReview(db, owner, assignmentId, due + HOUR);
    expect(row(attemptId)).toMatchObject({ status: "finished", late: false });
  });
});
