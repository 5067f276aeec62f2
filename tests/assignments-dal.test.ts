/**
 * The assignment rules in the data layer, against a real SQLite file: membership, opening date,
 * attempts allowed, late policy, pinned version and time limit, and owner-only review.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

const { openDatabase } = await import("@/db/client");
const { runMigrations } = await import("@/db/migrate");
const { attempts, users } = await import("@/db/schema");
const { loadCaseFolder } = await import("@/lib/content/load");
const { publishCaseDefinition } = await import("@/lib/dal/case-store");
const { addMemberRecord, createCohortRecord, joinCohortByCode, removeMemberRecord } = await import("@/lib/dal/cohort-store");
const { createAssignmentRecord } = await import("@/lib/dal/assignment-store");
const { startAssignmentAttempt } = await import("@/lib/dal/attempt-start");
const { assignmentCards } = await import("@/lib/dal/library");
const { loadAssignmentReview } = await import("@/lib/dal/review-store");
const { loadReviewedAttempt } = await import("@/lib/dal/reviewed-attempt");
const { eq } = await import("drizzle-orm");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-dal-"));
const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
const HOUR = 3_600_000;
const now = Date.UTC(2030, 0, 15, 12);
let versionId = "";
const ids = { owner: "", other: "", student: "", outsider: "" };

function user(name: string, role: "student" | "instructor") {
  const id = crypto.randomUUID();
  db.insert(users).values({ id, email: `${name}@test.local`, name, passwordHash: "x", role, createdAt: now }).run();
  return id;
}

function assign(cohortId: string, over: Partial<Parameters<typeof createAssignmentRecord>[2]> = {}) {
  const result = createAssignmentRecord(db, ids.owner, {
    cohortId,
    caseVersionId: versionId,
    mode: "training",
    opensAt: now - HOUR,
    dueAt: now + 24 * HOUR,
    attemptsAllowed: 1,
    countingRule: "best",
    latePolicy: "accept",
    timeLimitMinutes: null,
    ...over,
  });
  if (!result.ok) throw new Error(result.error);
  return result.id;
}

beforeAll(async () => {
  runMigrations(db);
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../e2e/fixtures/cases/cas-sentinelle"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  versionId = publishCaseDefinition(db, loaded.case, { ownerId: null }).versionId;
  ids.owner = user("owner", "instructor");
  ids.other = user("other", "instructor");
  ids.student = user("student", "student");
  ids.outsider = user("outsider", "student");
});

afterAll(() => {
  sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("starting an assignment", () => {
  it("pins the version, mode and time limit, and records the assignment", () => {
    const cohort = createCohortRecord(db, ids.owner, "Examens");
    addMemberRecord(db, cohort.id, ids.student);
    const id = assign(cohort.id, { mode: "exam", timeLimitMinutes: 30 });
    const started = startAssignmentAttempt(db, ids.student, id, now);
    expect(started).toMatchObject({ ok: true, resumed: false });
    const row = db.select().from(attempts).where(eq(attempts.id, started.ok ? started.attemptId : "")).get()!;
    expect(row).toMatchObject({ assignmentId: id, caseVersionId: versionId, mode: "exam", late: false, deadlineAt: now + 30 * 60_000 });
    // While it is open, starting again resumes it instead of using another attempt.
    expect(startAssignmentAttempt(db, ids.student, id, now + 1000)).toEqual({ ok: true, attemptId: row.id, resumed: true });
  });

  it("refuses non-members, before opening, and past the attempts allowed", () => {
    const cohort = createCohortRecord(db, ids.owner, "Règles");
    addMemberRecord(db, cohort.id, ids.student);
    const future = assign(cohort.id, { opensAt: now + HOUR });
    expect(startAssignmentAttempt(db, ids.outsider, future, now)).toEqual({ ok: false, error: "not-found" });
    expect(startAssignmentAttempt(db, ids.student, future, now)).toEqual({ ok: false, error: "not-open" });
    expect(startAssignmentAttempt(db, ids.student, future, now + HOUR).ok).toBe(true);

    const once = assign(cohort.id);
    const first = startAssignmentAttempt(db, ids.student, once, now);
    db.update(attempts).set({ status: "finished", finishedAt: now, score: 1, maxScore: 7 }).where(eq(attempts.id, first.ok ? first.attemptId : "")).run();
    expect(startAssignmentAttempt(db, ids.student, once, now + 1)).toEqual({ ok: false, error: "no-attempts-left" });
  });

  it("follows the late policy after the due date", () => {
    const cohort = createCohortRecord(db, ids.owner, "Retards");
    addMemberRecord(db, cohort.id, ids.student);
    const refuse = assign(cohort.id, { latePolicy: "refuse", dueAt: now - 1 });
    expect(startAssignmentAttempt(db, ids.student, refuse, now)).toEqual({ ok: false, error: "closed" });
    const accept = assign(cohort.id, { latePolicy: "accept", dueAt: now - 1 });
    const late = startAssignmentAttempt(db, ids.student, accept, now);
    expect(db.select({ late: attempts.late }).from(attempts).where(eq(attempts.id, late.ok ? late.attemptId : "")).get()).toEqual({ late: true });
  });
});

describe("cohort membership", () => {
  it("joins with the current code only, and a removed member loses the assignments", () => {
    const cohort = createCohortRecord(db, ids.owner, "Adhésion");
    const id = assign(cohort.id);
    expect(joinCohortByCode(db, ids.outsider, "AAAAAAAA")).toEqual({ ok: false, error: "unknown-code" });
    expect(joinCohortByCode(db, ids.outsider, cohort.joinCode)).toMatchObject({ ok: true, already: false });
    expect(assignmentCards(db, ids.outsider, now).map((c) => c.id)).toContain(id);
    // Only the owner can remove a member.
    expect(removeMemberRecord(db, ids.other, cohort.id, ids.outsider)).toBe(false);
    expect(removeMemberRecord(db, ids.owner, cohort.id, ids.outsider)).toBe(true);
    expect(assignmentCards(db, ids.outsider, now).map((c) => c.id)).not.toContain(id);
    expect(startAssignmentAttempt(db, ids.outsider, id, now)).toEqual({ ok: false, error: "not-found" });
  });

  it("assigns only to the owner's cohorts", () => {
    const cohort = createCohortRecord(db, ids.owner, "Propriété");
    const result = createAssignmentRecord(db, ids.other, { cohortId: cohort.id, caseVersionId: versionId, mode: "training", opensAt: now, dueAt: null, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null });
    expect(result).toEqual({ ok: false, error: "not-found" });
  });
});

describe("review access", () => {
  it("is the owner's only, and a drill-down needs an attempt of that assignment", () => {
    const cohort = createCohortRecord(db, ids.owner, "Revue");
    addMemberRecord(db, cohort.id, ids.student);
    const id = assign(cohort.id);
    const started = startAssignmentAttempt(db, ids.student, id, now);
    const attemptId = started.ok ? started.attemptId : "";
    expect(loadAssignmentReview(db, ids.owner, id, now)?.review.completion).toMatchObject({ members: 1, inProgress: 1 });
    expect(loadAssignmentReview(db, ids.other, id, now)).toBeNull();
    expect(loadReviewedAttempt(db, ids.owner, id, attemptId, "fr", now)?.student.name).toBe("student");
    expect(loadReviewedAttempt(db, ids.other, id, attemptId, "fr", now)).toBeNull();
    const otherCohort = createCohortRecord(db, ids.other, "Autre");
    const otherAssignment = createAssignmentRecord(db, ids.other, { cohortId: otherCohort.id, caseVersionId: versionId, mode: "training", opensAt: now, dueAt: null, attemptsAllowed: 1, countingRule: "best", latePolicy: "accept", timeLimitMinutes: null });
    expect(otherAssignment.ok && loadReviewedAttempt(db, ids.other, otherAssignment.id, attemptId, "fr", now)).toBeNull();
  });
});
