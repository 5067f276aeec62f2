/**
 * The self-check of a problem representation, against a real SQLite file: only the attempt's owner,
 * only once the author's summary is earned (answered; training, or exam once finished), only the
 * question's own qualifiers; the first self-check stands.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { representationChecks, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer, finishAttempt, advanceStage } = await import("@/lib/dal/attempt-play");
const { checkRepresentationQualifiers } = await import("@/lib/dal/representation-check");
const { attemptState, findOwnAttempt } = await import("@/lib/dal/attempt-state");
const { exportUserData } = await import("@/lib/dal/erasure-store");
const { eq } = await import("drizzle-orm");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-reasoning-"));
const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
const now = Date.UTC(2030, 0, 15, 12);
let student = "";
let other = "";

beforeAll(async () => {
  runMigrations(db);
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-raisonnement"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  publishCaseDefinition(db, loaded.case, { ownerId: null });
  student = crypto.randomUUID();
  other = crypto.randomUUID();
  for (const [id, email] of [[student, "s@test.local"], [other, "o@test.local"]]) {
    db.insert(users).values({ id, email, name: "S", passwordHash: "x", role: "student", createdAt: now }).run();
  }
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function start(mode: "training" | "exam" = "training") {
  const r = startAttemptFor(db, student, "cas-raisonnement", mode, now);
  if (!r.ok) throw new Error(r.error);
  return r.attemptId;
}
const rows = (attemptId: string) => db.select().from(representationChecks).where(eq(representationChecks.attemptId, attemptId)).all();
const answerR1 = (id: string) => submitAnswer(db, student, id, "r1", { type: "representation", text: "Femme de 30 ans, QUALSENTINELA." }, 1000, "fr", now);

describe("self-check of a problem representation", () => {
  it("is refused before the representation is answered, and writes nothing", () => {
    const id = start();
    expect(checkRepresentationQualifiers(db, student, id, "r1", ["qa"], now)).toEqual({ ok: false, error: "locked" });
    expect(rows(id)).toEqual([]);
  });

  it("is stored once answered in training (author's order), then the first one stands", () => {
    const id = start();
    expect(answerR1(id)).toMatchObject({ ok: true, feedback: { points: 0, max: 0 } });
    expect(checkRepresentationQualifiers(db, student, id, "r1", ["qb", "qa"], now)).toEqual({ ok: true, duplicate: false, qualifiers: ["qa", "qb"] });
    expect(checkRepresentationQualifiers(db, student, id, "r1", [], now)).toEqual({ ok: true, duplicate: true, qualifiers: ["qa", "qb"] });
    expect(rows(id).map((r) => r.qualifiers)).toEqual(['["qa","qb"]']);
    expect(attemptState(db, findOwnAttempt(db, student, id)!).selfChecks).toEqual(new Map([["r1", ["qa", "qb"]]]));
    // The learner's data export carries it.
    const exported = exportUserData(db, student, now)!.attempts.find((a) => a.id === id)!;
    expect(exported.selfChecks).toEqual([{ questionId: "r1", qualifiers: ["qa", "qb"], checkedAt: new Date(now).toISOString() }]);
  });

  it("refuses unknown or repeated qualifiers, other questions and other users' attempts", () => {
    const id = start();
    answerR1(id);
    expect(checkRepresentationQualifiers(db, student, id, "r1", ["zz"], now)).toEqual({ ok: false, error: "invalid" });
    expect(checkRepresentationQualifiers(db, student, id, "r1", ["qa", "qa"], now)).toEqual({ ok: false, error: "invalid" });
    expect(checkRepresentationQualifiers(db, student, id, "r2", [], now)).toEqual({ ok: false, error: "unknown-item" });
    expect(checkRepresentationQualifiers(db, other, id, "r1", ["qa"], now)).toEqual({ ok: false, error: "not-found" });
    expect(rows(id)).toEqual([]);
  });

  it("in exam mode, waits for the end of the attempt", () => {
    const id = start("exam");
    answerR1(id);
    expect(checkRepresentationQualifiers(db, student, id, "r1", ["qa"], now)).toEqual({ ok: false, error: "locked" });
    submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }] }, 1000, "fr", now);
    submitAnswer(db, student, id, "r3", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(advanceStage(db, student, id, now)).toEqual({ ok: true });
    submitAnswer(db, student, id, "r4", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(finishAttempt(db, student, id, now)).toEqual({ ok: true });
    expect(checkRepresentationQualifiers(db, student, id, "r1", ["qa"], now)).toEqual({ ok: true, duplicate: false, qualifiers: ["qa"] });
  });
});

describe("answers to the reasoning tasks", () => {
  it("a differential is validated against the menu and scored by the rule", () => {
    const id = start();
    answerR1(id);
    expect(submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "nope", cantMiss: false }] }, 1000, "fr", now)).toMatchObject({ ok: false, error: "invalid" });
    const r = submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }, { id: "sca", cantMiss: true }, { id: "pericardite", cantMiss: false }] }, 1000, "fr", now);
    expect(r).toMatchObject({ ok: true, feedback: { points: 1, max: 1 } });
  });
});
