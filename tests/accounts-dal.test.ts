/**
 * Accounts in the data layer, against a real SQLite file: the last admin, deactivation and session
 * revocation, one-time reset links, password change, the learner's export and erasure (no trace of
 * the e-mail or name left in any table), and the audit row of every sensitive change.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { attempts, auditLog, cohortMembers, loginFailures, passwordResets, responses, revokedSessions, users } = await import("@/db/schema");
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
const { eq } = await import("drizzle-orm");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-accounts-"));
const file = path.join(dir, "test.db");
const { db, sqlite } = openDatabase(file);
const HOUR = 3_600_000;
const now = Date.UTC(2030, 0, 15, 12);
let versionId = "";
let caseDef: Awaited<ReturnType<typeof loadCaseFolder>>;

function user(name: string, role: "student" | "instructor" | "admin", email = `${name}@test.local`) {
  const id = crypto.randomUUID();
  db.insert(users).values({ id, email, name, passwordHash: "x", role, createdAt: now }).run();
  return id;
}
const row = (id: string) => db.select().from(users).where(eq(users.id, id)).get()!;
const auditOf = (targetId: string) =>
  db
    .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.targetId, targetId))
    .all();

beforeAll(async () => {
  runMigrations(db);
  caseDef = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-sentinelle"));
  if (!caseDef.ok) throw new Error("fixture case invalid");
  versionId = publishCaseDefinition(db, caseDef.case, { ownerId: null }).versionId;
  // The fixture database starts with no admin: each test makes its own.
  db.update(users).set({ role: "student" }).where(eq(users.role, "admin")).run();
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the last admin", () => {
  it("cannot be demoted or deactivated, and nobody changes themself", () => {
    db.update(users).set({ role: "instructor" }).where(eq(users.role, "admin")).run();
    const a = user("solo-admin", "admin");
    const b = user("second-admin", "admin");
    expect(store.changeRoleRecord(db, a, a, "student", now)).toEqual({ ok: false, error: "self" });
    expect(store.setDeactivatedRecord(db, a, a, true, now)).toEqual({ ok: false, error: "self" });
    expect(store.changeRoleRecord(db, a, b, "student", now)).toEqual({ ok: true, changed: true });
    expect(auditOf(b)).toEqual([{ action: "user.role-change", actorId: a, details: '{"from":"admin","to":"student"}' }]);
    // b, now a student, cannot be an actor here (the session layer checks the role); a is the only admin left.
    const other = user("helper-admin", "admin");
    expect(store.setDeactivatedRecord(db, other, a, true, now)).toEqual({ ok: true, changed: true });
    // other is now the only active admin: a deactivated admin does not count.
    expect(store.changeRoleRecord(db, a, other, "student", now)).toEqual({ ok: false, error: "last-admin" });
    expect(store.setDeactivatedRecord(db, a, other, true, now)).toEqual({ ok: false, error: "last-admin" });
    expect(row(other).role).toBe("admin");
    db.update(users).set({ role: "instructor" }).where(eq(users.role, "admin")).run();
  });

  it("survives two admins demoting each other at the same instant from two processes", async () => {
    const tsx = path.resolve("node_modules/.bin/tsx");
    const script = path.resolve("tests/support/last-admin-race.ts");
    const sides = [0, 1].map(() => {
      const child = spawn(tsx, ["--conditions=react-server", "--tsconfig", "tsconfig.json", script, file], { stdio: ["pipe", "pipe", "inherit"] });
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
        db.update(users).set({ role: "instructor" }).where(eq(users.role, "admin")).run();
        const a = user(`race-a-${how}`, "admin");
        const b = user(`race-b-${how}`, "admin");
        // Both lines are written before either side answers: the two transactions start together.
        sides[0]!.child.stdin.write(`${a} ${b} ${how}\n`);
        sides[1]!.child.stdin.write(`${b} ${a} ${how}\n`);
        const results = (await Promise.all(sides.map((s) => s.next()))).map((line) => JSON.parse(line) as { ok: boolean; error?: string });
        expect(results.filter((r) => r.ok)).toEqual([{ ok: true, changed: true }]);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "last-admin" }]);
        const active = db.select().from(users).all().filter((u) => u.role === "admin" && u.deactivatedAt === null);
        expect(active.map((u) => u.id).filter((id) => id === a || id === b)).toHaveLength(1);
        expect(active).toHaveLength(1);
      }
    } finally {
      for (const s of sides) s.child.kill();
    }
  }, 60_000);
});

describe("deactivation and sessions", () => {
  it("deactivation ends sessions, keeps data and is audited; sign-out ends only its own session, sign-out everywhere all", () => {
    const admin = user("deact-admin", "admin");
    const s = user("deact-student", "student");
    const revoked = () => db.select().from(revokedSessions).where(eq(revokedSessions.userId, s)).all().map((r) => r.sid).sort();
    expect(row(s).tokenVersion).toBe(0);
    // Sign-out: this session's id is recorded until it would have expired; the account's version stays.
    store.revokeSession(db, s, "sid-phone", now + HOUR, now);
    store.revokeSession(db, s, "sid-phone", now + HOUR, now); // twice: one record
    store.revokeSession(db, s, "sid-laptop", now + 2 * HOUR, now);
    expect(revoked()).toEqual(["sid-laptop", "sid-phone"]);
    expect(row(s).tokenVersion).toBe(0);
    // Records past their expiry are pruned by the next sign-out; an expired token is not recorded at all.
    store.revokeSession(db, s, "sid-old", now, now + HOUR + 1);
    expect(revoked()).toEqual(["sid-laptop"]);
    // Sign-out everywhere: the version moves, every cookie carrying the old one is refused.
    store.revokeSessions(db, s);
    expect(row(s).tokenVersion).toBe(1);
    expect(store.setDeactivatedRecord(db, admin, s, true, now)).toEqual({ ok: true, changed: true });
    expect(row(s)).toMatchObject({ deactivatedAt: now, tokenVersion: 2, name: "deact-student" });
    expect(store.setDeactivatedRecord(db, admin, s, true, now)).toEqual({ ok: true, changed: false });
    expect(store.setDeactivatedRecord(db, admin, s, false, now + 1)).toEqual({ ok: true, changed: true });
    expect(row(s)).toMatchObject({ deactivatedAt: null, tokenVersion: 2 });
    expect(auditOf(s).map((r) => r.action)).toEqual(["user.deactivate", "user.reactivate"]);
    expect(store.setDeactivatedRecord(db, admin, crypto.randomUUID(), true, now)).toEqual({ ok: false, error: "not-found" });
  });

  it("lists accounts by search and page, tombstones excluded", () => {
    for (let i = 0; i < 5; i++) user(`zz-page-${i}`, "student");
    const first = store.listUsersPage(db, { query: "zz-page-", page: 1, pageSize: 2 });
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(first.users.map((u) => u.email)).toEqual(["zz-page-0@test.local", "zz-page-1@test.local"]);
    expect(store.listUsersPage(db, { query: "zz-page-", page: 9, pageSize: 2 }).users.map((u) => u.email)).toEqual(["zz-page-4@test.local"]);
    // LIKE wildcards in the query are literal.
    expect(store.listUsersPage(db, { query: "zz%page", page: 1, pageSize: 2 }).total).toBe(0);
  });
});

describe("password reset links and password change", () => {
  it("are single use, expire after an hour, replace earlier links and end sessions", () => {
    const admin = user("reset-admin", "admin");
    const s = user("reset-student", "student");
    const first = resets.issueResetRecord(db, admin, s, now);
    const second = resets.issueResetRecord(db, admin, s, now + 1);
    if (!first.ok || !second.ok) throw new Error("issue failed");
    expect(second.reset).toMatchObject({ email: "reset-student@test.local", expiresAt: now + 1 + HOUR });
    // Only the digest is stored.
    const stored = db.select().from(passwordResets).where(eq(passwordResets.userId, s)).all();
    expect(stored.map((r) => r.tokenHash)).toEqual([resets.hashResetToken(second.reset.token)]);
    expect(JSON.stringify(stored)).not.toContain(second.reset.token);
    expect(resets.peekReset(db, first.reset.token, now + 2)).toBeUndefined();
    expect(resets.peekReset(db, second.reset.token, now + 1 + HOUR)).toBeUndefined();
    expect(resets.spendResetRecord(db, second.reset.token, "new-hash", now + 1 + HOUR)).toBe(false);
    expect(resets.spendResetRecord(db, second.reset.token, "new-hash", now + 2)).toBe(true);
    expect(row(s)).toMatchObject({ passwordHash: "new-hash", tokenVersion: 1 });
    expect(resets.spendResetRecord(db, second.reset.token, "other", now + 3)).toBe(false);
    expect(row(s).passwordHash).toBe("new-hash");
    expect(auditOf(s).map((r) => [r.action, r.actorId])).toEqual([
      ["user.password-reset-issued", admin],
      ["user.password-reset-issued", admin],
      ["user.password-reset-used", s],
    ]);
    expect(store.changePasswordRecord(db, s, "changed", now + 4)).toBe(true);
    expect(row(s)).toMatchObject({ passwordHash: "changed", tokenVersion: 2 });
    expect(auditOf(s).at(-1)).toEqual({ action: "user.password-change", actorId: s, details: "{}" });
  });

  it("refuses a deactivated account", () => {
    const admin = user("reset-admin-2", "admin");
    const s = user("reset-deact", "student");
    const issued = resets.issueResetRecord(db, admin, s, now);
    if (!issued.ok) throw new Error(issued.error);
    store.setDeactivatedRecord(db, admin, s, true, now);
    expect(resets.issueResetRecord(db, admin, s, now)).toEqual({ ok: false, error: "deactivated" });
    expect(resets.spendResetRecord(db, issued.reset.token, "h", now + 1)).toBe(false);
  });
});

describe("a learner's data", () => {
  it("is exported in full, then erased leaving no e-mail or name in any table", () => {
    const owner = user("erase-owner", "instructor");
    const admin = user("erase-admin", "admin");
    const email = "zephyrine.quatremain@fac-erasure.test";
    const name = "Zéphyrine Quatremain";
    const s = user("x", "student", email);
    db.update(users).set({ name }).where(eq(users.id, s)).run();
    const cohort = createCohortRecord(db, owner, "Promo effacement", now);
    expect(joinCohortByCode(db, s, cohort.joinCode, now).ok).toBe(true);
    const assignment = createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, mode: "training", opensAt: now - HOUR, dueAt: null, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null }, now);
    if (!assignment.ok) throw new Error(assignment.error);
    const started = startAssignmentAttempt(db, s, assignment.id, now);
    if (!started.ok) throw new Error(started.error);
    db.insert(responses).values({ attemptId: started.attemptId, questionId: "q1", stageIndex: 0, answer: '{"choices":["b"]}', points: 1, maxPoints: 1, timeSpentMs: 1200, submittedAt: now + 5000 }).run();
    db.insert(loginFailures).values({ key: `email:${email}`, at: now }).run();
    const issued = resets.issueResetRecord(db, admin, s, now);
    expect(issued.ok).toBe(true);

    const exported = exportUserData(db, s, now + 6000);
    expect(exported).toMatchObject({
      format: "progressif-user-data/1",
      account: { id: s, email, name, role: "student" },
      cohorts: [{ id: cohort.id, name: "Promo effacement" }],
    });
    expect(exported?.attempts).toHaveLength(1);
    expect(exported?.attempts[0]).toMatchObject({ id: started.attemptId, assignmentId: assignment.id, mode: "training", status: "in_progress" });
    expect(exported?.attempts[0]?.answers).toEqual([{ questionId: "q1", stage: 0, answer: { choices: ["b"] }, points: 1, maxPoints: 1, timeSpentMs: 1200, submittedAt: new Date(now + 5000).toISOString() }]);

    expect(eraseUserRecord(db, owner, now)).toEqual({ ok: false, error: "not-student" });
    expect(eraseUserRecord(db, s, now + 7000)).toEqual({ ok: true });
    expect(eraseUserRecord(db, s, now + 7000)).toEqual({ ok: false, error: "not-found" });
    expect(exportUserData(db, s)).toBeNull();

    // Every table, every column: neither the e-mail nor the name (nor their parts) is left anywhere.
    const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
    expect(tables.length).toBeGreaterThan(10);
    const dump = tables.map((t) => JSON.stringify(sqlite.prepare(`select * from "${t.name}"`).all())).join("\n").toLowerCase();
    for (const needle of [email, "zephyrine", "quatremain", "zéphyrine", "fac-erasure"]) expect(dump).not.toContain(needle.toLowerCase());

    // The attempt stays, anonymous, in the cohort's statistics.
    expect(db.select().from(attempts).where(eq(attempts.id, started.attemptId)).get()?.userId).toBe(s);
    expect(db.select().from(cohortMembers).where(eq(cohortMembers.userId, s)).all()).toHaveLength(1);
    expect(row(s)).toMatchObject({ name: "—", passwordHash: "!", erasedAt: now + 7000 });
    expect(auditOf(s).at(-1)).toEqual({ action: "user.erase", actorId: s, details: "{}" });
    expect(store.listUsersPage(db, { query: "erased", page: 1, pageSize: 20 }).total).toBe(0);
  });
});

describe("the audit trail", () => {
  it("records publication, assignments and join-code rotation, and filters them", () => {
    if (!caseDef.ok) throw new Error("fixture");
    const prof = user("audit-prof", "instructor");
    const { caseId } = createAuthoredCase(db, prof, { ...caseDef.case, slug: "audit-case", title: "Cas audité" }, now);
    const published = publishDraftRecord(db, prof, caseId, now + 1);
    if (!published.ok) throw new Error(published.error);
    expect(auditOf(published.versionId)).toEqual([{ action: "case.publish", actorId: prof, details: JSON.stringify({ caseId, version: 1 }) }]);

    const cohort = createCohortRecord(db, prof, "Promo audit", now);
    expect(db.transaction((tx) => rotateJoinCodeRecord(tx as unknown as typeof db, prof, cohort.id))).toMatch(/\S/);
    expect(db.transaction((tx) => rotateJoinCodeRecord(tx as unknown as typeof db, crypto.randomUUID(), cohort.id))).toBeNull();
    expect(auditOf(cohort.id)).toEqual([{ action: "cohort.join-code-rotate", actorId: prof, details: "{}" }]);

    const input = { cohortId: cohort.id, caseVersionId: published.versionId, mode: "exam" as const, opensAt: now, dueAt: now + HOUR, attemptsAllowed: 1, countingRule: "best" as const, latePolicy: "refuse" as const, timeLimitMinutes: 30 };
    const created = createAssignmentRecord(db, prof, input, now + 2);
    if (!created.ok) throw new Error(created.error);
    expect(updateAssignmentRecord(db, prof, { ...input, assignmentId: created.id, attemptsAllowed: 2 }).ok).toBe(true);
    expect(deleteAssignmentRecord(db, prof, created.id).ok).toBe(true);
    expect(auditOf(created.id).map((r) => r.action)).toEqual(["assignment.create", "assignment.update", "assignment.delete"]);
    expect(JSON.parse(auditOf(created.id)[1]!.details)).toMatchObject({ attemptsAllowed: 2, latePolicy: "refuse" });

    const byActor = auditPage(db, parseAuditFilter({ actor: "audit-prof@test" }, auditActions, "UTC"));
    expect(byActor.rows.map((r) => r.action).sort()).toEqual(["assignment.create", "assignment.delete", "assignment.update", "case.publish", "cohort.join-code-rotate"]);
    expect(byActor.rows.every((r) => r.actorEmail === "audit-prof@test.local")).toBe(true);
    const publishes = auditPage(db, parseAuditFilter({ action: "case.publish", actor: prof }, auditActions, "UTC"));
    expect(publishes.total).toBe(1);
    const day = new Date(now).toISOString().slice(0, 10);
    // Publication and creation took the test's clock (2030); the others the machine's (before 2030).
    expect(auditPage(db, parseAuditFilter({ actor: prof, from: day, to: day }, auditActions, "UTC")).rows.map((r) => r.action)).toEqual(["assignment.create", "case.publish"]);
    expect(auditPage(db, parseAuditFilter({ actor: prof, from: day }, auditActions, "UTC")).total).toBe(2);
    expect(auditPage(db, parseAuditFilter({ actor: prof, to: "2029-12-31" }, auditActions, "UTC")).total).toBe(3);
    expect(auditPage(db, parseAuditFilter({ target: cohort.id }, auditActions, "UTC")).rows.map((r) => r.action)).toEqual(["cohort.join-code-rotate"]);
  });
});
