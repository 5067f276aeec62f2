/**
 * What the cohort review adds for the learning loop (pure): the cohort's mastery by EDN item over the
 * counted attempts, and the students whose pattern looks like shotgun ordering or speed-running.
 * The rules are constants, stated to the instructor as they are applied here.
 */
import type { CaseDefinition } from "@/lib/content/schema";
import { masteryOf, type ItemMastery } from "@/lib/progress/mastery";
import { median } from "@/lib/stats";
import type { OrderedRow, StudentRow } from "./types";

/** Shotgun ordering: at least this share of the case's investigations ordered… */
export const SHOTGUN_MENU_SHARE = 0.75;
/** …or at least this many unnecessary or harmful ones. */
export const SHOTGUN_UNNECESSARY = 3;
/** Speed-running: a counted attempt shorter than this fraction of the cohort's median duration… */
export const SPEED_FRACTION = 0.5;
/** …judged only when at least this many counted attempts are finished (a median of two says little). */
export const SPEED_MIN_FINISHED = 5;

export type StudentFlag = {
  userId: string;
  name: string;
  /** Investigations ordered in the counted attempt, out of the case's menu, and how many were unnecessary or harmful. */
  shotgun: { ordered: number; menu: number; unnecessary: number } | null;
  speed: { durationMs: number; medianMs: number } | null;
};

export type LearningSignals = { items: ItemMastery[]; flags: StudentFlag[]; medianMs: number | null; finished: number };

export function learningSignals(def: Pick<CaseDefinition, "slug" | "title" | "edn" | "objectives" | "stages">, students: readonly StudentRow[], ordered: readonly OrderedRow[]): LearningSignals {
  const counted = students.filter((s) => s.counted && s.attemptId !== null);
  const questions = def.stages.flatMap((s) => s.questions);
  const items = masteryOf(
    counted.map((s) => ({ def, responses: questions.map((q) => ({ questionId: q.id, points: s.points[q.id] ?? 0, max: q.points })) })),
  ).items;

  const investigations = new Map(def.stages.flatMap((s) => s.investigations.map((i) => [i.id, i] as const)));
  const menu = investigations.size;
  const orderedBy = new Map<string, string[]>();
  for (const o of ordered) orderedBy.set(o.attemptId, [...(orderedBy.get(o.attemptId) ?? []), o.investigationId]);

  const durations = counted.flatMap((s) => (s.startedAt !== null && s.finishedAt !== null ? [{ userId: s.userId, ms: s.finishedAt - s.startedAt }] : []));
  const medianMs = durations.length > 0 ? median(durations.map((d) => d.ms)) : null;
  const judgeSpeed = medianMs !== null && durations.length >= SPEED_MIN_FINISHED;

  const flags = counted.flatMap((s): StudentFlag[] => {
    const mine = orderedBy.get(s.attemptId!) ?? [];
    const unnecessary = mine.filter((id) => {
      const r = investigations.get(id)?.relevance;
      return r === "unnecessary" || r === "harmful";
    }).length;
    const shotgun = menu > 0 && (mine.length >= SHOTGUN_MENU_SHARE * menu || unnecessary >= SHOTGUN_UNNECESSARY) ? { ordered: mine.length, menu, unnecessary } : null;
    const duration = durations.find((d) => d.userId === s.userId)?.ms;
    const speed = judgeSpeed && duration !== undefined && duration < SPEED_FRACTION * medianMs! ? { durationMs: duration, medianMs: medianMs! } : null;
    return shotgun || speed ? [{ userId: s.userId, name: s.name, shotgun, speed }] : [];
  });
  return { items, flags, medianMs, finished: durations.length };
}
