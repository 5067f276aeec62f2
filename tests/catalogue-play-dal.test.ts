/**
 * Ordering from the shared catalogue, against a real database (SQLite or PostgreSQL, per vitest project): a defined test returns the case's
 * result under its own id (scored as today), an undefined one « non contributif » filed per stage;
 * idempotent; refused outside a catalogue stage, for unknown tests, and by the list action.
 */
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TestDb } from "./support/test-db";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { openTestDb } = await import("./support/test-db");
const { investigationRequests, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { loadCatalogue } = await import("@/lib/content/catalogue-load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer, advanceStage, orderInvestigation, finishAttempt } = await import("@/lib/dal/attempt-play");
const { orderCatalogueTest } = await import("@/lib/dal/catalogue-play");
const { asc, eq } = await import("drizzle-orm");
const { attempts } = await import("@/db/schema");

let t: TestDb;
let db: TestDb["db"];
const now = Date.UTC(2030, 0, 15, 12);
let student = "";
let catalogue: Awaited<ReturnType<typeof loadCatalogue>>;

beforeAll(async () => {
  t = await openTestDb();
  db = t.db;
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-raisonnement"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  await publishCaseDefinition(db, loaded.case, { ownerId: null });
  catalogue = await loadCatalogue();
  student = crypto.randomUUID();
  await transaction(db, async (tx) => {
    await tx.insert(users).values({ id: student, email: "c@test.local", name: "C", passwordHash: "x", role: "student", createdAt: now });
  });
});

afterAll(async () => {
  await t.close();
});

async function atStage2() {
  const r = await startAttemptFor(db, student, "cas-raisonnement", "training", now);
  if (!r.ok) throw new Error(r.error);
  const id = r.attemptId;
  await submitAnswer(db, student, id, "r1", { type: "representation", text: "x" }, 1, "fr", now);
  await submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }] }, 1, "fr", now);
  await submitAnswer(db, student, id, "r3", { type: "qru", choice: "a" }, 1, "fr", now);
  expect(await advanceStage(db, student, id, now)).toEqual({ ok: true });
  return id;
}
const stored = async (id: string) =>
  (
    await db.select({ i: investigationRequests.investigationId }).from(investigationRequests).where(eq(investigationRequests.attemptId, id)).orderBy(asc(investigationRequests.id))
  ).map((r) => r.i);

describe("ordering from the catalogue", () => {
  it("a test the case defines: its result, filed under the case's id; twice: one request", async () => {
    const id = await atStage2();
    const first = await orderCatalogueTest(db, catalogue, student, id, "angioscanner-thoracique", now);
    expect(first).toEqual({ ok: true, duplicate: false, testId: "angioscanner-thoracique", label: "INVLABELSENTINEL angioscanner thoracique", result: "RESULTSENTINELANGIO embolie pulmonaire proximale droite." });
    expect(await orderCatalogueTest(db, catalogue, student, id, "angioscanner-thoracique", now)).toMatchObject({ ok: true, duplicate: true });
    expect(await stored(id)).toEqual(["r-inv-angio"]);
  });

  it("a test it does not define: « non contributif », filed per stage, and it costs like an unnecessary test", async () => {
    const id = await atStage2();
    expect(await orderCatalogueTest(db, catalogue, student, id, "tsh", now)).toEqual({ ok: true, duplicate: false, testId: "tsh", label: "TSH", result: "Non contributif dans ce cas." });
    expect(await orderCatalogueTest(db, catalogue, student, id, "tsh", now)).toMatchObject({ ok: true, duplicate: true });
    expect(await stored(id)).toEqual(["catalogue:r-s2:tsh"]);
    await submitAnswer(db, student, id, "r4", { type: "qru", choice: "a" }, 1, "fr", now);
    expect(await finishAttempt(db, student, id, now)).toEqual({ ok: true });
    // r1 0 (formative) + r2 0.3833 (presence 1/3, rank 1/3, can't-miss 1/2) + r3 1 + r4 1 + ECG and angioscanner
    // not ordered 0 + TSH −0.5 = 1.8833, of 5 (3 question points + 2 essential tests).
    const [a] = await db.select({ score: attempts.score, max: attempts.maxScore }).from(attempts).where(eq(attempts.id, id)).limit(1);
    expect(a).toEqual({ score: 1.8833, max: 5 });
  });

  it("refuses unknown tests, a list stage, a closed menu, and the case's own ids through the list action", async () => {
    const id = await atStage2();
    expect(await orderCatalogueTest(db, catalogue, student, id, "pas-un-examen", now)).toEqual({ ok: false, error: "unknown-item" });
    expect(await orderInvestigation(db, student, id, "r-inv-angio", now)).toEqual({ ok: false, error: "unknown-item" });
    await submitAnswer(db, student, id, "r4", { type: "qru", choice: "a" }, 1, "fr", now);
    expect(await orderCatalogueTest(db, catalogue, student, id, "crp", now)).toEqual({ ok: false, error: "menu-closed" });
    expect(await stored(id)).toEqual([]);
    const fresh = await startAttemptFor(db, student, "cas-raisonnement", "training", now);
    if (!fresh.ok) throw new Error(fresh.error);
    expect(await orderCatalogueTest(db, catalogue, student, fresh.attemptId, "crp", now)).toEqual({ ok: false, error: "unknown-item" });
    expect(await orderCatalogueTest(db, catalogue, crypto.randomUUID(), id, "crp", now)).toEqual({ ok: false, error: "not-found" });
  });
});
