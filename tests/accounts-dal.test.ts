/**
 * Accounts in the data layer, against a real database (SQLite file, or PostgreSQL in the "postgres"
 * project): the last admin, deactivation and session revocation, one-time reset links, password
 * change, the learner's export and erasure (no trace of the e-mail or name left in any table), and
 * the audit row of every sensitive change.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { transaction } = await import("@/db/client");
type Db = import("@/db/client").Db;
const schema = await import("@/db/schema");
const { attempts, auditLog, cohortMembers, loginFailures, passwordResets, responses, revokedSessions, users } = schema;
const { openTestDb } = await import("./support/test-db");
const { childEnv } = await import("./support/engine-target");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { createCohortRecord, joinCohortByCode, rotateJoinCodeRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord, deleteAssignmentRecord, updateAssignmentRecord } = await import("@/lib/dal/assignment-store");
const { createAuthoredCase } = await import("@/lib/dal/authoring-store");
const { publishDraftRecord } = await import("@/lib/dal/authoring-versions");
const { startAssignmentAttempt } = await import("@/lib/dal/attempt-start");
const store = await import("@/lib/dal/account-store");
const resets = await import("@/lib/dal/password-reset-store");
const { eraseUserRecord, exportUserData } = await import("@/lib/dal/erasure-store");
const { auditPage } = await import("@/lib/dal/audit-queries");
const { parseAuditFilter } = await import("@/lib/admin/audit-filter");
const { auditActions } = await import("@/lib/dal/audit");
const { asc, eq, is, Table } = await import("drizzle-orm");

let t: Awaited<ReturnType<typeof openTestDb>>;
let db: Db;
const HOUR = 3_600_000;
const now = Date.UTC(2030, 0, 15, 12);
let versionId = "";
let caseDef: Awaited<ReturnType<typeof loadCaseFolder>>;

/** Fixture writes (the DAL's own writes are what the tests exercise). */
const write = (fn: (tx: Db) => Promise<unknown>) => transaction(db, async (tx) => void (await fn(tx)));
const noAdminLeft = () => write((tx) => tx.update(users).set({ role: "instructor" }).where(eq(users.role, "admin")));

async function user(name: string, role: "student" | "instructor" | "admin", email = `${name}@test.local`) {
  const id = crypto.randomUUID();
  await write((tx) => tx.insert(users).values({ id, email, name, passwordHash: "x", role, createdAt: now }));
  return id;
}
const row = async (id: string) => (await db.select().from(users).where(eq(users.id, id)).limit(1))[0]!;
const auditOf = (targetId: string) =>
  db
    .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.targetId, targetId))
    .orderBy(asc(auditLog.id));

beforeAll(async () => {
  t = await openTestDb();
  db = t.db;
  caseDef = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-sentinelle"));
  if (!caseDef.ok) throw new Error("fixture case invalid");
  versionId = (await publishCaseDefinition(db, caseDef.case, { ownerId: null })).versionId;
  // The fixture database starts with no admin: each test makes its own.
  await write((tx) => tx.update(users).set({ role: "student" }).where(eq(users.role, "admin")));
});

afterAll(async () => {
  await t?.close();
});

describe("the last admin", () => {
  it("cannot be demoted or deactivated, and nobody changes themself", async () => {
    await noAdminLeft();
    const a = await user("solo-admin", "admin");
    const b = await user("second-admin", "admin");
    expect(await store.changeRoleRecord(db, a, a, "student", now)).toEqual({ ok: false, error: "self" });
    expect(await store.setDeactivatedRecord(db, a, a, true, now)).toEqual({ ok: false, error: "self" });
    expect(await store.changeRoleRecord(db, a, b, "student", now)).toEqual({ ok: true, changed: true });
    expect(await auditOf(b)).toEqual([{ action: "user.role-change", actorId: a, details: { from: "admin", to: "student" } }]);
    // b, now a student, cannot be an actor here (the session layer checks the role); a is the only admin left.
    const other = await user("helper-admin", "admin");
    expect(await store.setDeactivatedRecord(db, other, a, true, now)).toEqual({ ok: true, changed: true });
    // other is now the only active admin: a deactivated admin does not count.
    expect(await store.changeRoleRecord(db, a, other, "student", now)).toEqual({ ok: false, error: "last-admin" });
    expect(await store.setDeactivatedRecord(db, a, other, true, now)).toEqual({ ok: false, error: "last-admin" });
    expect((await row(other)).role).toBe("admin");
    await noAdminLeft();
  });

  it("survives two admins demoting each other at the same instant from two processes", async () => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const script = path.resolve("tests/support/last-admin-race.ts");
    const sides = [0, 1].map(() => {
      const child = spawn(tsx, ["--conditions=react-server", "--tsconfig", "tsconfig.json", script], { stdio: ["pipe", "pipe", "inherit"], env: childEnv(t) });
      const lines: string[] = [];
      const waiters: ((line: string) => void)[] = [];
      let buffer = "";
      child.stdout.on("data", (d: Buffer) => {
        buffer += d.toString();
        for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
          const line = buffer.slice(0, i);
          buffer = buffer.slice(i + 1);
          const waiter = waiters.shift();
          if (waiter) waiter(line);
          else lines.push(line);
        }
      });
      const next = () => new Promise<string>((resolve) => (lines.length ? resolve(lines.shift()!) : waiters.push(resolve)));
      return { child, next };
    });
    try {
      expect(await Promise.all(sides.map((s) => s.next()))).toEqual(["ready", "ready"]);
      for (const how of ["role", "deactivate"] as const) {
        await noAdminLeft();
        const a = await user(`race-a-${how}`, "admin");
        const b = await user(`race-b-${how}`, "admin");
        // Both lines are written before either side answers: the two transactions start together.
        sides[0]!.child.stdin.write(`${a} ${b} ${how}\n`);
        sides[1]!.child.stdin.write(`${b} ${a} ${how}\n`);
        const results = (await Promise.all(sides.map((s) => s.next()))).map((line) => JSON.parse(line) as { ok: boolean; error?: string });
        expect(results.filter((r) => r.ok)).toEqual([{ ok: true, changed: true }]);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "last-admin" }]);
        const active = (await db.select().from(users)).filter((u) => u.role === "admin" && u.deactivatedAt === null);
        expect(active.map((u) => u.id).filter((id) => id === a || id === b)).toHaveLength(1);
        expect(active).toHaveLength(1);
      }
    } finally {
      for (const s of sides) s.child.kill();
    }
  }, 60_000);
});

describe("deactivation and sessions", () => {
  it("deactivation ends sessions, keeps data and is audited; sign-out ends only its own session, sign-out everywhere all", async () => {
    const admin = await user("deact-admin", "admin");
    const s = await user("deact-student", "student");
    const revoked = async () => (await db.select().from(revokedSessions).where(eq(revokedSessions.userId, s))).map((r) => r.sid).sort();
    expect((await row(s)).tokenVersion).toBe(0);
    // Sign-out: this session's id is recorded until it would have expired; the account's version stays.
    await store.revokeSession(db, s, "sid-phone", now + HOUR, now);
    await store.revokeSession(db, s, "sid-phone", now + HOUR, now); // twice: one record
    await store.revokeSession(db, s, "sid-laptop", now + 2 * HOUR, now);
    expect(await revoked()).toEqual(["sid-laptop", "sid-phone"]);
    expect((await row(s)).tokenVersion).toBe(0);
    // Records past their expiry are pruned by the next sign-out; an expired token is not recorded at all.
    await store.revokeSession(db, s, "sid-old", now, now + HOUR + 1);
    expect(await revoked()).toEqual(["sid-laptop"]);
    // Sign-out everywhere: the version moves, every cookie carrying the old one is refused.
    await store.revokeSessions(db, s);
    expect((await row(s)).tokenVersion).toBe(1);
    expect(await store.setDeactivatedRecord(db, admin, s, true, now)).toEqual({ ok: true, changed: true });
    expect(await row(s)).toMatchObject({ deactivatedAt: now, tokenVersion: 2, name: "deact-student" });
    expect(await store.setDeactivatedRecord(db, admin, s, true, now)).toEqual({ ok: true, changed: false });
    expect(await store.setDeactivatedRecord(db, admin, s, false, now + 1)).toEqual({ ok: true, changed: true });
    expect(await row(s)).toMatchObject({ deactivatedAt: null, tokenVersion: 2 });
    expect((await auditOf(s)).map((r) => r.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(await store.setDeactivatedRecord(db, admin, crypto.randomUUID(), true, now)).toEqual({ ok: false, error: "not-found" });
  });

  it("lists accounts by search and page, tombstones excluded", async () => {
    for (let i = 0; i < 5; i++) await user(`zz-page-${i}`, "student");
    const first = await store.listUsersPage(db, { query: "zz-page-", page: 1, pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(first.users.map((u) => u.email)).toEqual(["zz-page-0@test.local", "zz-page-1@test.local"]);
    expect((await store.listUsersPage(db, { query: "zz-page-", page: 9, pageSize: 2 })).users.map((u) => u.email)).toEqual(["zz-page-4@test.local"]);
    // LIKE wildcards in the query are literal.
    expect((await store.listUsersPage(db, { query: "zz%page", page: 1, pageSize: 2 })).total).toBe(0);
    // The search ignores case, on both engines (PostgreSQL's LIKE does not).
    expect((await store.listUsersPage(db, { query: "ZZ-Page-", page: 1, pageSize: 2 })).total).toBe(5);
  });
});

describe("password reset links and password change", () => {
  it("are single use, expire after an hour, replace earlier links and end sessions", async () => {
    const admin = await user("reset-admin", "admin");
    const s = await user("reset-student", "student");
    const first = await resets.issueResetRecord(db, admin, s, now);
    const second = await resets.issueResetRecord(db, admin, s, now + 1);
    if (!first.ok || !second.ok) throw new Error("issue failed");
    expect(second.reset).toMatchObject({ email: "reset-student@test.local", expiresAt: now + 1 + HOUR });
    // Only the digest is stored.
    const stored = await db.select().from(passwordResets).where(eq(passwordResets.userId, s));
    expect(stored.map((r) => r.tokenHash)).toEqual([resets.hashResetToken(second.reset.token)]);
    expect(JSON.stringify(stored)).not.toContain(second.reset.token);
    expect(await resets.peekReset(db, first.reset.token, now + 2)).toBeUndefined();
    expect(await resets.peekReset(db, second.reset.token, now + 1 + HOUR)).toBeUndefined();
    expect(await resets.spendResetRecord(db, second.reset.token, "new-hash", now + 1 + HOUR)).toBe(false);
    expect(await resets.spendResetRecord(db, second.reset.token, "new-hash", now + 2)).toBe(true);
    expect(await row(s)).toMatchObject({ passwordHash: "new-hash", tokenVersion: 1 });
    expect(await resets.spendResetRecord(db, second.reset.token, "other", now + 3)).toBe(false);
    expect((await row(s)).passwordHash).toBe("new-hash");
    expect((await auditOf(s)).map((r) => [r.action, r.actorId])).toEqual([
      ["user.password-reset-issued", admin],
      ["user.password-reset-issued", admin],
      ["user.password-reset-used", s],
    ]);
    expect(await store.changePasswordRecord(db, s, "changed", now + 4)).toBe(true);
    expect(await row(s)).toMatchObject({ passwordHash: "changed", tokenVersion: 2 });
    expect((await auditOf(s)).at(-1)).toEqual({ action: "user.password-change", actorId: s, details: {} });
  });

  it("refuses a deactivated account", async () => {
    const admin = await user("reset-admin-2", "admin");
    const s = await user("reset-deact", "student");
    const issued = await resets.issueResetRecord(db, admin, s, now);
    if (!issued.ok) throw new Error(issued.error);
    await store.setDeactivatedRecord(db, admin, s, true, now);
    expect(await resets.issueResetRecord(db, admin, s, now)).toEqual({ ok: false, error: "deactivated" });
    expect(await resets.spendResetRecord(db, issued.reset.token, "h", now + 1)).toBe(false);
  });
});

describe("a learner's data", () => {
  it("is exported in full, then erased leaving no e-mail or name in any table", async () => {
    const owner = await user("erase-owner", "instructor");
    const admin = await user("erase-admin", "admin");
    const email = "zephyrine.quatremain@fac-erasure.test";
    const name = "Zéphyrine Quatremain";
    const s = await user("x", "student", email);
    await write((tx) => tx.update(users).set({ name }).where(eq(users.id, s)));
    const cohort = await createCohortRecord(db, owner, "Promo effacement", now);
    expect((await joinCohortByCode(db, s, cohort.joinCode, now)).ok).toBe(true);
    const assignment = await createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, mode: "training", opensAt: now - HOUR, dueAt: null, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null }, now);
    if (!assignment.ok) throw new Error(assignment.error);
    const started = await startAssignmentAttempt(db, s, assignment.id, now);
    if (!started.ok) throw new Error(started.error);
    await write((tx) => tx.insert(responses).values({ attemptId: started.attemptId, questionId: "q1", stageIndex: 0, answer: { choices: ["b"] }, points: 1, maxPoints: 1, timeSpentMs: 1200, submittedAt: now + 5000 }));
    await write((tx) => tx.insert(loginFailures).values({ key: `email:${email}`, at: now }));
    const issued = await resets.issueResetRecord(db, admin, s, now);
    expect(issued.ok).toBe(true);

    const exported = await exportUserData(db, s, now + 6000);
    expect(exported).toMatchObject({
      format: "progressif-user-data/1",
      account: { id: s, email, name, role: "student" },
      cohorts: [{ id: cohort.id, name: "Promo effacement" }],
    });
    expect(exported?.attempts).toHaveLength(1);
    expect(exported?.attempts[0]).toMatchObject({ id: started.attemptId, assignmentId: assignment.id, mode: "training", status: "in_progress" });
    expect(exported?.attempts[0]?.answers).toEqual([{ questionId: "q1", stage: 0, answer: { choices: ["b"] }, points: 1, maxPoints: 1, timeSpentMs: 1200, submittedAt: new Date(now + 5000).toISOString() }]);

    expect(await eraseUserRecord(db, owner, now)).toEqual({ ok: false, error: "not-student" });
    expect(await eraseUserRecord(db, s, now + 7000)).toEqual({ ok: true });
    expect(await eraseUserRecord(db, s, now + 7000)).toEqual({ ok: false, error: "not-found" });
    expect(await exportUserData(db, s)).toBeNull();

    // Every table, every column: neither the e-mail nor the name (nor their parts) is left anywhere.
    // The tables are the schema's (tests/schema-parity.test.ts keeps both engines' migrations equal to it).
    const tables = [...new Set(Object.values(schema).filter((v): v is typeof users => is(v, Table)))];
    expect(tables.length).toBeGreaterThan(10);
    const dump = (await Promise.all(tables.map(async (table) => JSON.stringify(await db.select().from(table))))).join("\n").toLowerCase();
    for (const needle of [email, "zephyrine", "quatremain", "zéphyrine", "fac-erasure"]) expect(dump).not.toContain(needle.toLowerCase());

    // The attempt stays, anonymous, in the cohort's statistics.
    expect((await db.select().from(attempts).where(eq(attempts.id, started.attemptId)))[0]?.userId).toBe(s);
    expect(await db.select().from(cohortMembers).where(eq(cohortMembers.userId, s))).toHaveLength(1);
    expect(await row(s)).toMatchObject({ name: "—", passwordHash: "!", erasedAt: now + 7000 });
    expect((await auditOf(s)).at(-1)).toEqual({ action: "user.erase", actorId: s, details: {} });
    expect((await store.listUsersPage(db, { query: "erased", page: 1, pageSize: 20 })).total).toBe(0);
  });
});

describe("the audit trail", () => {
  it("records publication, assignments and join-code rotation, and filters them", async () => {
    if (!caseDef.ok) throw new Error("fixture");
    const prof = await user("audit-prof", "instructor");
    const { caseId } = await createAuthoredCase(db, prof, { ...caseDef.case, slug: "audit-case", title: "Cas audité" }, now);
    const published = await publishDraftRecord(db, prof, caseId, now + 1);
    if (!published.ok) throw new Error(published.error);
    expect(await auditOf(published.versionId)).toEqual([{ action: "case.publish", actorId: prof, details: { caseId, version: 1 } }]);

    const cohort = await createCohortRecord(db, prof, "Promo audit", now);
    // Inside a caller's transaction, the audit row joins it.
    expect(await transaction(db, (tx) => rotateJoinCodeRecord(tx, prof, cohort.id))).toMatch(/\S/);
    expect(await transaction(db, (tx) => rotateJoinCodeRecord(tx, crypto.randomUUID(), cohort.id))).toBeNull();
    expect(await auditOf(cohort.id)).toEqual([{ action: "cohort.join-code-rotate", actorId: prof, details: {} }]);

    const input = { cohortId: cohort.id, caseVersionId: published.versionId, mode: "exam" as const, opensAt: now, dueAt: now + HOUR, attemptsAllowed: 1, countingRule: "best" as const, latePolicy: "refuse" as const, timeLimitMinutes: 30 };
    const created = await createAssignmentRecord(db, prof, input, now + 2);
    if (!created.ok) throw new Error(created.error);
    expect((await updateAssignmentRecord(db, prof, { ...input, assignmentId: created.id, attemptsAllowed: 2 })).ok).toBe(true);
    expect((await deleteAssignmentRecord(db, prof, created.id)).ok).toBe(true);
    expect((await auditOf(created.id)).map((r) => r.action)).toEqual(["assignment.create", "assignment.update", "assignment.delete"]);
    expect((await auditOf(created.id))[1]!.details).toMatchObject({ attemptsAllowed: 2, latePolicy: "refuse" });

    const byActor = await auditPage(db, parseAuditFilter({ actor: "audit-prof@test" }, auditActions, "UTC"));
    expect(byActor.rows.map((r) => r.action).sort()).toEqual(["assignment.create", "assignment.delete", "assignment.update", "case.publish", "cohort.join-code-rotate"]);
    expect(byActor.rows.every((r) => r.actorEmail === "audit-prof@test.local")).toBe(true);
    const publishes = await auditPage(db, parseAuditFilter({ action: "case.publish", actor: prof }, auditActions, "UTC"));
    expect(publishes.total).toBe(1);
    const day = new Date(now).toISOString().slice(0, 10);
    // Publication and creation took the test's clock (2030); the others the machine's (before 2030).
    expect((await auditPage(db, parseAuditFilter({ actor: prof, from: day, to: day }, auditActions, "UTC"))).rows.map((r) => r.action)).toEqual(["assignment.create", "case.publish"]);
    expect((await auditPage(db, parseAuditFilter({ actor: prof, from: day }, auditActions, "UTC"))).total).toBe(2);
    expect((await auditPage(db, parseAuditFilter({ actor: prof, to: "2029-12-31" }, auditActions, "UTC"))).total).toBe(3);
    expect((await auditPage(db, parseAuditFilter({ target: cohort.id }, auditActions, "UTC"))).rows.map((r) => r.action)).toEqual(["cohort.join-code-rotate"]);
    // The actor's e-mail matches whatever its case, on both engines.
    expect((await auditPage(db, parseAuditFilter({ actor: "AUDIT-Prof@TEST" }, auditActions, "UTC"))).total).toBe(5);
  });
});
