import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assignments, attempts, caseVersions, cohorts, responses, type Attempt } from "@/db/schema";
import { masteryOf, type ItemMastery, type MissedQuestion, type ObjectiveMastery, type ScoredAttempt } from "@/lib/progress/mastery";
import { MIN_FINISHED, percentileRank } from "@/lib/progress/percentile";
import { r2cItem } from "@/lib/r2c/items";
import { countedAttempt } from "@/lib/review/counting";
import { markOutOf20 } from "@/lib/review/mark";
import { correctionAccess, type CorrectionAccess } from "@/lib/teach/correction-release";
import { releaseRuleOf } from "./attempt-closure";
import { getCaseDefinition } from "./case-content";
import { hiddenPracticeCaseIds } from "./library";

export type MarkPoint = { attemptId: string; finishedAt: number; caseTitle: string; mark20: number; assigned: boolean };
export type AssignmentStanding = { assignmentId: string; caseTitle: string; cohortName: string; mark20: number; finishedAttempts: number; percentile: number | null };
export type Progress = {
  marks: MarkPoint[];
  items: (ItemMastery & { title: string })[];
  objectives: ObjectiveMastery[];
  missed: MissedQuestion[];
  standings: AssignmentStanding[];
  /** Finished attempts left out of mastery while their correction is withheld. */
  withheld: number;
};

const MISSED_SHOWN = 10;

/**
 * What the user may see of their own attempt now: an exam's correction follows its release rule,
 * and a practice attempt on a case an exam currently hides from them is withheld (as its debrief is).
 */
async function accessOf(db: Db, a: Attempt, caseId: string, hidden: Set<string>, now: number): Promise<CorrectionAccess> {
  if (!a.assignmentId && hidden.has(caseId)) return "nothing";
  return correctionAccess(await releaseRuleOf(db, a.assignmentId), now);
}

/** The user's progress across all their attempts, computed from the scores already stored. */
export async function progressFor(db: Db, userId: string, now = Date.now()): Promise<Progress> {
  const rows = await db
    .select({ attempt: attempts, caseId: caseVersions.caseId })
    .from(attempts)
    .innerJoin(caseVersions, eq(caseVersions.id, attempts.caseVersionId))
    // An author's preview attempts are not progress.
    .where(and(eq(attempts.userId, userId), ne(caseVersions.status, "preview")))
    .orderBy(asc(attempts.startedAt), asc(attempts.id));
  const hidden = await hiddenPracticeCaseIds(db, userId, now);
  const marks: MarkPoint[] = [];
  const scored: Attempt[] = [];
  let withheld = 0;
  for (const { attempt: a, caseId } of rows) {
    const access = await accessOf(db, a, caseId, hidden, now);
    const def = await getCaseDefinition(db, a.caseVersionId);
    if (!def) continue;
    const mark = markOutOf20(a.score, a.maxScore);
    if (a.status === "finished" && access !== "nothing" && mark !== null && a.finishedAt !== null) {
      marks.push({ attemptId: a.id, finishedAt: a.finishedAt, caseTitle: def.title, mark20: mark, assigned: a.assignmentId !== null });
    }
    // Per-question results count once the learner has had the correction: training answers come with
    // it; an exam's only once finished and released.
    if (access === "full" && (a.mode === "training" || a.status === "finished")) scored.push(a);
    else if (a.status === "finished") withheld += 1;
  }
  // Stable: equal finish times keep the rows' order (start time, then id).
  marks.sort((x, y) => x.finishedAt - y.finishedAt);

  const byAttempt = new Map<string, { questionId: string; points: number; max: number }[]>();
  if (scored.length > 0) {
    const ids = scored.map((a) => a.id);
    const answered = await db
      .select({ attemptId: responses.attemptId, questionId: responses.questionId, points: responses.points, max: responses.maxPoints })
      .from(responses)
      .where(inArray(responses.attemptId, ids))
      .orderBy(asc(responses.id));
    for (const r of answered) {
      const list = byAttempt.get(r.attemptId) ?? [];
      list.push({ questionId: r.questionId, points: r.points, max: r.max });
      byAttempt.set(r.attemptId, list);
    }
  }
  const input: ScoredAttempt[] = [];
  for (const a of scored) {
    const def = await getCaseDefinition(db, a.caseVersionId);
    if (def) input.push({ def, responses: byAttempt.get(a.id) ?? [] });
  }
  const mastery = masteryOf(input);
  return {
    marks,
    items: mastery.items.map((m) => ({ ...m, title: r2cItem(m.item)?.title ?? "" })),
    objectives: mastery.objectives,
    missed: mastery.missed.slice(0, MISSED_SHOWN),
    standings: await standingsFor(db, userId, rows.map((r) => r.attempt), now),
    withheld,
  };
}

/** The student's counted mark on each assignment and, with enough finished attempts, their percentile in the cohort. */
async function standingsFor(db: Db, userId: string, mine: Attempt[], now: number): Promise<AssignmentStanding[]> {
  const assignmentIds = [...new Set(mine.flatMap((a) => (a.assignmentId ? [a.assignmentId] : [])))];
  const standings: AssignmentStanding[] = [];
  for (const assignmentId of assignmentIds) {
    const [info] = await db
      .select({ countingRule: assignments.countingRule, caseVersionId: assignments.caseVersionId, cohortName: cohorts.name })
      .from(assignments)
      .innerJoin(cohorts, eq(cohorts.id, assignments.cohortId))
      .where(eq(assignments.id, assignmentId))
      .limit(1);
    if (!info || correctionAccess(await releaseRuleOf(db, assignmentId), now) === "nothing") continue;
    const all = await db.select().from(attempts).where(eq(attempts.assignmentId, assignmentId)).orderBy(asc(attempts.startedAt), asc(attempts.id));
    const byStudent = new Map<string, Attempt[]>();
    for (const a of all) byStudent.set(a.userId, [...(byStudent.get(a.userId) ?? []), a]);
    const countedMarks = new Map<string, number>();
    for (const [student, list] of byStudent) {
      const counted = countedAttempt(list, info.countingRule);
      const mark = counted ? markOutOf20(counted.score, counted.maxScore) : null;
      if (mark !== null) countedMarks.set(student, mark);
    }
    const own = countedMarks.get(userId);
    if (own === undefined) continue;
    const finishedAttempts = all.filter((a) => a.status === "finished").length;
    standings.push({
      assignmentId,
      caseTitle: (await getCaseDefinition(db, info.caseVersionId))?.title ?? "",
      cohortName: info.cohortName,
      mark20: own,
      finishedAttempts,
      percentile: percentileRank(own, [...countedMarks.values()], finishedAttempts),
    });
  }
  return standings;
}

export { MIN_FINISHED };
