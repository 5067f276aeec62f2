import "server-only";
import { getDb } from "@/db/client";
import { normaliseJoinCode } from "@/lib/teach/join-code";
import { assignableVersions, ownedAssignments, type AssignableCase, type AssignmentSummary } from "./assignment-store";
import { createCohortRecord, joinWithCode, listOwnedCohorts, membersOf, ownedCohort, removeMemberRecord, rotateJoinCodeRecord, type CohortSummary, type MemberDTO } from "./cohort-store";
import { authorizeAction, getCurrentUser } from "./session";
import { currentTeacher } from "./teacher";

export type TeacherHome = { cohorts: CohortSummary[]; assignments: AssignmentSummary[]; now: number };

export async function getTeacherHome(): Promise<TeacherHome | null> {
  const me = await currentTeacher();
  if (!me) return null;
  const db = getDb();
  const [cohorts, assignments] = await Promise.all([listOwnedCohorts(db, me.id), ownedAssignments(db, me.id)]);
  return { cohorts, assignments, now: Date.now() };
}

export type CohortDetail = {
  id: string;
  name: string;
  joinCode: string;
  members: MemberDTO[];
  assignments: AssignmentSummary[];
  cases: AssignableCase[];
  /** Server time of the read, for "opens on" / "open since" wording. */
  now: number;
};

/** A cohort the signed-in instructor owns (null otherwise: another's cohort looks missing). */
export async function getCohortDetail(cohortId: string): Promise<CohortDetail | null> {
  const me = await currentTeacher();
  if (!me) return null;
  const db = getDb();
  const cohort = await ownedCohort(db, me.id, cohortId);
  if (!cohort) return null;
  const [members, assignments, cases] = await Promise.all([membersOf(db, cohort.id), ownedAssignments(db, me.id, cohort.id), assignableVersions(db, me.id)]);
  return { id: cohort.id, name: cohort.name, joinCode: cohort.joinCode, members, assignments, cases, now: Date.now() };
}

type Failure = { ok: false; error: "unauthenticated" | "forbidden" | "not-found" };
const actingTeacher = async (): Promise<{ ok: true; id: string } | Failure> => {
  const auth = await authorizeAction("instructor", "admin");
  return auth.ok ? { ok: true, id: auth.user.id } : auth;
};

export async function createCohort(name: string): Promise<{ ok: true; id: string } | Failure> {
  const me = await actingTeacher();
  if (!me.ok) return me;
  return { ok: true, id: (await createCohortRecord(getDb(), me.id, name)).id };
}

export async function rotateJoinCode(cohortId: string): Promise<{ ok: true; code: string } | Failure> {
  const me = await actingTeacher();
  if (!me.ok) return me;
  const code = await rotateJoinCodeRecord(getDb(), me.id, cohortId);
  return code ? { ok: true, code } : { ok: false, error: "not-found" };
}

export async function removeMember(cohortId: string, userId: string): Promise<{ ok: true } | Failure> {
  const me = await actingTeacher();
  if (!me.ok) return me;
  return (await removeMemberRecord(getDb(), me.id, cohortId, userId)) ? { ok: true } : { ok: false, error: "not-found" };
}

export type JoinOutcome =
  | { ok: true; cohortName: string; already: boolean }
  | { ok: false; error: "unauthenticated" | "students-only" | "unknown-code" }
  | { ok: false; error: "rate-limited"; retryAt: number };

/** A student joins with the current code; a wrong or rotated code changes nothing. */
export async function joinCohort(rawCode: string): Promise<JoinOutcome> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  if (user.role !== "student") return { ok: false, error: "students-only" };
  const result = await joinWithCode(getDb(), user.id, normaliseJoinCode(rawCode));
  if (!result.ok) return result;
  return { ok: true, cohortName: result.cohortName, already: result.already };
}

export type { CohortSummary, MemberDTO, AssignmentSummary, AssignableCase };
