/**
 * Two processes (as with PROGRESSIF_WORKERS=2) write to one SQLite file at the same time: students
 * join a cohort while its instructor changes an assignment. Every read-then-write transaction takes
 * the write lock at its start, so none fails with SQLITE_BUSY_SNAPSHOT.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { cohortMembers, users, assignments } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { createCohortRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord } = await import("@/lib/dal/assignment-store");
const { eq } = await import("drizzle-orm");

const root = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-concurrency-"));
const file = path.join(dir, "test.db");
const { db, sqlite } = openDatabase(file);
const now = Date.UTC(2030, 0, 15, 12);
const STUDENTS = 150;

function writer(role: "join" | "assign", setup: object): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/fixtures/concurrency/writer.ts", file, role, JSON.stringify(setup)], { cwd: root });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

let setup: { code: string; ownerId: string; assignmentId: string; cohortId: string; students: string[]; now: number; rounds: number };

beforeAll(async () => {
  runMigrations(db);
  const loaded = await loadCaseFolder(path.join(root, "e2e/fixtures/cases/cas-sentinelle"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  const versionId = publishCaseDefinition(db, loaded.case, { ownerId: null }).versionId;
  const ownerId = crypto.randomUUID();
  db.insert(users).values({ id: ownerId, email: "owner@test.local", name: "Owner", passwordHash: "x", role: "instructor", createdAt: now }).run();
  const students = Array.from({ length: STUDENTS }, (_, i) => {
    const id = crypto.randomUUID();
    db.insert(users).values({ id, email: `s${i}@test.local`, name: `S${i}`, passwordHash: "x", role: "student", createdAt: now }).run();
    return id;
  });
  const cohort = createCohortRecord(db, ownerId, "Concurrence");
  const created = createAssignmentRecord(db, ownerId, {
    cohortId: cohort.id,
    caseVersionId: versionId,
    mode: "training",
    opensAt: now - 3_600_000,
    dueAt: now + 86_400_000,
    attemptsAllowed: 1,
    countingRule: "best",
    latePolicy: "accept",
    timeLimitMinutes: null,
  });
  if (!created.ok) throw new Error(created.error);
  setup = { code: cohort.joinCode, ownerId, assignmentId: created.id, cohortId: cohort.id, students, now, rounds: STUDENTS };
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("two processes writing at once", () => {
  it("join a cohort and change an assignment with no error", { timeout: 120_000 }, async () => {
    const results = await Promise.all([writer("join", setup), writer("assign", setup)]);
    for (const r of results) expect(r.err).toBe("");
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(db.select().from(cohortMembers).where(eq(cohortMembers.cohortId, setup.cohortId)).all()).toHaveLength(STUDENTS);
    expect(db.select().from(assignments).where(eq(assignments.id, setup.assignmentId)).get()?.attemptsAllowed).toBeGreaterThanOrEqual(1);
  });
});
