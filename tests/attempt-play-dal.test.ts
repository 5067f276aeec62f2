/**
 * One question at a time, enforced in the data layer against a real database (SQLite or PostgreSQL,
 * per vitest project): a question not reached is refused and nothing is written; a stage's menu
 * refuses tests once it has closed; concurrent submissions record one answer and one stage advance.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import type { TestDb } from "./support/test-db";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { openTestDb } = await import("./support/test-db");
const { openPgEngine } = await import("@/db/engine");
const { attempts, investigationRequests, responses, stageVisits, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { startAttemptFor } = await import("@/lib/dal/attempt-start");
const { orderInvestigation, submitAnswer, advanceStage, closeInvestigationMenu } = await import("@/lib/dal/attempt-play");
const { asc, eq } = await import("drizzle-orm");

const now = Date.UTC(2030, 0, 15, 12);
let t: TestDb;
let student = "";

beforeAll(async () => {
  t = await openTestDb();
  for (const slug of ["cas-sentinelle", "cas-menu-sentinelle"]) {
    const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases", slug));
    if (!loaded.ok) throw new Error("fixture case invalid");
    await publishCaseDefinition(t.db, loaded.case, { ownerId: null });
  }
  student = crypto.randomUUID();
  await transaction(t.db, async (tx) => {
    await tx.insert(users).values({ id: student, email: "s@test.local", name: "S", passwordHash: "x", role: "student", createdAt: now });
  });
});

afterAll(async () => {
  await t.close();
});

async function start(mode: "training" | "exam" = "training", slug = "cas-sentinelle") {
  const r = await startAttemptFor(t.db, student, slug, mode, now);
  if (!r.ok) throw new Error(r.error);
  return r.attemptId;
}
const stored = async (attemptId: string) =>
  (await t.db.select({ q: responses.questionId }).from(responses).where(eq(responses.attemptId, attemptId)).orderBy(asc(responses.id))).map((r) => r.q);

describe("answering", () => {
  it("refuses a question not reached yet, in the open stage, and writes nothing", async () => {
    const id = await start();
    const r = await submitAnswer(t.db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    expect(r).toEqual({ ok: false, error: "locked" });
    expect(await stored(id)).toEqual([]);
  });

  it("accepts the questions in order, and returns the question's errata with its feedback in training", async () => {
    const id = await start();
    expect(await submitAnswer(t.db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now)).toMatchObject({ ok: true, errata: [] });
    const q2 = await submitAnswer(t.db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    expect(q2).toMatchObject({ ok: true, duplicate: false, feedback: { points: 1, explanation: "EXPLANATIONSENTINELQ2 la radiographie thoracique." } });
    expect(q2.ok && q2.errata.map((e) => e.id)).toEqual(["err-gamma"]);
    expect(await stored(id)).toEqual(["q1", "q2"]);
  });

  it("exam: the answer stands, with no feedback and no errata", async () => {
    const id = await start("exam");
    await submitAnswer(t.db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(await submitAnswer(t.db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now)).toEqual({
      ok: true,
      duplicate: false,
      answer: { type: "qroc", text: "radiographie" },
      feedback: null,
      errata: [],
      next: null,
      // The stage's last answer closes its menu (no closing question named).
      menuClosed: true,
    });
  });

  it("returns the question the answer has made reachable (stem and options, no key), and only that", async () => {
    const id = await start("exam");
    const q1 = await submitAnswer(t.db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(q1.ok && q1.next?.id).toBe("q2");
    expect(q1.ok && q1.next?.stem).toContain("STEMSENTINELQ2");
    expect(JSON.stringify(q1)).not.toMatch(/EXPLANATIONSENTINELQ2|KEYSENTINELQ2|ERRATUMQ2SENTINEL|"accepted"/);
    // A retry gets the same question back (the first response may have been lost on the way).
    const again = await submitAnswer(t.db, student, id, "q1", { type: "qru", choice: "b" }, 1000, "fr", now);
    expect(again).toMatchObject({ ok: true, duplicate: true, answer: { type: "qru", choice: "a" }, next: { id: "q2" } });
    // The stage's last question: the next stage opens with "next stage", not with the answer.
    const q2 = await submitAnswer(t.db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    expect(q2).toMatchObject({ ok: true, next: null, menuClosed: true });
  });
});

describe("ordering tests", () => {
  it("is refused once the stage's questions are all answered (the menu has closed), and writes nothing", async () => {
    const id = await start();
    expect(await orderInvestigation(t.db, student, id, "inv-radio", now)).toMatchObject({ ok: true, duplicate: false });
    await submitAnswer(t.db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now);
    // Still open while a question of the stage is unanswered.
    expect(await orderInvestigation(t.db, student, id, "inv-pet", now)).toMatchObject({ ok: true });
    await submitAnswer(t.db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    const before = (await t.db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, id))).length;
    expect(await orderInvestigation(t.db, student, id, "inv-radio", now)).toEqual({ ok: false, error: "menu-closed" });
    expect((await t.db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, id))).length).toBe(before);
    // The next stage's menu opens with it.
    expect(await advanceStage(t.db, student, id, now)).toEqual({ ok: true });
    expect(await orderInvestigation(t.db, student, id, "inv-hemoc", now)).toMatchObject({ ok: true });
  });
});

describe("J'ai terminé mes demandes (a menu closing before the stage's first question)", () => {
  const requests = async (attemptId: string) => (await t.db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, attemptId))).length;
  const closedAt = (attemptId: string) =>
    t.db
      .select({ stage: stageVisits.stageIndex, at: stageVisits.menuClosedAt })
      .from(stageVisits)
      .where(eq(stageVisits.attemptId, attemptId))
      .orderBy(asc(stageVisits.stageIndex));

  for (const mode of ["training", "exam"] as const) {
    it(`${mode}: the first question is refused until the learner has finished ordering; then ordering is refused`, async () => {
      const id = await start(mode, "cas-menu-sentinelle");
      expect(await orderInvestigation(t.db, student, id, "m-inv-ecg", now)).toMatchObject({ ok: true });
      expect(await submitAnswer(t.db, student, id, "m1", { type: "qru", choice: "a" }, 1000, "fr", now)).toEqual({ ok: false, error: "locked" });
      expect(await stored(id)).toEqual([]);
      expect(await closeInvestigationMenu(t.db, student, id, "m-s1", now + 1)).toEqual({ ok: true, duplicate: false });
      // Idempotent: a second click changes nothing, the first time stands.
      expect(await closeInvestigationMenu(t.db, student, id, "m-s1", now + 2)).toEqual({ ok: true, duplicate: true });
      expect(await closedAt(id)).toEqual([{ stage: 0, at: now + 1 }]);
      const before = await requests(id);
      expect(await orderInvestigation(t.db, student, id, "m-inv-irm", now)).toEqual({ ok: false, error: "menu-closed" });
      expect(await requests(id)).toBe(before);
      expect(await submitAnswer(t.db, student, id, "m1", { type: "qru", choice: "a" }, 1000, "fr", now)).toMatchObject({ ok: true, next: { id: "m2" } });
    });
  }

  it("only the stage in progress, only a stage that has the step, only the owner", async () => {
    const id = await start("training", "cas-menu-sentinelle");
    expect(await closeInvestigationMenu(t.db, student, id, "m-s2", now)).toEqual({ ok: false, error: "locked" });
    expect(await closeInvestigationMenu(t.db, student, id, "nope", now)).toEqual({ ok: false, error: "unknown-item" });
    expect(await closeInvestigationMenu(t.db, crypto.randomUUID(), id, "m-s1", now)).toEqual({ ok: false, error: "not-found" });
    expect(await closedAt(id)).toEqual([{ stage: 0, at: null }]);
    const other = await start();
    expect(await closeInvestigationMenu(t.db, student, other, "s1", now)).toEqual({ ok: false, error: "unknown-item" });
    // The next stage asks again.
    await closeInvestigationMenu(t.db, student, id, "m-s1", now);
    await submitAnswer(t.db, student, id, "m1", { type: "qru", choice: "a" }, 1000, "fr", now);
    await submitAnswer(t.db, student, id, "m2", { type: "qroc", text: "angioscanner" }, 1000, "fr", now);
    expect(await advanceStage(t.db, student, id, now)).toEqual({ ok: true });
    expect(await submitAnswer(t.db, student, id, "m3", { type: "qru", choice: "a" }, 1000, "fr", now)).toEqual({ ok: false, error: "locked" });
    expect(await closeInvestigationMenu(t.db, student, id, "m-s2", now)).toEqual({ ok: true, duplicate: false });
    expect(await submitAnswer(t.db, student, id, "m3", { type: "qru", choice: "a" }, 1000, "fr", now)).toMatchObject({ ok: true });
  });
});

describe("concurrent requests on one attempt (double clicks, retries, two servers)", () => {
  /**
   * Each request alternates between the test's engine and a second one on the same database where
   * that is how several servers run: PostgreSQL (its own pool, as another app server would have).
   * Two SQLite servers are two processes (tests/engine.test.ts): in one process a second SQLite engine
   * would block the event loop on the file lock.
   */
  let servers: Db[] = [];
  let closeSecond = async () => {};
  beforeAll(() => {
    if (t.engine.kind === "postgres") {
      const second = openPgEngine(String(t.engine.pool.options.connectionString), { max: 4 });
      servers = [t.db, second.db as unknown as Db];
      closeSecond = () => second.close();
    } else servers = [t.db];
  });
  afterAll(async () => {
    await closeSecond();
  });
  const server = (i: number) => servers[i % servers.length];
  const rows = (attemptId: string) =>
    t.db.select({ q: responses.questionId, answer: responses.answer }).from(responses).where(eq(responses.attemptId, attemptId)).orderBy(asc(responses.id));

  it("the same answer fired 10 times at once is recorded once; 10 stage advances at once open one stage", async () => {
    const id = await start("exam");
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => submitAnswer(server(i), student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now)));
    expect(answers.map((r) => r.ok)).toEqual(Array(10).fill(true));
    expect(answers.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    // Every retry gets the answer that stands and the question it opened.
    for (const r of answers) expect(r).toMatchObject({ ok: true, answer: { type: "qru", choice: "a" }, feedback: null, next: { id: "q2" } });
    expect(await rows(id)).toEqual([{ q: "q1", answer: { type: "qru", choice: "a" } }]);

    // Different answers to the same question at once: the first recorded stands for all of them.
    const choices = ["radiographie", "scanner", "irm", "echographie", "biopsie", "radiographie", "scanner", "irm", "echographie", "biopsie"];
    const second = await Promise.all(choices.map((text, i) => submitAnswer(server(i), student, id, "q2", { type: "qroc", text }, 1000, "fr", now)));
    const [, recorded] = await rows(id);
    expect(recorded.q).toBe("q2");
    expect(second.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    for (const r of second) expect(r).toMatchObject({ ok: true, answer: recorded.answer });
    expect(await rows(id)).toHaveLength(2);

    const advances = await Promise.all(Array.from({ length: 10 }, (_, i) => advanceStage(server(i), student, id, now)));
    expect(advances.filter((r) => r.ok)).toHaveLength(1);
    // The others find the next stage open and its questions unanswered: no stage is skipped.
    expect(advances.filter((r) => !r.ok)).toEqual(Array(9).fill({ ok: false, error: "incomplete" }));
    const [attempt] = await t.db.select({ stage: attempts.currentStage }).from(attempts).where(eq(attempts.id, id));
    expect(attempt.stage).toBe(1);
    expect(await t.db.select({ stage: stageVisits.stageIndex, done: stageVisits.completedAt }).from(stageVisits).where(eq(stageVisits.attemptId, id)).orderBy(asc(stageVisits.stageIndex))).toEqual([
      { stage: 0, done: now },
      { stage: 1, done: null },
    ]);
  });

  it("two questions of the same stage fired at once: each recorded at most once, never the later before the earlier", async () => {
    const id = await start("training");
    // q2 is reachable only once q1 is answered: whichever transaction runs first decides whether q2 is refused.
    const fired = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? submitAnswer(server(i), student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now)
          : submitAnswer(server(i), student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now),
      ),
    );
    const q1 = fired.filter((_, i) => i % 2 === 1);
    const q2 = fired.filter((_, i) => i % 2 === 0);
    expect(q1.map((r) => r.ok)).toEqual(Array(5).fill(true));
    expect(q1.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    const recorded = (await rows(id)).map((r) => r.q);
    const q2Recorded = recorded.includes("q2");
    // q1 first, then q2 if a q2 request ran after q1's commit: one row each, in that order.
    expect(recorded).toEqual(q2Recorded ? ["q1", "q2"] : ["q1"]);
    expect(q2.filter((r) => r.ok && !r.duplicate)).toHaveLength(q2Recorded ? 1 : 0);
    // A refused q2 is refused as locked (not reached then), and writes nothing.
    for (const r of q2) if (!r.ok) expect(r).toEqual({ ok: false, error: "locked" });
    expect(q2.some((r) => r.ok)).toBe(q2Recorded);
    // Every accepted q2 saw q1 recorded: its feedback is earned.
    for (const r of q2) if (r.ok) expect(r.feedback).toMatchObject({ points: 1 });
  });
});
