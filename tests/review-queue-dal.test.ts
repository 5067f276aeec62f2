/**
 * "Revoir mes erreurs" in the data layer, on a real SQLite file with a controllable clock: missed
 * questions enter the queue, reviews are scored by the scoring engine and rescheduled by FSRS on
 * exact days, a review never changes a recorded mark, nobody reaches another learner's card, and an
 * exam's missed questions wait for the release of its correction.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { attempts, responses, reviewCards, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { addMemberRecord, createCohortRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord, releaseCorrectionRecord } = await import("@/lib/dal/assignment-store");
const { startAssignmentAttempt, startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer } = await import("@/lib/dal/attempt-play");
const { countDueCards, listCards, reviewCount, submitReview, syncReviewCards } = await import("@/lib/dal/review-queue-store");
const { eraseUserRecord, exportUserData } = await import("@/lib/dal/erasure-store");
const { eq } = await import("drizzle-orm");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-review-queue-"));
const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
const DAY = 86_400_000;
const HOUR = 3_600_000;
const t0 = Date.UTC(2030, 2, 10, 8);
let owner = "";

function user(name: string, role: "student" | "instructor" = "student") {
  const id = crypto.randomUUID();
  db.insert(users).values({ id, email: `${name}-${id}@test.local`, name, passwordHash: "x", role, createdAt: t0 }).run();
  return id;
}

/** A training attempt with q1 answered wrong (b instead of a) and q2 right. */
function missedQ1(student: string, at = t0) {
  const start = startAttemptFor(db, student, "cas-sentinelle", "training", at);
  if (!start.ok) throw new Error(start.error);
  expect(submitAnswer(db, student, start.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", at)).toMatchObject({ ok: true });
  expect(submitAnswer(db, student, start.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", at)).toMatchObject({ ok: true });
  return start.attemptId;
}

const cardOf = (student: string) => db.select().from(reviewCards).where(eq(reviewCards.userId, student)).all();

beforeAll(async () => {
  runMigrations(db);
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-sentinelle"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  publishCaseDefinition(db, loaded.case, { ownerId: null });
  owner = user("owner", "instructor");
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the review queue", () => {
  it("queues each question answered below full credit once, due at once", () => {
    const student = user("ana");
    missedQ1(student);
    expect(syncReviewCards(db, student, t0)).toBe(1);
    expect(syncReviewCards(db, student, t0)).toBe(0);
    expect(cardOf(student).map((c) => [c.questionId, c.stageIndex, c.due])).toEqual([["q1", 0, t0]]);
    expect(countDueCards(db, student, t0)).toBe(1);
    // The same question missed again in a second attempt of the same version stays one card.
    missedQ1(student, t0 + HOUR);
    expect(syncReviewCards(db, student, t0 + HOUR)).toBe(0);
    expect(listCards(db, student, t0 + HOUR)).toEqual([
      { cardId: cardOf(student)[0].id, caseTitle: "Cas sentinelle pour les tests", stageTitle: "Première consultation", stem: expect.any(String), due: t0, reps: 0 },
    ]);
  });

  it("scores a review with the engine and reschedules it on exact days: again +1 day, then good +3 days", () => {
    const student = user("bea");
    const attemptId = missedQ1(student);
    syncReviewCards(db, student, t0);
    const [card] = cardOf(student);
    const recorded = db.select().from(responses).where(eq(responses.attemptId, attemptId)).all();
    const wrong = submitReview(db, student, card.id, { type: "qru", choice: "c" }, "fr", t0 + HOUR);
    expect(wrong).toMatchObject({ ok: true, points: 0, max: 1, rating: "again", nextDue: t0 + HOUR + DAY });
    if (!wrong.ok) throw new Error();
    expect(wrong.feedback.points).toBe(0);
    expect(countDueCards(db, student, t0 + HOUR + DAY - 1)).toBe(0);
    expect(countDueCards(db, student, t0 + HOUR + DAY)).toBe(1);
    const right = submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0 + HOUR + DAY);
    expect(right).toMatchObject({ ok: true, points: 1, max: 1, rating: "good", nextDue: t0 + HOUR + DAY + 3 * DAY });
    expect(reviewCount(db, card.id)).toBe(2);
    // Reviews never change what the attempt recorded.
    expect(db.select().from(responses).where(eq(responses.attemptId, attemptId)).all()).toEqual(recorded);
  });

  it("refuses a review before its day, a malformed answer, and another learner's card, changing nothing", () => {
    const student = user("cid");
    missedQ1(student);
    syncReviewCards(db, student, t0);
    const [card] = cardOf(student);
    expect(submitReview(db, student, card.id, { type: "qru", choice: "zz" }, "fr", t0)).toEqual({ ok: false, error: "invalid", message: "Option inconnue : « zz »." });
    expect(submitReview(db, user("intruder"), card.id, { type: "qru", choice: "a" }, "fr", t0)).toEqual({ ok: false, error: "not-found" });
    expect(cardOf(student)[0]).toEqual(card);
    expect(submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0)).toMatchObject({ ok: true, rating: "good", nextDue: t0 + 3 * DAY });
    // A second submission of the same review (double click) finds the card not due.
    expect(submitReview(db, student, card.id, { type: "qru", choice: "b" }, "fr", t0)).toEqual({ ok: false, error: "not-due", due: t0 + 3 * DAY });
    expect(reviewCount(db, card.id)).toBe(1);
  });

  it("an exam's missed questions wait for the release of its correction", () => {
    const cohort = createCohortRecord(db, owner, "Promo examen");
    const student = user("dan");
    addMemberRecord(db, cohort.id, student);
    const created = createAssignmentRecord(
      db,
      owner,
      { cohortId: cohort.id, caseVersionId: db.select().from(attempts).get()!.caseVersionId, mode: "exam", opensAt: t0 - HOUR, dueAt: t0 + 2 * DAY, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, correctionRelease: "manual", beforeRelease: "mark" },
      t0,
    );
    if (!created.ok) throw new Error(created.error);
    const start = startAssignmentAttempt(db, student, created.id, t0);
    if (!start.ok) throw new Error(start.error);
    expect(submitAnswer(db, student, start.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0)).toMatchObject({ ok: true, feedback: null });
    expect(syncReviewCards(db, student, t0)).toBe(0);
    // Closed (as by its time limit) with q1 wrong.
    db.update(attempts).set({ status: "finished", finishedAt: t0 + HOUR, closedReason: "time-limit", score: 0, maxScore: 10 }).where(eq(attempts.id, start.attemptId)).run();
    expect(syncReviewCards(db, student, t0 + HOUR)).toBe(0);
    expect(countDueCards(db, student, t0 + 3 * DAY)).toBe(0);
    expect(releaseCorrectionRecord(db, owner, created.id, t0 + 4 * DAY)).toMatchObject({ ok: true });
    expect(syncReviewCards(db, student, t0 + 4 * DAY)).toBe(1);
    expect(cardOf(student).map((c) => [c.questionId, c.due])).toEqual([["q1", t0 + 4 * DAY]]);
  });

  it("the learner's data export lists their cards and reviews; erasing the account removes the queue", () => {
    const student = user("eli");
    const attemptId = missedQ1(student);
    syncReviewCards(db, student, t0);
    const [card] = cardOf(student);
    submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0);
    expect(exportUserData(db, student, t0)?.reviewCards).toEqual([
      { attemptId, questionId: "q1", due: new Date(t0 + 3 * DAY).toISOString(), reps: 1, lapses: 0, reviews: [{ answer: { type: "qru", choice: "a" }, points: 1, maxPoints: 1, rating: 3, reviewedAt: new Date(t0).toISOString() }] },
    ]);
    expect(eraseUserRecord(db, student, t0)).toEqual({ ok: true });
    expect(cardOf(student)).toEqual([]);
    expect(reviewCount(db, card.id)).toBe(0);
  });

  it("while an exam hides the case from a student's practice, their cards on it are withheld", () => {
    const student = user("fay");
    missedQ1(student);
    syncReviewCards(db, student, t0);
    const [card] = cardOf(student);
    const cohort = createCohortRecord(db, owner, "Promo cachée");
    addMemberRecord(db, cohort.id, student);
    const created = createAssignmentRecord(
      db,
      owner,
      { cohortId: cohort.id, caseVersionId: card.caseVersionId, mode: "exam", opensAt: t0, dueAt: t0 + 2 * DAY, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, hideFromPractice: true },
      t0,
    );
    if (!created.ok) throw new Error(created.error);
    expect(countDueCards(db, student, t0 + HOUR)).toBe(0);
    expect(listCards(db, student, t0 + HOUR)).toEqual([]);
    expect(submitReview(db, student, card.id, { type: "qru", choice: "a" }, "fr", t0 + HOUR)).toEqual({ ok: false, error: "not-found" });
    // After the exam's due date the card is back.
    expect(countDueCards(db, student, t0 + 2 * DAY + 1)).toBe(1);
  });
});
