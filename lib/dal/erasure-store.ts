import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { transaction, type Db } from "@/db/client";
import { attempts, caseVersions, cohortMembers, cohorts, investigationRequests, loginFailures, passwordResets, representationChecks, responses, reviewCards, reviewLogs, stageVisits, users } from "@/db/schema";
import { recordAudit } from "./audit";
import { revokeSessions } from "./account-store";

/** What an erased account's row keeps: nothing that names or reaches the person. */
export const ERASED_NAME = "—";
const erasedEmail = () => `erased-${crypto.randomUUID()}@erased.invalid`;

export type UserDataExport = {
  format: "progressif-user-data/1";
  exportedAt: string;
  account: { id: string; email: string; name: string; role: string; createdAt: string };
  cohorts: { id: string; name: string; joinedAt: string }[];
  attempts: {
    id: string;
    case: string;
    caseVersion: number;
    assignmentId: string | null;
    mode: "training" | "exam";
    status: "in_progress" | "finished";
    startedAt: string;
    finishedAt: string | null;
    late: boolean;
    /** Training only: an exam's score is the instructor's to release (PRODUCT.md), so it is not exported here. */
    score: number | null;
    maxScore: number | null;
    answers: { questionId: string; stage: number; answer: unknown; points: number | null; maxPoints: number | null; timeSpentMs: number; submittedAt: string }[];
    investigations: { id: string; stage: number; requestedAt: string }[];
    /** Problem representations: the key qualifiers the learner said their summary had. */
    selfChecks: { questionId: string; qualifiers: string[]; checkedAt: string }[];
    stages: { stage: number; enteredAt: string; completedAt: string | null }[];
  }[];
  /** "Revoir mes erreurs": each card (a missed question) with its schedule and the reviews made. */
  reviewCards: { attemptId: string; questionId: string; due: string; reps: number; lapses: number; reviews: { answer: unknown; points: number; maxPoints: number; rating: number; reviewedAt: string }[] }[];
};

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** Everything the platform holds about a learner, for their right of access (GDPR art. 15 and 20). */
export async function exportUserData(db: Db, userId: string, now = Date.now()): Promise<UserDataExport | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.erasedAt)))
    .limit(1);
  if (!user) return null;
  const memberships = await db
    .select({ id: cohorts.id, name: cohorts.name, joinedAt: cohortMembers.joinedAt })
    .from(cohortMembers)
    .innerJoin(cohorts, eq(cohorts.id, cohortMembers.cohortId))
    .where(eq(cohortMembers.userId, userId))
    .orderBy(asc(cohortMembers.joinedAt), asc(cohorts.id));
  const rows = await db
    .select({ a: attempts, title: caseVersions.title, version: caseVersions.version })
    .from(attempts)
    .innerJoin(caseVersions, eq(caseVersions.id, attempts.caseVersionId))
    .where(eq(attempts.userId, userId))
    .orderBy(asc(attempts.startedAt), asc(attempts.id));
  const ids = rows.map((r) => r.a.id);
  const byAttempt = <T extends { attemptId: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const item of list) map.set(item.attemptId, [...(map.get(item.attemptId) ?? []), item]);
    return map;
  };
  const answers = byAttempt(ids.length ? await db.select().from(responses).where(inArray(responses.attemptId, ids)).orderBy(asc(responses.id)) : []);
  const orders = byAttempt(ids.length ? await db.select().from(investigationRequests).where(inArray(investigationRequests.attemptId, ids)).orderBy(asc(investigationRequests.id)) : []);
  const checks = byAttempt(ids.length ? await db.select().from(representationChecks).where(inArray(representationChecks.attemptId, ids)).orderBy(asc(representationChecks.checkedAt), asc(representationChecks.questionId)) : []);
  const visits = byAttempt(ids.length ? await db.select().from(stageVisits).where(inArray(stageVisits.attemptId, ids)).orderBy(asc(stageVisits.attemptId), asc(stageVisits.stageIndex)) : []);
  const cards = await db.select().from(reviewCards).where(eq(reviewCards.userId, userId)).orderBy(asc(reviewCards.createdAt), asc(reviewCards.id));
  const cardIds = cards.map((c) => c.id);
  const logs = cardIds.length ? await db.select().from(reviewLogs).where(inArray(reviewLogs.cardId, cardIds)).orderBy(asc(reviewLogs.id)) : [];
  return {
    format: "progressif-user-data/1",
    exportedAt: iso(now),
    account: { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: iso(user.createdAt) },
    cohorts: memberships.map((m) => ({ id: m.id, name: m.name, joinedAt: iso(m.joinedAt) })),
    attempts: rows.map(({ a, title, version }) => {
      const scored = a.mode === "training";
      return {
        id: a.id,
        case: title,
        caseVersion: version,
        assignmentId: a.assignmentId,
        mode: a.mode,
        status: a.status,
        startedAt: iso(a.startedAt),
        finishedAt: isoOrNull(a.finishedAt),
        late: a.late,
        score: scored ? a.score : null,
        maxScore: scored ? a.maxScore : null,
        answers: (answers.get(a.id) ?? []).map((r) => ({
          questionId: r.questionId,
          stage: r.stageIndex,
          answer: r.answer,
          points: scored ? r.points : null,
          maxPoints: scored ? r.maxPoints : null,
          timeSpentMs: r.timeSpentMs,
          submittedAt: iso(r.submittedAt),
        })),
        investigations: (orders.get(a.id) ?? []).map((o) => ({ id: o.investigationId, stage: o.stageIndex, requestedAt: iso(o.requestedAt) })),
        selfChecks: (checks.get(a.id) ?? []).map((c) => ({ questionId: c.questionId, qualifiers: c.qualifiers, checkedAt: iso(c.checkedAt) })),
        stages: (visits.get(a.id) ?? []).map((v) => ({ stage: v.stageIndex, enteredAt: iso(v.enteredAt), completedAt: isoOrNull(v.completedAt) })),
      };
    }),
    reviewCards: cards.map((c) => ({
      attemptId: c.attemptId,
      questionId: c.questionId,
      due: iso(c.due),
      reps: c.reps,
      lapses: c.lapses,
      reviews: logs.filter((l) => l.cardId === c.id).map((l) => ({ answer: l.answer, points: l.points, maxPoints: l.maxPoints, rating: l.rating, reviewedAt: iso(l.reviewedAt) })),
    })),
  };
}

export type EraseResult = { ok: true } | { ok: false; error: "not-found" | "not-student" };

/**
 * Erases a learner's account: the row becomes an anonymous tombstone (no name, e-mail or
 * password; every session ends) and everything keyed by the e-mail goes. The attempts stay,
 * attached to the tombstone, so cohort and case statistics keep their counts without naming anyone.
 * Instructors and admins own cases, cohorts and audit duties: their accounts are not self-erasable.
 */
export async function eraseUserRecord(db: Db, userId: string, now = Date.now()): Promise<EraseResult> {
  return transaction(
    db,
    async (tx): Promise<EraseResult> => {
      const [user] = await tx
        .select({ email: users.email, role: users.role })
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.erasedAt)))
        .limit(1);
      if (!user) return { ok: false, error: "not-found" };
      if (user.role !== "student") return { ok: false, error: "not-student" };
      await tx.update(users).set({ email: erasedEmail(), name: ERASED_NAME, passwordHash: "!", erasedAt: now, deactivatedAt: null }).where(eq(users.id, userId));
      await revokeSessions(tx, userId);
      await tx.delete(passwordResets).where(eq(passwordResets.userId, userId));
      await tx.delete(loginFailures).where(eq(loginFailures.key, `email:${user.email}`));
      // The review queue is the learner's own study material, of no use to any statistic: it goes (its log with it).
      await tx.delete(reviewCards).where(eq(reviewCards.userId, userId));
      await recordAudit(tx, { actorId: userId, action: "user.erase", targetType: "user", targetId: userId }, now);
      return { ok: true };
    },
    { lock: [`user:${userId}`] },
  );
}
