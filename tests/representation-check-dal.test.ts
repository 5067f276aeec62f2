/**
 * The self-check of a problem representation, against a real database (SQLite or PostgreSQL, per vitest project): only the attempt's owner,
 * only once the author's summary is earned (answered; training, or exam once finished), only the
 * question's own qualifiers; the first self-check stands.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDb } from "./support/test-db";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { openTestDb } = await import("./support/test-db");
const { representationChecks, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer, finishAttempt, advanceStage } = await import("@/lib/dal/attempt-play");
const { checkRepresentationQualifiers } = await import("@/lib/dal/representation-check");
const { attemptState, findOwnAttempt } = await import("@/lib/dal/attempt-state");
const { exportUserData } = await import("@/lib/dal/erasure-store");
const { asc, eq } = await import("drizzle-orm");

let t: TestDb;
let db: TestDb["db"];
const now = Date.UTC(2030, 0, 15, 12);
let student = "";
let other = "";

beforeAll(async () => {
  t = await openTestDb();
  db = t.db;
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-raisonnement"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  await publishCaseDefinition(db, loaded.case, { ownerId: null });
  student = crypto.randomUUID();
  other = crypto.randomUUID();
  await transaction(db, async (tx) => {
    for (const [id, email] of [[student, "s@test.local"], [other, "o@test.local"]]) {
      await tx.insert(users).values({ id, email, name: "S", passwordHash: "x", role: "student", createdAt: now });
    }
  });
});

afterAll(async () => {
  await t.close();
});

async function start(mode: "training" | "exam" = "training") {
  const r = await startAttemptFor(db, student, "cas-raisonnement", mode, now);
  if (!r.ok) throw new Error(r.error);
  return r.attemptId;
}
const rows = (attemptId: string) => db.select().from(representationChecks).where(eq(representationChecks.attemptId, attemptId)).orderBy(asc(representationChecks.questionId));
const answerR1 = (id: string) => submitAnswer(db, student, id, "r1", { type: "representation", text: "Femme de 30 ans, QUALSENTINELA." }, 1000, "fr", now);

describe("self-check of a problem representation", () => {
  it("is refused before the representation is answered, and writes nothing", async () => {
    const id = await start();
    expect(await checkRepresentationQualifiers(db, student, id, "r1", ["qa"], now)).toEqual({ ok: false, error: "locked" });
    expect(await rows(id)).toEqual([]);
  });

  it("is stored once answered in training (author's order), then the first one stands", async () => {
    const id = await start();
    expect(await answerR1(id)).toMatchObject({ ok: true, feedback: { points: 0, max: 0 } });
    expect(await checkRepresentationQualifiers(db, student, id, "r1", ["qb", "qa"], now)).toEqual({ ok: true, duplicate: false, qualifiers: ["qa", "qb"] });
    expect(await checkRepresentationQualifiers(db, student, id, "r1", [], now)).toEqual({ ok: true, duplicate: true, qualifiers: ["qa", "qb"] });
    // A JSON column: read back as the array itself on both engines.
    expect((await rows(id)).map((r) => r.qualifiers)).toEqual([["qa", "qb"]]);
    expect((await attemptState(db, (await findOwnAttempt(db, student, id))!)).selfChecks).toEqual(new Map([["r1", ["qa", "qb"]]]));
    // The learner's data export carries it.
    const exported = (await exportUserData(db, student, now))!.attempts.find((a) => a.id === id)!;
    expect(exported.selfChecks).toEqual([{ questionId: "r1", qualifiers: ["qa", "qb"], checkedAt: new Date(now).toISOString() }]);
  });

  it("refuses unknown or repeated qualifiers, other questions and other users' attempts", async () => {
    const id = await start();
    await answerR1(id);
    expect(await checkRepresentationQualifiers(db, student, id, "r1", ["zz"], now)).toEqual({ ok: false, error: "invalid" });
    expect(await checkRepresentationQualifiers(db, student, id, "r1", ["qa", "qa"], now)).toEqual({ ok: false, error: "invalid" });
    expect(await checkRepresentationQualifiers(db, student, id, "r2", [], now)).toEqual({ ok: false, error: "unknown-item" });
    expect(await checkRepresentationQualifiers(db, other, id, "r1", ["qa"], now)).toEqual({ ok: false, error: "not-found" });
    expect(await rows(id)).toEqual([]);
  });

  it("in exam mode, waits for the end of the attempt", async () => {
    const id = await start("exam");
    await answerR1(id);
    expect(await checkRepresentationQualifiers(db, student, id, "r1", ["qa"], now)).toEqual({ ok: false, error: "locked" });
    await submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }] }, 1000, "fr", now);
    await submitAnswer(db, student, id, "r3", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(await advanceStage(db, student, id, now)).toEqual({ ok: true });
    await submitAnswer(db, student, id, "r4", { type: "qru", choice: "a" }, 1000, "fr", now);
    expect(await finishAttempt(db, student, id, now)).toEqual({ ok: true });
    expect(await checkRepresentationQualifiers(db, student, id, "r1", ["qa"], now)).toEqual({ ok: true, duplicate: false, qualifiers: ["qa"] });
  });
});

describe("answers to the reasoning tasks", () => {
  it("a differential is validated against the menu and scored by the rule", async () => {
    const id = await start();
    await answerR1(id);
    expect(await submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "nope", cantMiss: false }] }, 1000, "fr", now)).toMatchObject({ ok: false, error: "invalid" });
    const r = await submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }, { id: "sca", cantMiss: true }, { id: "pericardite", cantMiss: false }] }, 1000, "fr", now);
    expect(r).toMatchObject({ ok: true, feedback: { points: 1, max: 1 } });
  });
});
