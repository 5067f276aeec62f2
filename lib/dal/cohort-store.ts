import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { assignments, cohortMembers, cohorts, users, type Cohort } from "@/db/schema";
import { generateJoinCode, isWellFormedJoinCode } from "@/lib/teach/join-code";
import { recordAudit } from "./audit";
import { limitJoinAttempt, type JoinRefusal } from "./rate-limit";

// Session-free: callers (lib/dal/cohorts.ts, the seeds) decide who is acting. Every query that
// reads or changes a cohort filters on its owner, so another instructor's id finds nothing.
//
// Lock keys: `join:<code>` for whoever gives a code to a cohort or uses one (so that two servers
// cannot hand out the same code, nor check it free at once), `cohort:<id>` for a change of one
// cohort, `user:<id>` for a student's join (with the rate limiter's own key on their wrong-code count).

export type CohortSummary = { id: string; name: string; joinCode: string; createdAt: number; members: number; assignments: number };
export type MemberDTO = { userId: string; name: string; email: string; joinedAt: number };

const DRAWS = 5;

export async function ownedCohort(db: Db, ownerId: string, cohortId: string): Promise<Cohort | undefined> {
  const [row] = await db
    .select()
    .from(cohorts)
    .where(and(eq(cohorts.id, cohortId), eq(cohorts.ownerId, ownerId)))
    .limit(1);
  return row;
}

/** Inserts with a fresh join code; a collision with an existing code (unique index) draws again. */
export async function createCohortRecord(db: Db, ownerId: string, name: string, now = Date.now()): Promise<Cohort> {
  for (let i = 0; i < DRAWS; i++) {
    const row = { id: crypto.randomUUID(), name, ownerId, joinCode: generateJoinCode(), createdAt: now };
    const inserted = await transaction(
      db,
      async (tx) => tx.insert(cohorts).values(row).onConflictDoNothing({ target: cohorts.joinCode }).returning({ id: cohorts.id }),
      { lock: [`join:${row.joinCode}`] },
    );
    if (inserted.length === 1) return row;
  }
  throw new Error("createCohortRecord: could not draw a free join code");
}

/** A new code for the owner's cohort, and its audit row, in one transaction (null: not their cohort). */
export async function rotateJoinCodeRecord(db: Db, ownerId: string, cohortId: string): Promise<string | null> {
  for (let i = 0; i < DRAWS; i++) {
    // Drawn before the transaction, so that the code itself is a lock key: nobody else can take it meanwhile.
    const code = generateJoinCode();
    const outcome = await transaction(
      db,
      async (tx): Promise<"taken" | "not-found" | "done"> => {
        const [taken] = await tx.select({ id: cohorts.id }).from(cohorts).where(eq(cohorts.joinCode, code)).limit(1);
        if (taken) return "taken";
        const updated = await tx
          .update(cohorts)
          .set({ joinCode: code })
          .where(and(eq(cohorts.id, cohortId), eq(cohorts.ownerId, ownerId)))
          .returning({ id: cohorts.id });
        if (updated.length !== 1) return "not-found";
        // The new code itself is not recorded: the audit trail must not hand out a way into the cohort.
        await recordAudit(tx, { actorId: ownerId, action: "cohort.join-code-rotate", targetType: "cohort", targetId: cohortId });
        return "done";
      },
      { lock: [`cohort:${cohortId}`, `join:${code}`] },
    );
    if (outcome === "done") return code;
    if (outcome === "not-found") return null;
  }
  throw new Error("rotateJoinCodeRecord: could not draw a free join code");
}

export async function listOwnedCohorts(db: Db, ownerId: string): Promise<CohortSummary[]> {
  const rows = await db.select().from(cohorts).where(eq(cohorts.ownerId, ownerId)).orderBy(asc(cohorts.name), asc(cohorts.createdAt), asc(cohorts.id));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const memberCounts = await db
    .select({ id: cohortMembers.cohortId, n: count() })
    .from(cohortMembers)
    .where(inArray(cohortMembers.cohortId, ids))
    .groupBy(cohortMembers.cohortId);
  const workCounts = await db
    .select({ id: assignments.cohortId, n: count() })
    .from(assignments)
    .where(inArray(assignments.cohortId, ids))
    .groupBy(assignments.cohortId);
  const members = new Map(memberCounts.map((r) => [r.id, r.n]));
  const work = new Map(workCounts.map((r) => [r.id, r.n]));
  return rows.map((r) => ({ id: r.id, name: r.name, joinCode: r.joinCode, createdAt: r.createdAt, members: members.get(r.id) ?? 0, assignments: work.get(r.id) ?? 0 }));
}

export async function membersOf(db: Db, cohortId: string): Promise<MemberDTO[]> {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, joinedAt: cohortMembers.joinedAt })
    .from(cohortMembers)
    .innerJoin(users, eq(users.id, cohortMembers.userId))
    .where(eq(cohortMembers.cohortId, cohortId))
    .orderBy(asc(users.name), asc(users.email));
}

/** Adds a member (true) or finds them there already (false). An insert that ignores a duplicate: no read first, no lock of its own. */
export async function addMemberRecord(db: Db, cohortId: string, userId: string, now = Date.now()): Promise<boolean> {
  const added = await transaction(db, async (tx) =>
    tx.insert(cohortMembers).values({ cohortId, userId, joinedAt: now }).onConflictDoNothing().returning({ userId: cohortMembers.userId }),
  );
  return added.length === 1;
}

export async function removeMemberRecord(db: Db, ownerId: string, cohortId: string, userId: string): Promise<boolean> {
  return transaction(
    db,
    async (tx) => {
      if (!(await ownedCohort(tx, ownerId, cohortId))) return false;
      const removed = await tx
        .delete(cohortMembers)
        .where(and(eq(cohortMembers.cohortId, cohortId), eq(cohortMembers.userId, userId)))
        .returning({ userId: cohortMembers.userId });
      return removed.length === 1;
    },
    { lock: [`cohort:${cohortId}`] },
  );
}

export type JoinResult = { ok: true; cohortId: string; cohortName: string; already: boolean } | { ok: false; error: "unknown-code" };

/** Joins the cohort whose current code this is; an old (rotated) code is unknown. */
export async function joinCohortByCode(db: Db, userId: string, code: string, now = Date.now()): Promise<JoinResult> {
  return transaction(
    db,
    async (tx): Promise<JoinResult> => {
      const [cohort] = await tx.select({ id: cohorts.id, name: cohorts.name }).from(cohorts).where(eq(cohorts.joinCode, code)).limit(1);
      if (!cohort) return { ok: false, error: "unknown-code" };
      const added = await addMemberRecord(tx, cohort.id, userId, now);
      return { ok: true, cohortId: cohort.id, cohortName: cohort.name, already: !added };
    },
    { lock: [`join:${code}`, `user:${userId}`] },
  );
}

/**
 * A student's try with a normalised code, counted against the limit of wrong codes (lib/dal/rate-limit.ts:
 * one transaction for the count, the lookup and the recorded failure, locked on the student's count
 * and, here, on the code).
 */
export async function joinWithCode(db: Db, userId: string, code: string, now = Date.now()): Promise<JoinResult | JoinRefusal> {
  return limitJoinAttempt(
    db,
    userId,
    now,
    async (tx): Promise<JoinResult> => (isWellFormedJoinCode(code) ? joinCohortByCode(tx, userId, code, now) : { ok: false, error: "unknown-code" }),
    [`join:${code}`, `user:${userId}`],
  );
}
