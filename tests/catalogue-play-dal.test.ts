/**
 * Ordering from the shared catalogue, against a real SQLite file: a defined test returns the case's
 * result under its own id (scored as today), an undefined one « non contributif » filed per stage;
 * idempotent; refused outside a catalogue stage, for unknown tests, and by the list action.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { investigationRequests, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { loadCatalogue } = await import("@/lib/content/catalogue-load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { startAttemptFor } = await import("@/lib/dal/attempt-start");
const { submitAnswer, advanceStage, orderInvestigation, finishAttempt } = await import("@/lib/dal/attempt-play");
const { orderCatalogueTest } = await import("@/lib/dal/catalogue-play");
const { eq } = await import("drizzle-orm");
const { attempts } = await import("@/db/schema");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-catalogue-"));
const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
const now = Date.UTC(2030, 0, 15, 12);
let student = "";
let catalogue: Awaited<ReturnType<typeof loadCatalogue>>;

beforeAll(async () => {
  runMigrations(db);
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-raisonnement"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  publishCaseDefinition(db, loaded.case, { ownerId: null });
  catalogue = await loadCatalogue();
  student = crypto.randomUUID();
  db.insert(users).values({ id: student, email: "c@test.local", name: "C", passwordHash: "x", role: "student", createdAt: now }).run();
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function atStage2() {
  const r = startAttemptFor(db, student, "cas-raisonnement", "training", now);
  if (!r.ok) throw new Error(r.error);
  const id = r.attemptId;
  submitAnswer(db, student, id, "r1", { type: "representation", text: "x" }, 1, "fr", now);
  submitAnswer(db, student, id, "r2", { type: "differential", ranking: [{ id: "ep", cantMiss: true }] }, 1, "fr", now);
  submitAnswer(db, student, id, "r3", { type: "qru", choice: "a" }, 1, "fr", now);
  expect(advanceStage(db, student, id, now)).toEqual({ ok: true });
  return id;
}
const stored = (id: string) => db.select({ i: investigationRequests.investigationId }).from(investigationRequests).where(eq(investigationRequests.attemptId, id)).all().map((r) => r.i);

describe("ordering from the catalogue", () => {
  it("a test the case defines: its result, filed under the case's id; twice: one request", () => {
    const id = atStage2();
    const first = orderCatalogueTest(db, catalogue, student, id, "angioscanner-thoracique", now);
    expect(first).toEqual({ ok: true, duplicate: false, testId: "angioscanner-thoracique", label: "INVLABELSENTINEL angioscanner thoracique", result: "RESULTSENTINELANGIO embolie pulmonaire proximale droite." });
    expect(orderCatalogueTest(db, catalogue, student, id, "angioscanner-thoracique", now)).toMatchObject({ ok: true, duplicate: true });
    expect(stored(id)).toEqual(["r-inv-angio"]);
  });

  it("a test it does not define: « non contributif », filed per stage, and it costs like an unnecessary test", () => {
    const id = atStage2();
    expect(orderCatalogueTest(db, catalogue, student, id, "tsh", now)).toEqual({ ok: true, duplicate: false, testId: "tsh", label: "TSH", result: "Non contributif dans ce cas." });
    expect(orderCatalogueTest(db, catalogue, student, id, "tsh", now)).toMatchObject({ ok: true, duplicate: true });
    expect(stored(id)).toEqual(["catalogue:r-s2:tsh"]);
    submitAnswer(db, student, id, "r4", { type: "qru", choice: "a" }, 1, "fr", now);
    expect(finishAttempt(db, student, id, now)).toEqual({ ok: true });
    // r1 0 (formative) + r2 0.3833 (presence 1/3, rank 1/3, can't-miss 1/2) + r3 1 + r4 1 + ECG and angioscanner
    // not ordered 0 + TSH −0.5 = 1.8833, of 5 (3 question points + 2 essential tests).
    const a = db.select({ score: attempts.score, max: attempts.maxScore }).from(attempts).where(eq(attempts.id, id)).get();
    expect(a).toEqual({ score: 1.8833, max: 5 });
  });

  it("refuses unknown tests, a list stage, a closed menu, and the case's own ids through the list action", () => {
    const id = atStage2();
    expect(orderCatalogueTest(db, catalogue, student, id, "pas-un-examen", now)).toEqual({ ok: false, error: "unknown-item" });
    expect(orderInvestigation(db, student, id, "r-inv-angio", now)).toEqual({ ok: false, error: "unknown-item" });
    submitAnswer(db, student, id, "r4", { type: "qru", choice: "a" }, 1, "fr", now);
    expect(orderCatalogueTest(db, catalogue, student, id, "crp", now)).toEqual({ ok: false, error: "menu-closed" });
    expect(stored(id)).toEqual([]);
    const fresh = startAttemptFor(db, student, "cas-raisonnement", "training", now);
    if (!fresh.ok) throw new Error(fresh.error);
    expect(orderCatalogueTest(db, catalogue, student, fresh.attemptId, "crp", now)).toEqual({ ok: false, error: "unknown-item" });
    expect(orderCatalogueTest(db, catalogue, crypto.randomUUID(), id, "crp", now)).toEqual({ ok: false, error: "not-found" });
  });
});
