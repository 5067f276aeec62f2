/**
 * A migrated test database (tests/support/test-db.ts: SQLite or PostgreSQL, per vitest project) with the
 * sentinel case published, users, and a cohort of one student with an assignment: the fixtures the
 * deadline, exam-protection, assignment and progress DAL tests share. Import it after `vi.mock("server-only", …)` (dynamic
 * import), as the data layer it uses.
 */
import path from "node:path";
import { transaction } from "@/db/client";
import { users } from "@/db/schema";
import { loadCaseFolder } from "@/lib/content/load";
import type { CaseDefinition } from "@/lib/content/schema";
import { publishCaseDefinition } from "@/lib/dal/case-store";
import { addMemberRecord, createCohortRecord } from "@/lib/dal/cohort-store";
import { createAssignmentRecord, type AssignmentRecordInput } from "@/lib/dal/assignment-store";
import { openTestDb } from "./test-db";

export const HOUR = 3_600_000;

type AssignmentOptions = Omit<AssignmentRecordInput, "cohortId" | "caseVersionId">;

/** `edit` changes the sentinel case before it is published (e.g. its EDN tags). */
export async function sentinelFixture(_prefix: string, createdAt: number, edit?: (def: CaseDefinition) => void) {
  const t = await openTestDb();
  const db = t.db;
  const loaded = await loadCaseFolder(path.resolve(__dirname, "../../e2e/fixtures/cases/cas-sentinelle"));
  if (!loaded.ok) throw new Error("fixture case invalid");
  edit?.(loaded.case);
  const versionId = (await publishCaseDefinition(db, loaded.case, { ownerId: null })).versionId;

  async function user(name: string, role: "student" | "instructor") {
    const id = crypto.randomUUID();
    await transaction(db, async (tx) => {
      await tx.insert(users).values({ id, email: `${name}-${id}@test.local`, name, passwordHash: "x", role, createdAt });
    });
    return id;
  }

  /** A new cohort of `owner` with one new student, and an assignment of the sentinel case with these options. */
  async function assignedStudent(owner: string, options: AssignmentOptions, now?: number) {
    const cohort = await createCohortRecord(db, owner, `Cohorte ${crypto.randomUUID()}`);
    const student = await user("student", "student");
    await addMemberRecord(db, cohort.id, student);
    const created = await createAssignmentRecord(db, owner, { cohortId: cohort.id, caseVersionId: versionId, ...options }, now);
    if (!created.ok) throw new Error(created.error);
    return { student, cohortId: cohort.id, assignmentId: created.id };
  }

  async function close() {
    await t.close();
  }

  return { db, kind: t.kind, versionId, user, assignedStudent, close };
}
