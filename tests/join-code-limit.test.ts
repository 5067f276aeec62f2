/**
 * The limit of wrong cohort codes holds when several server processes (PROGRESSIF_WORKERS ≥ 2)
 * take one student's tries at the same moment: each try is counted in the same immediate
 * transaction as the check, so exactly MAX_JOIN_FAILURES wrong codes are looked up, whatever the
 * interleaving, and the rest are refused without a lookup. To make the tries pile up as they would
 * behind a long write, the test holds the write lock until every process has started its first try.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { cohorts, cohortMembers, loginFailures, users } = await import("@/db/schema");
const { createCohortRecord, joinWithCode } = await import("@/lib/dal/cohort-store");
const { MAX_JOIN_FAILURES, WINDOW_MS } = await import("@/lib/auth/rate-limit-policy");
const { JOIN_CODE_ALPHABET } = await import("@/lib/teach/join-code");
const { eq } = await import("drizzle-orm");

const root = path.resolve(__dirname, "..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-join-limit-"));
const file = path.join(dir, "test.db");
const { db, sqlite } = openDatabase(file);
const now = Date.UTC(2030, 0, 15, 12);
const PROCESSES = 4;
const TRIES_EACH = 3;
const CODE = "ABCDEFGH";
const student = crypto.randomUUID();

type Guesser = { ready: Promise<void>; trying: Promise<void>; go: () => void; done: Promise<{ code: number | null; answers: string[]; err: string }> };

function guesser(index: number): Guesser {
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "tests/fixtures/concurrency/join-guesser.ts", file, student, String(TRIES_EACH), String(now), String(index * TRIES_EACH)],
    { cwd: root },
  );
  let out = "";
  let err = "";
  let markReady: () => void = () => {};
  let markTrying: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const trying = new Promise<void>((resolve) => (markTrying = resolve));
  child.stdout.on("data", (d) => {
    out += d;
    if (out.startsWith("ready\n")) markReady();
    if (out.startsWith("ready\ntrying\n")) markTrying();
  });
  child.stderr.on("data", (d) => (err += d));
  const done = new Promise<{ code: number | null; answers: string[]; err: string }>((resolve) =>
    child.on("close", (code) => {
      markReady();
      markTrying();
      const last = out.trim().split("\n").at(-1) ?? "";
      resolve({ code, answers: last.startsWith("[") ? (JSON.parse(last) as string[]) : [], err });
    }),
  );
  return { ready, trying, go: () => child.stdin.write("go\n"), done };
}

beforeAll(() => {
  runMigrations(db);
  const ownerId = crypto.randomUUID();
  db.insert(users).values({ id: ownerId, email: "owner@test.local", name: "Owner", passwordHash: "x", role: "instructor", createdAt: now }).run();
  db.insert(users).values({ id: student, email: "student@test.local", name: "Student", passwordHash: "x", role: "student", createdAt: now }).run();
  const cohort = createCohortRecord(db, ownerId, "Cohorte");
  db.update(cohorts).set({ joinCode: CODE }).where(eq(cohorts.id, cohort.id)).run();
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("join-code limit", () => {
  it("counts 12 parallel wrong codes from four processes: exactly the limit is looked up", { timeout: 120_000 }, async () => {
    // One wrong code short of the limit: of the parallel tries, exactly one may still be looked up.
    for (let i = 0; i < MAX_JOIN_FAILURES - 1; i++) expect(joinWithCode(db, student, `YYYYYYY${JOIN_CODE_ALPHABET[i]}`, now)).toEqual({ ok: false, error: "unknown-code" });
    const guessers = Array.from({ length: PROCESSES }, (_, i) => guesser(i));
    await Promise.all(guessers.map((g) => g.ready));
    sqlite.prepare("BEGIN IMMEDIATE").run();
    try {
      for (const g of guessers) g.go();
      await Promise.all(guessers.map((g) => g.trying));
    } finally {
      sqlite.prepare("COMMIT").run();
    }
    const results = await Promise.all(guessers.map((g) => g.done));
    expect(results.map((r) => [r.code, r.err])).toEqual(Array.from({ length: PROCESSES }, () => [0, ""]));
    const answers = results.flatMap((r) => r.answers);
    expect(answers).toHaveLength(PROCESSES * TRIES_EACH);
    expect(answers.filter((a) => a === "unknown-code")).toHaveLength(1);
    expect(answers.filter((a) => a === "rate-limited")).toHaveLength(PROCESSES * TRIES_EACH - 1);
    expect(db.select().from(loginFailures).where(eq(loginFailures.key, `join:${student}`)).all()).toHaveLength(MAX_JOIN_FAILURES);

    // Even the right code is refused until the window has passed; then it joins.
    expect(joinWithCode(db, student, CODE, now + 1000)).toEqual({ ok: false, error: "rate-limited", retryAt: now + WINDOW_MS });
    expect(db.select().from(cohortMembers).where(eq(cohortMembers.userId, student)).all()).toHaveLength(0);
    expect(joinWithCode(db, student, CODE, now + WINDOW_MS + 1)).toMatchObject({ ok: true, cohortName: "Cohorte", already: false });
  });
});
