/**
 * A throwaway SQLite file with the sentinel case published, users, and a cohort of one student
 * with an assignment: the fixtures the deadline and exam-protection DAL tests share. Import it
 * after `vi.mock("server-only", …)` (dynamic import), as the data layer it uses.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { users } from "@/db/schema";
import { loadCaseFolder } from "@/lib/content/load";
import { publishCaseDefinition } from "@/lib/dal/case-store";
import { addMemberRecord, createCohortRecord } from "@/lib/dal/cohort-store";
import { createAssignmentRecord, type AssignmentRecordInput } from "@/lib/dal/assignment-store";

export const HOUR = 3_600_000;

type AssignmentOptions = Omit<AssignmentRecordInput, "cohortId" | "caseVersionId">;

export async function sentinelFixture(prefix: string, createdAt: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const { db, sqlite } = openDatabase(path.join(dir, "test.db"));
  runMigrations(db);
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../../e2e/fixtures/cases/cas-sentinelle"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  const versionId = publishCaseDefinition(db, loaded.case, { ownerId: null }).versionId;

  function user(name: string, role: "student" | "instructor") {
    const id = crypto.randomUUID();
    db.insert(users).values({ id, email: `${name}-${id}@test.local`, name, passwordHash: "x", role, createdAt }).run();
    return id;
  }

  /** A new cohort of `owner` with one new student, and an assignment of the sentinel case with these options. */
  function assignedStudent(owner: string, options: AssignmentOptions, now?: number) {
    const cohort = createCohortRecord(db, owner, `Cohorte ${crypto.randomUUID()}`);
    const student = user("student", "student");
    addMemberRecord(db, cohort.id, student);
    const created = createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, ...options }, now);
    if (!created.ok) throw new Error(created.error);
    return { student, cohortId: cohort.id, assignmentId: created.id };
  }

  function close() {
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  return { db, versionId, user, assignedStudent, close };
}
