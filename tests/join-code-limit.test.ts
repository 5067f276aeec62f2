/**
 * The limit of wrong cohort codes holds when several server processes (PROGRESSIF_WORKERS ≥ 2, or
 * several servers on one PostgreSQL) take one student's tries at the same moment: each try is counted
 * in the same transaction as the check, holding the student's lock, so exactly MAX_JOIN_FAILURES wrong
 * codes are looked up, whatever the interleaving, and the rest are refused without a lookup. To make
 * the tries pile up as they would behind a long write, the test holds that lock (SQLite: the write
 * lock) until every process has started its first try.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
const { cohorts, cohortMembers, loginFailures, users } = await import("@/db/schema");
const { openTestDb } = await import("./support/test-db");
const { childEnv } = await import("./support/engine-target");
const { createCohortRecord, joinWithCode } = await import("@/lib/dal/cohort-store");
const { MAX_JOIN_FAILURES, WINDOW_MS } = await import("@/lib/auth/rate-limit-policy");
const { JOIN_CODE_ALPHABET } = await import("@/lib/teach/join-code");
const { eq } = await import("drizzle-orm");

const root = path.resolve(__dirname, "..");
let t: Awaited<ReturnType<typeof openTestDb>>;
const now = Date.UTC(2030, 0, 15, 12);
const PROCESSES = 4;
const TRIES_EACH = 3;
const CODE = "ABCDEFGH";
const student = crypto.randomUUID();

type Guesser = { ready: Promise<void>; trying: Promise<void>; go: () => void; done: Promise<{ code: number | null; answers: string[]; err: string }> };

function guesser(index: number): Guesser {
  const child = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "tests/fixtures/concurrency/join-guesser.ts", student, String(TRIES_EACH), String(now), String(index * TRIES_EACH)],
    { cwd: root, env: childEnv(t) },
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

beforeAll(async () => {
  t = await openTestDb();
  const ownerId = crypto.randomUUID();
  await transaction(t.db, async (tx) => {
    await tx.insert(users).values({ id: ownerId, email: "owner@test.local", name: "Owner", passwordHash: "x", role: "instructor", createdAt: now });
    await tx.insert(users).values({ id: student, email: "student@test.local", name: "Student", passwordHash: "x", role: "student", createdAt: now });
  });
  const cohort = await createCohortRecord(t.db, ownerId, "Cohorte");
  await transaction(t.db, async (tx) => {
    await tx.update(cohorts).set({ joinCode: CODE }).where(eq(cohorts.id, cohort.id));
  });
});

afterAll(async () => {
  await t?.close();
});

describe("join-code limit", () => {
  it("counts 12 parallel wrong codes from four processes: exactly the limit is looked up", { timeout: 120_000 }, async () => {
    // One wrong code short of the limit: of the parallel tries, exactly one may still be looked up.
    for (let i = 0; i < MAX_JOIN_FAILURES - 1; i++) expect(await joinWithCode(t.db, student, `YYYYYYY${JOIN_CODE_ALPHABET[i]}`, now)).toEqual({ ok: false, error: "unknown-code" });
    const guessers = Array.from({ length: PROCESSES }, (_, i) => guesser(i));
    await Promise.all(guessers.map((g) => g.ready));
    // Holds the student's lock (SQLite: the database's write lock) while every process starts its first try.
    await transaction(
      t.db,
      async () => {
        for (const g of guessers) g.go();
        await Promise.all(guessers.map((g) => g.trying));
      },
      { lock: [`join:${student}`] },
    );
    const results = await Promise.all(guessers.map((g) => g.done));
    expect(results.map((r) => [r.code, r.err])).toEqual(Array.from({ length: PROCESSES }, () => [0, ""]));
    const answers = results.flatMap((r) => r.answers);
    expect(answers).toHaveLength(PROCESSES * TRIES_EACH);
    expect(answers.filter((a) => a === "unknown-code")).toHaveLength(1);
    expect(answers.filter((a) => a === "rate-limited")).toHaveLength(PROCESSES * TRIES_EACH - 1);
    expect(await t.db.select().from(loginFailures).where(eq(loginFailures.key, `join:${student}`))).toHaveLength(MAX_JOIN_FAILURES);

    // Even the right code is refused until the window has passed; then it joins.
    expect(await joinWithCode(t.db, student, CODE, now + 1000)).toEqual({ ok: false, error: "rate-limited", retryAt: now + WINDOW_MS });
    expect(await t.db.select().from(cohortMembers).where(eq(cohortMembers.userId, student))).toHaveLength(0);
    expect(await joinWithCode(t.db, student, CODE, now + WINDOW_MS + 1)).toMatchObject({ ok: true, cohortName: "Cohorte", already: false });
  });
});
