/**
 * "Ma progression" in the data layer, on the engine of this test run (SQLite file or PostgreSQL):
 * marks over time, mastery by EDN item and objective, the questions missed most, withheld exam
 * corrections left out until released, and the cohort percentile shown only from 10 finished attempts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { attempts } = await import("@/db/schema");
const { sentinelFixture, HOUR } = await import("./support/sentinel-fixture");
const { addMemberRecord, createCohortRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord, releaseCorrectionRecord } = await import("@/lib/dal/assignment-store");
const { startAssignmentAttempt, startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer } = await import("@/lib/dal/attempt-play");
const { progressFor } = await import("@/lib/dal/progress-store");
const { eq } = await import("drizzle-orm");

const t0 = Date.UTC(2030, 3, 1, 8);
let fx: Awaited<ReturnType<typeof sentinelFixture>>;
let owner = "";

const user = (name: string) => fx.user(name, "student");
const close = (id: string, at: number, score: number) =>
  transaction(fx.db, async (tx) => {
    await tx.update(attempts).set({ status: "finished", finishedAt: at, closedReason: "finished", score, maxScore: 10 }).where(eq(attempts.id, id));
  });

beforeAll(async () => {
  // The sentinel case tagged for this test: the case under item 329, objective A under 212 (rank A).
  fx = await sentinelFixture("progressif-progress-", t0, (def) => {
    def.edn = [{ item: 329, rank: "B" }];
    def.objectives[0].edn = [{ item: 212, rank: "A" }];
  });
  owner = await fx.user("owner", "instructor");
});

afterAll(async () => {
  await fx.close();
});

describe("progressFor", () => {
  it("marks in time order, mastery by item and objective, and the questions missed most", async () => {
    const { db } = fx;
    const student = await user("eve");
    const first = await startAttemptFor(db, student, "cas-sentinelle", "training", t0);
    const second = await startAttemptFor(db, student, "cas-sentinelle", "training", t0 + HOUR);
    if (!first.ok || !second.ok) throw new Error();
    await submitAnswer(db, student, first.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0);
    await submitAnswer(db, student, first.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0);
    await submitAnswer(db, student, second.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0 + HOUR);
    await close(second.attemptId, t0 + 2 * HOUR, 5);
    await close(first.attemptId, t0 + 3 * HOUR, 2);
    const p = await progressFor(db, student, t0 + 4 * HOUR);
    expect(p.marks.map((m) => [m.attemptId, m.mark20, m.assigned])).toEqual([
      [second.attemptId, 10, false],
      [first.attemptId, 4, false],
    ]);
    // q1 and q2 serve objective A (item 212 A): 1 point earned out of 3 answered.
    expect(p.items).toEqual([{ item: 212, rank: "A", title: "Hémogramme chez l'adulte et l'enfant : indications et interprétation", points: 1, max: 3, answered: 3 }]);
    expect(p.objectives.map((o) => [o.objectiveId, o.points, o.max])).toEqual([["obj-a", 1, 3]]);
    expect(p.missed.map((m) => [m.questionId, m.missed, m.answered])).toEqual([["q1", 2, 2]]);
    expect(p.standings).toEqual([]);
    expect(p.withheld).toBe(0);
  });

  it("leaves an exam out of mastery until its correction is released; the percentile shows from 10 finished attempts", async () => {
    const { db } = fx;
    const cohort = await createCohortRecord(db, owner, "Promo 2030");
    const created = await createAssignmentRecord(
      db,
      owner,
      { cohortId: cohort.id, caseVersionId: fx.versionId, mode: "exam", opensAt: t0 - HOUR, dueAt: t0 + 10 * HOUR, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, correctionRelease: "manual", beforeRelease: "mark" },
      t0,
    );
    if (!created.ok) throw new Error(created.error);
    const students: string[] = [];
    for (let i = 0; i < 10; i++) students.push(await user(`s${i}`));
    // Scores 0..9 out of 10: marks 0, 2, 4 … 18.
    for (const [i, s] of students.entries()) {
      await addMemberRecord(db, cohort.id, s);
      const start = await startAssignmentAttempt(db, s, created.id, t0);
      if (!start.ok) throw new Error(start.error);
      if (i === 6) await submitAnswer(db, s, start.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0);
      if (i < 9) await close(start.attemptId, t0 + HOUR, i);
    }
    const me = students[6];
    const before = await progressFor(db, me, t0 + 2 * HOUR);
    expect(before.marks.map((m) => [m.mark20, m.assigned])).toEqual([[12, true]]);
    expect(before.items).toEqual([]);
    expect(before.missed).toEqual([]);
    expect(before.withheld).toBe(1);
    // 9 finished attempts: the mark, no percentile.
    expect(before.standings).toEqual([{ assignmentId: created.id, caseTitle: "Cas sentinelle pour les tests", cohortName: "Promo 2030", mark20: 12, finishedAttempts: 9, percentile: null }]);
    const [last] = await db.select().from(attempts).where(eq(attempts.userId, students[9])).limit(1);
    await close(last.id, t0 + HOUR, 9);
    expect(await releaseCorrectionRecord(db, owner, created.id, t0 + 3 * HOUR)).toMatchObject({ ok: true });
    const after = await progressFor(db, me, t0 + 4 * HOUR);
    // Marks 0..18: six below 12, one equal → (6 + 0.5) / 10 = 65.
    expect(after.standings[0]).toMatchObject({ finishedAttempts: 10, percentile: 65 });
    expect(after.missed.map((m) => m.questionId)).toEqual(["q1"]);
    expect(after.withheld).toBe(0);
  });
});
