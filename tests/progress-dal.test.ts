/**
 * "Ma progression" in the data layer, on a real SQLite file: marks over time, mastery by EDN item and
 * objective, the questions missed most, withheld exam corrections left out until released, and the
 * cohort percentile shown only from 10 finished attempts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { attempts, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { addMemberRecord, createCohortRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord, releaseCorrectionRecord } = await import("@/lib/dal/assignment-store");
const { startAssignmentAttempt, startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer } = await import("@/lib/dal/attempt-play");
const { progressFor } = await import("@/lib/dal/progress-store");
const { eq } = await import("drizzle-orm");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-progress-"));
const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
const HOUR = 3_600_000;
const t0 = Date.UTC(2030, 3, 1, 8);
let versionId = "";
let owner = "";

function user(name: string, role: "student" | "instructor" = "student") {
  const id = crypto.randomUUID();
  db.insert(users).values({ id, email: `${name}-${id}@test.local`, name, passwordHash: "x", role, createdAt: t0 }).run();
  return id;
}
const close = (id: string, at: number, score: number) => db.update(attempts).set({ status: "finished", finishedAt: at, closedReason: "finished", score, maxScore: 10 }).where(eq(attempts.id, id)).run();

beforeAll(async () => {
  runMigrations(db);
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-sentinelle"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  // The sentinel case tagged for this test: the case under item 329, objective A under 212 (rank A).
  loaded.case.edn = [{ item: 329, rank: "B" }];
  loaded.case.objectives[0].edn = [{ item: 212, rank: "A" }];
  versionId = publishCaseDefinition(db, loaded.case, { ownerId: null }).versionId;
  owner = user("owner", "instructor");
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("progressFor", () => {
  it("marks in time order, mastery by item and objective, and the questions missed most", () => {
    const student = user("eve");
    const first = startAttemptFor(db, student, "cas-sentinelle", "training", t0);
    const second = startAttemptFor(db, student, "cas-sentinelle", "training", t0 + HOUR);
    if (!first.ok || !second.ok) throw new Error();
    submitAnswer(db, student, first.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0);
    submitAnswer(db, student, first.attemptId, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", t0);
    submitAnswer(db, student, second.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0 + HOUR);
    close(second.attemptId, t0 + 2 * HOUR, 5);
    close(first.attemptId, t0 + 3 * HOUR, 2);
    const p = progressFor(db, student, t0 + 4 * HOUR);
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

  it("leaves an exam out of mastery until its correction is released; the percentile shows from 10 finished attempts", () => {
    const cohort = createCohortRecord(db, owner, "Promo 2030");
    const created = createAssignmentRecord(
      db,
      owner,
      { cohortId: cohort.id, caseVersionId: versionId, mode: "exam", opensAt: t0 - HOUR, dueAt: t0 + 10 * HOUR, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null, correctionRelease: "manual", beforeRelease: "mark" },
      t0,
    );
    if (!created.ok) throw new Error(created.error);
    const students = Array.from({ length: 10 }, (_, i) => user(`s${i}`));
    // Scores 0..9 out of 10: marks 0, 2, 4 … 18.
    students.forEach((s, i) => {
      addMemberRecord(db, cohort.id, s);
      const start = startAssignmentAttempt(db, s, created.id, t0);
      if (!start.ok) throw new Error(start.error);
      if (i === 6) submitAnswer(db, s, start.attemptId, "q1", { type: "qru", choice: "b" }, 1000, "fr", t0);
      if (i < 9) close(start.attemptId, t0 + HOUR, i);
    });
    const me = students[6];
    const before = progressFor(db, me, t0 + 2 * HOUR);
    expect(before.marks.map((m) => [m.mark20, m.assigned])).toEqual([[12, true]]);
    expect(before.items).toEqual([]);
    expect(before.missed).toEqual([]);
    expect(before.withheld).toBe(1);
    // 9 finished attempts: the mark, no percentile.
    expect(before.standings).toEqual([{ assignmentId: created.id, caseTitle: "Cas sentinelle pour les tests", cohortName: "Promo 2030", mark20: 12, finishedAttempts: 9, percentile: null }]);
    close(db.select().from(attempts).where(eq(attempts.userId, students[9])).get()!.id, t0 + HOUR, 9);
    expect(releaseCorrectionRecord(db, owner, created.id, t0 + 3 * HOUR)).toMatchObject({ ok: true });
    const after = progressFor(db, me, t0 + 4 * HOUR);
    // Marks 0..18: six below 12, one equal → (6 + 0.5) / 10 = 65.
    expect(after.standings[0]).toMatchObject({ finishedAttempts: 10, percentile: 65 });
    expect(after.missed.map((m) => m.questionId)).toEqual(["q1"]);
    expect(after.withheld).toBe(0);
  });
});
