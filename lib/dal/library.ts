import "server-only";
import { and, desc, eq, gt, inArray, isNotNull, isNull, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, attempts, cases, caseVersions, cohortMembers, cohorts, type Assignment } from "@/db/schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { countedAttempt } from "@/lib/review/counting";
import { markOutOf20 } from "@/lib/review/mark";
import { correctionAccess } from "@/lib/teach/correction-release";
import { getCaseDefinitions } from "./case-content";

export type CaseCard = {
  slug: string;
  versionId: string;
  title: string;
  summary: string;
  tags: string[];
  level: string;
  estimatedMinutes: number;
  bestMark20: number | null;
  attemptCount: number;
};

/** Latest published version of every open-practice case (bundled cases, owned by the platform). */
export async function openPracticeVersions(db: Db): Promise<{ caseId: string; slug: string; versionId: string }[]> {
  const rows = await db
    .select({ caseId: cases.id, slug: cases.slug, versionId: caseVersions.id, version: caseVersions.version })
    .from(cases)
    .innerJoin(caseVersions, eq(caseVersions.caseId, cases.id))
    .where(and(isNull(cases.ownerId), eq(caseVersions.status, "published")))
    .orderBy(cases.slug, desc(caseVersions.version), caseVersions.id);
  const latest = new Map<string, { caseId: string; slug: string; versionId: string }>();
  for (const r of rows) if (!latest.has(r.caseId)) latest.set(r.caseId, { caseId: r.caseId, slug: r.slug, versionId: r.versionId });
  return [...latest.values()];
}

/**
 * Cases an exam assignment of one of the user's cohorts hides from their open practice until its
 * due date (the hiding assignment requires one).
 */
export async function hiddenPracticeCaseIds(db: Db, userId: string, now = Date.now()): Promise<Set<string>> {
  const rows = await db
    .select({ caseId: caseVersions.caseId })
    .from(assignments)
    .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, assignments.cohortId), eq(cohortMembers.userId, userId)))
    .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
    .where(and(eq(assignments.mode, "exam"), eq(assignments.hideFromPractice, true), isNotNull(assignments.dueAt), gt(assignments.dueAt, now)));
  return new Set(rows.map((r) => r.caseId));
}

/**
 * Until when an exam of one of the user's cohorts hides this case from their practice (the latest such
 * due date), or null when it is not hidden now. A practice attempt started before is frozen until then.
 */
export async function practiceHiddenUntil(db: Db, userId: string, caseVersionId: string, now = Date.now()): Promise<number | null> {
  const [version] = await db.select({ caseId: caseVersions.caseId }).from(caseVersions).where(eq(caseVersions.id, caseVersionId)).limit(1);
  if (!version) return null;
  const [row] = await db
    .select({ until: max(assignments.dueAt) })
    .from(assignments)
    .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, assignments.cohortId), eq(cohortMembers.userId, userId)))
    .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
    .where(
      and(
        eq(assignments.mode, "exam"),
        eq(assignments.hideFromPractice, true),
        isNotNull(assignments.dueAt),
        gt(assignments.dueAt, now),
        eq(caseVersions.caseId, version.caseId),
      ),
    );
  return row?.until ?? null;
}

/** The open-practice cases this user may play now: all of them but those an exam hides from them. */
export async function practiceVersionsFor(db: Db, userId: string, now = Date.now()): Promise<{ caseId: string; slug: string; versionId: string }[]> {
  const hidden = await hiddenPracticeCaseIds(db, userId, now);
  return (await openPracticeVersions(db)).filter((v) => !hidden.has(v.caseId));
}

export async function caseCards(db: Db, userId: string, now = Date.now()): Promise<CaseCard[]> {
  const versions = await practiceVersionsFor(db, userId, now);
  const caseIds = versions.map((v) => v.caseId);
  const played = caseIds.length
    ? await db
        .select({ caseId: caseVersions.caseId, score: attempts.score, max: attempts.maxScore, status: attempts.status })
        .from(attempts)
        .innerJoin(caseVersions, eq(caseVersions.id, attempts.caseVersionId))
        .where(and(eq(attempts.userId, userId), inArray(caseVersions.caseId, caseIds)))
    : [];
  const defs = await getCaseDefinitions(db, versions.map((v) => v.versionId));
  return versions.map((v) => {
    const def = defs.get(v.versionId) as CaseDefinition;
    const mine = played.filter((p) => p.caseId === v.caseId);
    const marks = mine.filter((p) => p.status === "finished").map((p) => markOutOf20(p.score, p.max) ?? 0);
    return {
      slug: v.slug,
      versionId: v.versionId,
      title: def.title,
      summary: def.summary,
      tags: def.tags,
      level: def.level,
      estimatedMinutes: def.estimatedMinutes,
      bestMark20: marks.length ? Math.max(...marks) : null,
      attemptCount: mine.length,
    };
  });
}

export type AssignmentStatus = "to_do" | "in_progress" | "done" | "late";

export type AssignmentCard = {
  id: string;
  caseVersionId: string;
  cohortName: string;
  slug: string;
  title: string;
  summary: string;
  mode: Assignment["mode"];
  opensAt: number;
  dueAt: number | null;
  attemptsAllowed: number;
  attemptsUsed: number;
  countingRule: Assignment["countingRule"];
  latePolicy: Assignment["latePolicy"];
  timeLimitMinutes: number | null;
  status: AssignmentStatus;
  notYetOpen: boolean;
  /** Mark /20 of the attempt that counts under the assignment's rule. */
  countedMark20: number | null;
  openAttemptId: string | null;
};

/** Done once an attempt is finished; late when not done and the due date has passed. */
export function assignmentStatus(mine: { status: "in_progress" | "finished" }[], dueAt: number | null, now: number): AssignmentStatus {
  if (mine.some((a) => a.status === "finished")) return "done";
  if (dueAt !== null && now > dueAt) return "late";
  return mine.length > 0 ? "in_progress" : "to_do";
}

/**
 * The assignments of every cohort the user belongs to now (a removed member sees none of them),
 * work to do first by due date, then the done ones.
 */
export async function assignmentCards(db: Db, userId: string, now = Date.now(), onlyId?: string): Promise<AssignmentCard[]> {
  const rows = await db
    .select({ a: assignments, cohortName: cohorts.name, slug: cases.slug })
    .from(assignments)
    .innerJoin(cohortMembers, and(eq(cohortMembers.cohortId, assignments.cohortId), eq(cohortMembers.userId, userId)))
    .innerJoin(cohorts, eq(cohorts.id, assignments.cohortId))
    .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
    .innerJoin(cases, eq(cases.id, caseVersions.caseId))
    .where(onlyId ? eq(assignments.id, onlyId) : undefined)
    .orderBy(assignments.opensAt, assignments.createdAt, assignments.id);
  if (rows.length === 0) return [];
  const mine = await db
    .select({ id: attempts.id, assignmentId: attempts.assignmentId, status: attempts.status, startedAt: attempts.startedAt, finishedAt: attempts.finishedAt, score: attempts.score, maxScore: attempts.maxScore })
    .from(attempts)
    .where(and(eq(attempts.userId, userId), isNotNull(attempts.assignmentId), inArray(attempts.assignmentId, rows.map((r) => r.a.id))))
    .orderBy(attempts.startedAt, attempts.id);
  const defs = await getCaseDefinitions(db, rows.map(({ a }) => a.caseVersionId));
  const cards = rows.map(({ a, cohortName, slug }): AssignmentCard => {
    const def = defs.get(a.caseVersionId) as CaseDefinition;
    const own = mine.filter((m) => m.assignmentId === a.id);
    const counted = countedAttempt(own, a.countingRule);
    return {
      id: a.id,
      caseVersionId: a.caseVersionId,
      cohortName,
      slug,
      title: def.title,
      summary: def.summary,
      mode: a.mode,
      opensAt: a.opensAt,
      dueAt: a.dueAt,
      attemptsAllowed: a.attemptsAllowed,
      attemptsUsed: own.length,
      countingRule: a.countingRule,
      latePolicy: a.latePolicy,
      timeLimitMinutes: a.mode === "exam" ? (a.timeLimitMinutes ?? def.examMinutes ?? def.estimatedMinutes) : null,
      status: assignmentStatus(own, a.dueAt, now),
      notYetOpen: now < a.opensAt,
      // An exam whose correction is withheld with "nothing" shows no mark either.
      countedMark20: counted && correctionAccess(a, now) !== "nothing" ? markOutOf20(counted.score, counted.maxScore) : null,
      openAttemptId: own.find((m) => m.status === "in_progress")?.id ?? null,
    };
  });
  const rank = (c: AssignmentCard) => (c.status === "done" ? 1 : 0);
  return cards.sort((x, y) => rank(x) - rank(y) || (x.dueAt ?? Infinity) - (y.dueAt ?? Infinity) || x.opensAt - y.opensAt || x.title.localeCompare(y.title));
}
