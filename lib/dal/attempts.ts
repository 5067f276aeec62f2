import "server-only";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import { and, desc, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { attempts, cases, caseVersions } from "@/db/schema";
import { buildAttemptView } from "@/lib/player/build-view";
import type { AttemptView } from "@/lib/player/view-types";
import { getCaseDefinition } from "./case-content";
import { attemptHomeHref, attemptState } from "./attempt-state";
import { loadOwnAttempt } from "./own-attempt";
import { assignmentCards, caseCards, practiceHiddenUntil, practiceVersionsFor, type AssignmentCard, type CaseCard } from "./library";
import { examMinutesOf, startAttemptFor, type StartResult } from "./attempt-start";
import { markOutOf20 } from "@/lib/review/mark";
import { getCurrentUser } from "./session";

export type AttemptSummary = {
  id: string;
  mode: "training" | "exam";
  status: "in_progress" | "finished";
  startedAt: number;
  finishedAt: number | null;
  score: number | null;
  max: number | null;
  mark20: number | null;
  version: number;
};

export type CaseOverview = {
  slug: string;
  title: string;
  summary: string;
  tags: string[];
  level: string;
  estimatedMinutes: number;
  examMinutes: number;
  objectives: { id: string; text: string }[];
  source: { title: string; citation: string };
  attempts: AttemptSummary[];
};

export { startAttemptFor, startAssignmentAttempt, examMinutesOf, type StartResult, type AssignmentStartResult } from "./attempt-start";

/** For server actions: the user the action wrapper authenticated starts a practice attempt (an exam-hidden case is not found). */
export function startMyPracticeAttempt(user: { id: string }, slug: string, mode: "training" | "exam"): Promise<StartResult> {
  return startAttemptFor(getDb(), user.id, slug, mode);
}

export type Library = { assignments: AssignmentCard[]; practice: CaseCard[] };

/** The signed-in user's library: their cohorts' assignments first, then open practice. */
export async function getCaseLibrary(): Promise<Library | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = getDb();
  const [assigned, practice] = await Promise.all([assignmentCards(db, user.id), caseCards(db, user.id)]);
  return { assignments: assigned, practice };
}

export async function getCaseOverview(slug: string): Promise<CaseOverview | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const db = getDb();
  // A case an exam hides from this user's practice is not found until its due date.
  const version = (await practiceVersionsFor(db, user.id)).find((v) => v.slug === slug);
  if (!version) return null;
  const def = await getCaseDefinition(db, version.versionId);
  if (!def) return null;
  const rows = await db
    .select({ a: attempts, version: caseVersions.version })
    .from(attempts)
    .innerJoin(caseVersions, eq(caseVersions.id, attempts.caseVersionId))
    .where(and(eq(attempts.userId, user.id), eq(caseVersions.caseId, version.caseId)))
    .orderBy(desc(attempts.startedAt), desc(attempts.id));
  return {
    slug,
    title: def.title,
    summary: def.summary,
    tags: def.tags,
    level: def.level,
    estimatedMinutes: def.estimatedMinutes,
    examMinutes: examMinutesOf(def),
    objectives: def.objectives,
    source: { title: def.source.title, citation: def.source.citation },
    attempts: rows.map(({ a, version: v }) => ({
      id: a.id,
      mode: a.mode,
      status: a.status,
      startedAt: a.startedAt,
      finishedAt: a.finishedAt,
      score: a.score,
      max: a.maxScore,
      mark20: markOutOf20(a.score, a.maxScore),
      version: v,
    })),
  };
}

/** The learner's view of their own attempt (null: not theirs or missing — answered as not found). */
export async function getAttemptView(attemptId: string, locale: "fr" | "en"): Promise<AttemptView | null> {
  const loaded = await loadOwnAttempt(attemptId);
  if (!loaded) return null;
  const { db, attempt, def } = loaded;
  // A practice attempt frozen by an exam of the learner's cohort: nothing of it (answers, feedback,
  // results) is shown until the exam's due date, only the title and until when.
  const hiddenUntil = attempt.status === "in_progress" && attempt.assignmentId === null ? await practiceHiddenUntil(db, attempt.userId, attempt.caseVersionId) : null;
  if (hiddenUntil !== null) {
    const empty = buildAttemptView({ ...def, stages: [] }, { ...(await attemptState(db, attempt)), answers: new Map(), ordered: new Map(), currentStage: -1 }, locale);
    return { ...empty, homeHref: await attemptHomeHref(db, attempt), hiddenUntil };
  }
  const catalogue = def.stages.some((s) => s.menu === "catalogue") ? await loadCatalogue() : undefined;
  const [state, homeHref] = await Promise.all([attemptState(db, attempt), attemptHomeHref(db, attempt)]);
  return { ...buildAttemptView(def, { ...state, catalogue }, locale), homeHref };
}

export async function caseSlugOfVersion(db: Db, versionId: string): Promise<string | null> {
  const [row] = await db.select({ slug: cases.slug }).from(caseVersions).innerJoin(cases, eq(cases.id, caseVersions.caseId)).where(eq(caseVersions.id, versionId)).limit(1);
  return row?.slug ?? null;
}
