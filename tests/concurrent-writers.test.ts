/**
 * Two processes (as with PROGRESSIF_WORKERS=2, or two servers) write to one database at the same
 * time, on the engine of this test run (SQLite file or PostgreSQL): students join a cohort while its
 * instructor changes an assignment. Every read-then-write transaction takes its locks at its start
 * (SQLite: the write lock; PostgreSQL: its keys), so none fails with SQLITE_BUSY_SNAPSHOT, a
 * serialization failure or a duplicate.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import type { TestDb } from "./support/test-db";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { openTestDb } = await import("./support/test-db");
const { cohortMembers, users, assignments } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { createCohortRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord } = await import("@/lib/dal/assignment-store");
const { eq } = await import("drizzle-orm");

const root = path.resolve(__dirname, "..");
let t: TestDb;
let db: Db;
const now = Date.UTC(2030, 0, 15, 12);
const STUDENTS = 150;

/** What a child process needs to open the same database as this test: the SQLite file, or the PostgreSQL URL. */
function engineEnv(): NodeJS.ProcessEnv {
  const engine = t.engine;
  if (engine.kind === "sqlite") return { ...process.env, DATABASE_URL: "", PROGRESSIF_TEST_ENGINE: "", DATABASE_PATH: engine.file };
  return { ...process.env, DATABASE_URL: engine.pool.options.connectionString };
}

function writer(role: "join" | "assign", setup: object): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/fixtures/concurrency/writer.ts", role, JSON.stringify(setup)], { cwd: root, env: engineEnv() });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, out, err })));
}

let setup: { code: string; ownerId: string; assignmentId: string; cohortId: string; students: string[]; now: number; rounds: number };

beforeAll(async () => {
  t = await openTestDb();
  db = t.db;
  const loaded = await loadCaseFolder(path.join(root, "e2e/fixtures/cases/cas-sentinelle"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  const versionId = (await publishCaseDefinition(db, loaded.case, { ownerId: null })).versionId;
  const ownerId = crypto.randomUUID();
  const students = Array.from({ length: STUDENTS }, () => crypto.randomUUID());
  await transaction(db, async (tx) => {
    await tx.insert(users).values({ id: ownerId, email: "owner@test.local", name: "Owner", passwordHash: "x", role: "instructor", createdAt: now });
    await tx.insert(users).values(students.map((id, i) => ({ id, email: `s${i}@test.local`, name: `S${i}`, passwordHash: "x", role: "student" as const, createdAt: now })));
  });
  const cohort = await createCohortRecord(db, ownerId, "Concurrence");
  const created = await createAssignmentRecord(db, ownerId, {
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

afterAll(async () => {
  await t.close();
});

describe("two processes writing at once", () => {
  it("join a cohort and change an assignment with no error", { timeout: 120_000 }, async () => {
    const results = await Promise.all([writer("join", setup), writer("assign", setup)]);
    for (const r of results) expect(r.err).toBe("");
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(await db.select().from(cohortMembers).where(eq(cohortMembers.cohortId, setup.cohortId))).toHaveLength(STUDENTS);
    const [assignment] = await db.select().from(assignments).where(eq(assignments.id, setup.assignmentId)).limit(1);
    expect(assignment?.attemptsAllowed).toBeGreaterThanOrEqual(1);
  });
});
