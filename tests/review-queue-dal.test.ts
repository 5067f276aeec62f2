/**
 * "Revoir mes erreurs" in the data layer, on the engine of this test run (SQLite file or PostgreSQL)
 * with a controllable clock: missed
 * questions enter the queue, reviews are scored by the scoring engine and rescheduled by FSRS on
 * exact days, a review never changes a recorded mark, nobody reaches another learner's card, and an
 * exam's missed questions wait for the release of its correction.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { attempts, responses, reviewCards } = await import("@/db/schema");
const { sentinelFixture, HOUR } = await import("./support/sentinel-fixture");
const { addMemberRecord, createCohortRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord, releaseCorrectionRecord } = await import("@/lib/dal/assignment-store");
const { startAssignmentAttempt, startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer } = await import("@/lib/dal/attempt-play");
const { countDueCards, listCards, reviewCount, submitReview, syncReviewCards } = await import("@/lib/dal/review-queue-store");
const { eraseUserRecord, exportUserData } = await import("@/lib/dal/erasure-store");
const { asc, eq } = await import("drizzle-orm");

const DAY = 86_400_000;
const t0 = Date.UTC(2030, 2, 10, 8);
let fx: Awaited<ReturnType<typeof sentinelFixture>>;
let db: Awaited<ReturnType<typeof sentinelFixture>>["db"];
let owner = "";

const user = (name: string) => fx.user(name, "student");

/** A training attempt with q1 answered wrong (b instead of a) and q2 right. */
async function missedQ1(student: string, at = t0) {
  const start = await startAttemptFor(db, student, "cas-sentinelle", "training", at);
  if (!start.ok) throw new Error(start.error);
  expect(await submitAnswer(db, student, start.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", at)).toMatchObject({ ok: true });
  expect(await submitAnswer(db, student, start.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", at)).toMatchObject({ ok: true });
  return start.attemptId;
}

const cardOf = (student: string) => db.select().from(reviewCards).where(eq(reviewCards.userId, student)).orderBy(asc(reviewCards.createdAt), asc(reviewCards.id));
const responsesOf = (attemptId: string) => db.select().from(responses).where(eq(responses.attemptId, attemptId)).orderBy(asc(responses.id));

beforeAll(async () => {
  fx = await sentinelFixture("progressif-review-queue-", t0);
  db = fx.db;
  owner = await fx.user("owner", "instructor");
});

afterAll(async () => {
  await fx.close();
});

describe("the review queue", async () => {
  it("queues each question answered below full credit once, due at once", async () => {
    const student = await user("ana");
    await missedQ1(student);
    expect(await syncReviewCards(db, student, t0)).toBe(1);
    expect(await syncReviewCards(db, student, t0)).toBe(0);
    expect((await cardOf(student)).map((c) => [c.questionId, c.stageIndex, c.due])).toEqual([["q1", 0, t0]]);
    expect(await countDueCards(db, student, t0)).toBe(1);
    // The same question missed again in a second attempt of the same version stays one card.
    await missedQ1(student, t0 + HOUR);
    expect(await syncReviewCards(db, student, t0 + HOUR)).toBe(0);
    expect(await listCards(db, student, t0 + HOUR)).toEqual([
      { cardId: (await cardOf(student))[0].id, caseTitle: "Cas sentinelle pour les tests", stageTitle: "Première consultation", stem: expect.any(String), due: t0, reps: 0 },
    ]);
  });

  it("scores a review with the engine and reschedules it on exact days: again +1 day, then good +3 days", async () => {
    const student = await user("bea");
    const attemptId = await missedQ1(student);
    await syncReviewCards(db, student, t0);
    const [card] = await cardOf(student);
    const recorded = await responsesOf(attemptId);
    const wrong = await submitReview(db, student, card.id, { type: "qru", choice: "c" }, "fr", t0 + HOUR);
    expect(wrong).toMatchObject({ ok: true, points: 0, max: 1, rating: "again", nextDue: t0 + HOUR + DAY });
    if (!wrong.ok) throw new Error();
    expect(wrong.feedback.points).toBe(0);
    expect(await countDueCards(db, student, t0 + HOUR + DAY - 1)).toBe(0);
    expect(await countDueCards(db, student, t0 + HOUR + DAY)).toBe(1);
    const right = await submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0 + HOUR + DAY);
    expect(right).toMatchObject({ ok: true, points: 1, max: 1, rating: "good", nextDue: t0 + HOUR + DAY + 3 * DAY });
    expect(await reviewCount(db, card.id)).toBe(2);
    // Reviews never change what the attempt recorded.
    expect(await responsesOf(attemptId)).toEqual(recorded);
  });

  it("refuses a review before its day, a malformed answer, and another learner's card, changing nothing", async () => {
    const student = await user("cid");
    await missedQ1(student);
    await syncReviewCards(db, student, t0);
    const [card] = await cardOf(student);
    expect(await submitReview(db, student, card.id, { type: "qru", choice: "zz" }, "fr", t0)).toEqual({ ok: false, error: "invalid", message: "Option inconnue : « zz »." });
    expect(await submitReview(db, await user("intruder"), card.id, { type: "qru", choice: "a" }, "fr", t0)).toEqual({ ok: false, error: "not-found" });
    expect((await cardOf(student))[0]).toEqual(card);
    expect(await submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0)).toMatchObject({ ok: true, rating: "good", nextDue: t0 + 3 * DAY });
    // A second submission of the same review (double click) finds the card not due.
    expect(await submitReview(db, student, card.id, { type: "qru", choice: "b" }, "fr", t0)).toEqual({ ok: false, error: "not-due", due: t0 + 3 * DAY });
    expect(await reviewCount(db, card.id)).toBe(1);
  });

  it("an exam's missed questions wait for the release of its correction", async () => {
    const cohort = await createCohortRecord(db, owner, "Promo examen");
    const student = await user("dan");
    await addMemberRecord(db, cohort.id, student);
    const created = await createAssignmentRecord(
      db,
      owner,
      { cohortId: cohort.id, caseVersionId: fx.versionId, mode: "exam", opensAt: t0 - HOUR, dueAt: t0 + 2 * DAY, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, correctionRelease: "manual", beforeRelease: "mark" },
      t0,
    );
    if (!created.ok) throw new Error(created.error);
    const start = await startAssignmentAttempt(db, student, created.id, t0);
    if (!start.ok) throw new Error(start.error);
    expect(await submitAnswer(db, student, start.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0)).toMatchObject({ ok: true, feedback: null });
    expect(await syncReviewCards(db, student, t0)).toBe(0);
    // Closed (as by its time limit) with q1 wrong.
    await transaction(db, async (tx) => {
      await tx.update(attempts).set({ status: "finished", finishedAt: t0 + HOUR, closedReason: "time-limit", score: 0, maxScore: 10 }).where(eq(attempts.id, start.attemptId));
    });
    expect(await syncReviewCards(db, student, t0 + HOUR)).toBe(0);
    expect(await countDueCards(db, student, t0 + 3 * DAY)).toBe(0);
    expect(await releaseCorrectionRecord(db, owner, created.id, t0 + 4 * DAY)).toMatchObject({ ok: true });
    expect(await syncReviewCards(db, student, t0 + 4 * DAY)).toBe(1);
    expect((await cardOf(student)).map((c) => [c.questionId, c.due])).toEqual([["q1", t0 + 4 * DAY]]);
  });

  it("the learner's data export lists their cards and reviews; erasing the account removes the queue", async () => {
    const student = await user("eli");
    const attemptId = await missedQ1(student);
    await syncReviewCards(db, student, t0);
    const [card] = await cardOf(student);
    await submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0);
    expect((await exportUserData(db, student, t0))?.reviewCards).toEqual([
      { attemptId, questionId: "q1", due: new Date(t0 + 3 * DAY).toISOString(), reps: 1, lapses: 0, reviews: [{ answer: { type: "qru", choice: "a" }, points: 1, maxPoints: 1, rating: 3, reviewedAt: new Date(t0).toISOString() }] },
    ]);
    expect(await eraseUserRecord(db, student, t0)).toEqual({ ok: true });
    expect(await cardOf(student)).toEqual([]);
    expect(await reviewCount(db, card.id)).toBe(0);
  });

  it("while an exam hides the case from a student's practice, their cards on it are withheld", async () => {
    const student = await user("fay");
    await missedQ1(student);
    await syncReviewCards(db, student, t0);
    const [card] = await cardOf(student);
    const cohort = await createCohortRecord(db, owner, "Promo cachée");
    await addMemberRecord(db, cohort.id, student);
    const created = await createAssignmentRecord(
      db,
      owner,
      { cohortId: cohort.id, caseVersionId: card.caseVersionId, mode: "exam", opensAt: t0, dueAt: t0 + 2 * DAY, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: true },
      t0,
    );
    if (!created.ok) throw new Error(created.error);
    expect(await countDueCards(db, student, t0 + HOUR)).toBe(0);
    expect(await listCards(db, student, t0 + HOUR)).toEqual([]);
    expect(await submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0 + HOUR)).toEqual({ ok: false, error: "not-found" });
    // After the exam's due date the card is back.
    expect(await countDueCards(db, student, t0 + 2 * DAY + 1)).toBe(1);
  });
});
