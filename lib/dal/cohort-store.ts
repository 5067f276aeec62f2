import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, cohortMembers, cohorts, users, type Cohort } from "@/db/schema";
import { generateJoinCode, isWellFormedJoinCode } from "@/lib/teach/join-code";
import { recordAudit } from "./audit";
import { limitJoinAttempt, type JoinRefusal } from "./rate-limit";

// Session-free: callers (lib/dal/cohorts.ts, the seeds) decide who is acting. Every query that
// reads or changes a cohort filters on its owner, so another instructor's id finds nothing.

export type CohortSummary = { id: string; name: string; joinCode: string; createdAt: number; members: number; assignments: number };
export type MemberDTO = { userId: string; name: string; email: string; joinedAt: number };

export function ownedCohort(db: Db, ownerId: string, cohortId: string): Cohort | undefined {
  return db
    .select()
    .from(cohorts)
    .where(and(eq(cohorts.id, cohortId), eq(cohorts.ownerId, ownerId)))
    .get();
}

/** Inserts with a fresh join code; a collision with an existing code (unique index) draws again. */
export function createCohortRecord(db: Db, ownerId: string, name: string, now = Date.now()): Cohort {
  for (let i = 0; i < 5; i++) {
    const row = { id: crypto.randomUUID(), name, ownerId, joinCode: generateJoinCode(), createdAt: now };
    const inserted = db.insert(cohorts).values(row).onConflictDoNothing({ target: cohorts.joinCode }).run();
    if (inserted.changes === 1) return row;
  }
  throw new Error("createCohortRecord: could not draw a free join code");
}

/** Call inside a transaction (lib/dal/cohorts.ts does): the new code and its audit row commit together. */
export function rotateJoinCodeRecord(db: Db, ownerId: string, cohortId: string): string | null {
  for (let i = 0; i < 5; i++) {
    const code = generateJoinCode();
    const taken = db.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.joinCode, code)).get();
    if (taken) continue;
    const res = db
      .update(cohorts)
      .set({ joinCode: code })
      .where(and(eq(cohorts.id, cohortId), eq(cohorts.ownerId, ownerId)))
      .run();
    if (res.changes !== 1) return null;
    // The new code itself is not recorded: the audit trail must not hand out a way into the cohort.
    recordAudit(db, { actorId: ownerId, action: "cohort.join-code-rotate", targetType: "cohort", targetId: cohortId });
    return code;
  }
  throw new Error("rotateJoinCodeRecord: could not draw a free join code");
}

export function listOwnedCohorts(db: Db, ownerId: string): CohortSummary[] {
  const rows = db.select().from(cohorts).where(eq(cohorts.ownerId, ownerId)).orderBy(asc(cohorts.name), asc(cohorts.createdAt)).all();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const members = new Map(
    db
      .select({ id: cohortMembers.cohortId, n: count() })
      .from(cohortMembers)
      .where(inArray(cohortMembers.cohortId, ids))
      .groupBy(cohortMembers.cohortId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  const work = new Map(
    db
      .select({ id: assignments.cohortId, n: count() })
      .from(assignments)
      .where(inArray(assignments.cohortId, ids))
      .groupBy(assignments.cohortId)
      .all()
      .map((r) => [r.id, r.n]),
  );
  return rows.map((r) => ({ id: r.id, name: r.name, joinCode: r.joinCode, createdAt: r.createdAt, members: members.get(r.id) ?? 0, assignments: work.get(r.id) ?? 0 }));
}

export function membersOf(db: Db, cohortId: string): MemberDTO[] {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, joinedAt: cohortMembers.joinedAt })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(asc(users.name), asc(users.email))
    .all();
}

export function addMemberRecord(db: Db, cohortId: string, userId: string, now = Date.now()): boolean {
  return db.insert(cohortMembers).values({ cohortId, userId, joinedAt: now }).onConflictDoNothing().run().changes === 1;
}

export function removeMemberRecord(db: Db, ownerId: string, cohortId: string, userId: string): boolean {
  return db.transaction((tx) => {
    if (!ownedCohort(tx as unknown as Db, ownerId, cohortId)) return false;
    return tx
      .delete(cohortMembers)
      .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
      .run().changes === 1;
  }, { behavior: "immediate" });
}

export type JoinResult = { ok: true; cohortId: string; cohortName: string; already: boolean } | { ok: false; error: "unknown-code" };

/** Joins the cohort whose current code this is; an old (rotated) code is unknown. */
export function joinCohortByCode(db: Db, userId: string, code: string, now = Date.now()): JoinResult {
  return db.transaction((tx) => {
    const cohort = tx.select({ id: cohorts.id, name: cohorts.name }).from(cohorts).where(eq(cohorts.joinCode, code)).get();
    if (!cohort) return { ok: false, error: "unknown-code" } as const;
    const added = addMemberRecord(tx as unknown as Db, cohort.id, userId, now);
    return { ok: true, cohortId: cohort.id, cohortName: cohort.name, already: !added } as const;
  }, { behavior: "immediate" });
}

/** A student's try with a normalised code, counted against the limit of wrong codes (lib/dal/rate-limit.ts). */
export function joinWithCode(db: Db, userId: string, code: string, now = Date.now()): JoinResult | JoinRefusal {
  return limitJoinAttempt(db, userId, now, (tx) =>
    isWellFormedJoinCode(code) ? joinCohortByCode(tx, userId, code, now) : ({ ok: false, error: "unknown-code" } as const),
  );
}
