/**
 * One question at a time, enforced in the data layer against a real SQLite file: a question not
 * reached is refused and nothing is written; a stage's menu refuses tests once it has closed.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { investigationRequests, responses, stageVisits, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { startAttemptFor } = await import("@/lib/dal/attempt-start");
const { orderInvestigation, submitAnswer, advanceStage, closeInvestigationMenu } = await import("@/lib/dal/attempt-play");
const { eq } = await import("drizzle-orm");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-play-"));
const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
const now = Date.UTC(2030, 0, 15, 12);
let student = "";

beforeAll(async () => {
  runMigrations(db);
  for (const slug of ["cas-sentinelle", "cas-menu-sentinelle"]) {
    const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases", slug));
    if (!loaded.ok) throw new Error("fixture case invalid");
    publishCaseDefinition(db, loaded.case, { ownerId: null });
  }
  student = crypto.randomUUID();
  db.insert(users).values({ id: student, email: "s@test.local", name: "S", passwordHash: "x", role: "student", createdAt: now }).run();
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(mode: "training" | "exam" = "training", slug = "cas-sentinelle") {
  const r = startAttemptFor(db, student, slug, mode, now);
  if (!r.ok) throw new Error(r.error);
  return r.attemptId;
}
const stored = (attemptId: string) =>
  db.select({ q: responses.questionId }).from(responses).where(eq(responses.attemptId, attemptId)).all().map((r) => r.q);

describe("answering", () => {
  it("refuses a question not reached yet, in the open stage, and writes nothing", () => {
    const id = start();
    const r = submitAnswer(db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    expect(r).toEqual({ ok: false, error: "locked" });
    expect(stored(id)).toEqual([]);
  });

  it("accepts the questions in order, and returns the question's errata with its feedback in training", () => {
    const id = start();
    expect(submitAnswer(db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now)).toMatchObject({ ok: true, errata: [] });
    const q2 = submitAnswer(db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    expect(q2).toMatchObject({ ok: true, duplicate: false, feedback: { points: 1, explanation: "EXPLANATIONSENTINELQ2 la radiographie thoracique." } });
    expect(q2.ok && q2.errata.map((e) => e.id)).toEqual(["err-gamma"]);
    expect(stored(id)).toEqual(["q1", "q2"]);
  });

  it("exam: the answer stands, with no feedback and no errata", () => {
    const id = start("exam");
    submitAnswer(db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(submitAnswer(db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now)).toEqual({
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

  it("returns the question the answer has made reachable (stem and options, no key), and only that", () => {
    const id = start("exam");
    const q1 = submitAnswer(db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(q1.ok && q1.next?.id).toBe("q2");
    expect(q1.ok && q1.next?.stem).toContain("STEMSENTINELQ2");
    expect(JSON.stringify(q1)).not.toMatch(/EXPLANATIONSENTINELQ2|KEYSENTINELQ2|ERRATUMQ2SENTINEL|"accepted"/);
    // A retry gets the same question back (the first response may have been lost on the way).
    const again = submitAnswer(db, student, id, "q1", { type: "qru", choice: "b" }, 1000, "fr", now);
    expect(again).toMatchObject({ ok: true, duplicate: true, answer: { type: "qru", choice: "a" }, next: { id: "q2" } });
    // The stage's last question: the next stage opens with "next stage", not with the answer.
    const q2 = submitAnswer(db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    expect(q2).toMatchObject({ ok: true, next: null, menuClosed: true });
  });
});

describe("ordering tests", () => {
  it("is refused once the stage's questions are all answered (the menu has closed), and writes nothing", () => {
    const id = start();
    expect(orderInvestigation(db, student, id, "inv-radio", now)).toMatchObject({ ok: true, duplicate: false });
    submitAnswer(db, student, id, "q1", { type: "qru", choice: "a" }, 1000, "fr", now);
    // Still open while a question of the stage is unanswered.
    expect(orderInvestigation(db, student, id, "inv-pet", now)).toMatchObject({ ok: true });
    submitAnswer(db, student, id, "q2", { type: "qroc", text: "radiographie" }, 1000, "fr", now);
    const before = db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, id)).all().length;
    expect(orderInvestigation(db, student, id, "inv-radio", now)).toEqual({ ok: false, error: "menu-closed" });
    expect(db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, id)).all().length).toBe(before);
    // The next stage's menu opens with it.
    expect(advanceStage(db, student, id, now)).toEqual({ ok: true });
    expect(orderInvestigation(db, student, id, "inv-hemoc", now)).toMatchObject({ ok: true });
  });
});

describe("J'ai terminé mes demandes (a menu closing before the stage's first question)", () => {
  const requests = (attemptId: string) => db.select().from(investigationRequests).where(eq(investigationRequests.attemptId, attemptId)).all().length;
  const closedAt = (attemptId: string) =>
    db.select({ stage: stageVisits.stageIndex, at: stageVisits.menuClosedAt }).from(stageVisits).where(eq(stageVisits.attemptId, attemptId)).all();

  for (const mode of ["training", "exam"] as const) {
    it(`${mode}: the first question is refused until the learner has finished ordering; then ordering is refused`, () => {
      const id = start(mode, "cas-menu-sentinelle");
      expect(orderInvestigation(db, student, id, "m-inv-ecg", now)).toMatchObject({ ok: true });
      expect(submitAnswer(db, student, id, "m1", { type: "qru", choice: "a" }, 1000, "fr", now)).toEqual({ ok: false, error: "locked" });
      expect(stored(id)).toEqual([]);
      expect(closeInvestigationMenu(db, student, id, "m-s1", now + 1)).toEqual({ ok: true, duplicate: false });
      // Idempotent: a second click changes nothing, the first time stands.
      expect(closeInvestigationMenu(db, student, id, "m-s1", now + 2)).toEqual({ ok: true, duplicate: true });
      expect(closedAt(id)).toEqual([{ stage: 0, at: now + 1 }]);
      const before = requests(id);
      expect(orderInvestigation(db, student, id, "m-inv-irm", now)).toEqual({ ok: false, error: "menu-closed" });
      expect(requests(id)).toBe(before);
      expect(submitAnswer(db, student, id, "m1", { type: "qru", choice: "a" }, 1000, "fr", now)).toMatchObject({ ok: true, next: { id: "m2" } });
    });
  }

  it("only the stage in progress, only a stage that has the step, only the owner", () => {
    const id = start("training", "cas-menu-sentinelle");
    expect(closeInvestigationMenu(db, student, id, "m-s2", now)).toEqual({ ok: false, error: "locked" });
    expect(closeInvestigationMenu(db, student, id, "nope", now)).toEqual({ ok: false, error: "unknown-item" });
    expect(closeInvestigationMenu(db, crypto.randomUUID(), id, "m-s1", now)).toEqual({ ok: false, error: "not-found" });
    expect(closedAt(id)).toEqual([{ stage: 0, at: null }]);
    const other = start();
    expect(closeInvestigationMenu(db, student, other, "s1", now)).toEqual({ ok: false, error: "unknown-item" });
    // The next stage asks again.
    closeInvestigationMenu(db, student, id, "m-s1", now);
    submitAnswer(db, student, id, "m1", { type: "qru", choice: "a" }, 1000, "fr", now);
    submitAnswer(db, student, id, "m2", { type: "qroc", text: "angioscanner" }, 1000, "fr", now);
    expect(advanceStage(db, student, id, now)).toEqual({ ok: true });
    expect(submitAnswer(db, student, id, "m3", { type: "qru", choice: "a" }, 1000, "fr", now)).toEqual({ ok: false, error: "locked" });
    expect(closeInvestigationMenu(db, student, id, "m-s2", now)).toEqual({ ok: true, duplicate: false });
    expect(submitAnswer(db, student, id, "m3", { type: "qru", choice: "a" }, 1000, "fr", now)).toMatchObject({ ok: true });
  });
});
