/**
 * The cohort's mastery by EDN item across its assignments (issue 16, item 6), on the engine of this
 * test run: each assignment contributes its counted attempts (finished, by its counting rule), an
 * attempt in progress counts nowhere, an assignment without attempts adds nothing, and another
 * instructor gets nothing at all.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { attempts } = await import("@/db/schema");
const { sentinelFixture, HOUR } = await import("./support/sentinel-fixture");
const { addMemberRecord, createCohortRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord } = await import("@/lib/dal/assignment-store");
const { startAssignmentAttempt } = await import("@/lib/dal/attempt-start");
const { submitAnswer } = await import("@/lib/dal/attempt-play");
const { getCaseDefinition } = await import("@/lib/dal/case-content");
const { loadCohortMastery } = await import("@/lib/dal/review-store");
const { eq } = await import("drizzle-orm");

const t0 = Date.UTC(2030, 4, 6, 8);
let fx: Awaited<ReturnType<typeof sentinelFixture>>;

beforeAll(async () => {
  // Questions q1 and q2 serve objective A (item 212, rank A); the others fall back to the case's item 329 B.
  fx = await sentinelFixture("progressif-cohort-mastery-", t0, (def) => {
    def.edn = [{ item: 329, rank: "B" }];
    def.objectives[0].edn = [{ item: 212, rank: "A" }];
  });
});

afterAll(async () => {
  await fx.close();
});

const finish = (id: string) =>
  transaction(fx.db, async (tx) => {
    await tx.update(attempts).set({ status: "finished", finishedAt: t0 + HOUR, closedReason: "finished" }).where(eq(attempts.id, id));
  });

describe("loadCohortMastery", () => {
  it("sums each assignment's counted attempts by item and rank; attempts in progress and other instructors are left out", async () => {
    const { db } = fx;
    const owner = await fx.user("owner", "instructor");
    const other = await fx.user("other", "instructor");
    const cohort = await createCohortRecord(db, owner, "Promo mastery");
    const assign = async () => {
      const created = await createAssignmentRecord(
        db,
        owner,
        { cohortId: cohort.id, caseVersionId: fx.versionId, mode: "training", opensAt: t0 - HOUR, dueAt: t0 + 10 * HOUR, attemptsAllowed: 2, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null },
        t0 - HOUR,
      );
      if (!created.ok) throw new Error(created.error);
      return created.id;
    };
    const [first, second] = [await assign(), await assign()];
    const [ana, ben] = [await fx.user("ana", "student"), await fx.user("ben", "student")];
    for (const s of [ana, ben]) await addMemberRecord(db, cohort.id, s);

    const play = async (student: string, assignment: string, answers: [string, object][], done: boolean) => {
      const start = await startAssignmentAttempt(db, student, assignment, t0);
      if (!start.ok) throw new Error(start.error);
      for (const [q, a] of answers) expect(await submitAnswer(db, student, start.attemptId, q, a, 1000, "fr", t0)).toMatchObject({ ok: true });
      if (done) await finish(start.attemptId);
    };
    const right1 = ["q1", { type: "qru", choice: "a" }] as [string, object];
    const wrong1 = ["q1", { type: "qru", choice: "b" }] as [string, object];
    const right2 = ["q2", { type: "qroc", text: "radiographie" }] as [string, object];
    await play(ana, first, [right1, right2], true); // 2 / 2 on item 212 A
    await play(ben, first, [wrong1], true); // 0 / 2
    await play(ana, second, [right1], true); // 1 / 2
    await play(ben, second, [right1, right2], false); // in progress: not counted

    // Nothing played in this one: it adds nothing.
    await assign();

    const def = (await getCaseDefinition(db, fx.versionId))!;
    const others = def.stages.flatMap((s) => s.questions).filter((q) => q.id !== "q1" && q.id !== "q2");
    const otherMax = others.reduce((n, q) => n + q.points, 0);
    expect(otherMax).toBeGreaterThan(0);

    expect(await loadCohortMastery(db, owner, cohort.id, t0 + 2 * HOUR)).toEqual({
      items: [
        { item: 212, rank: "A", title: "Hémogramme chez l'adulte et l'enfant : indications et interprétation", points: 3, max: 6, answered: 6 },
        { item: 329, rank: "B", title: "Transfusion sanguine et produits dérivés du sang : indications, complications. Hémovigilance", points: 0, max: 3 * otherMax, answered: 3 * others.length },
      ],
      assignments: 3,
      counted: 2,
    });
    expect(await loadCohortMastery(db, other, cohort.id, t0 + 2 * HOUR)).toBeNull();
    expect(await loadCohortMastery(db, owner, crypto.randomUUID(), t0 + 2 * HOUR)).toBeNull();
  });
});
