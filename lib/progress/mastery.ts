/**
 * Mastery across attempts, by EDN item and rank and by learning objective, and the questions missed
 * most (pure). Mastery is the share of the points earned over the points available in the answered
 * questions that count under the item or objective.
 */
import type { CaseDefinition, EdnItemRef, Question } from "@/lib/content/schema";

export type ScoredResponse = { questionId: string; points: number; max: number };
export type ScoredAttempt = { def: Pick<CaseDefinition, "slug" | "title" | "edn" | "objectives" | "stages">; responses: readonly ScoredResponse[] };

export type Mastery = { points: number; max: number; answered: number };
export type ItemMastery = Mastery & { item: number; rank: "A" | "B" };
export type ObjectiveMastery = Mastery & { caseSlug: string; caseTitle: string; objectiveId: string; text: string };
export type MissedQuestion = { caseSlug: string; caseTitle: string; questionId: string; stem: string; missed: number; answered: number };

/**
 * The EDN items a question counts under: its own, else those of its objectives, else the case's.
 * The most specific level an author filled wins, so a question is never counted twice for one item.
 */
export function questionItems(def: ScoredAttempt["def"], q: Question): EdnItemRef[] {
  if (q.edn?.length) return q.edn;
  const fromObjectives = new Map<string, EdnItemRef>();
  for (const id of q.objectives) for (const ref of def.objectives.find((o) => o.id === id)?.edn ?? []) fromObjectives.set(`${ref.item}:${ref.rank}`, ref);
  if (fromObjectives.size > 0) return [...fromObjectives.values()];
  return def.edn ?? [];
}

/** Items in number order, rank A before B. */
const byItemThenRank = (a: ItemMastery, b: ItemMastery) => a.item - b.item || a.rank.localeCompare(b.rank);

const add = (m: Mastery, r: ScoredResponse) => {
  m.points += r.points;
  m.max += r.max;
  m.answered += 1;
};

export function masteryOf(attempts: readonly ScoredAttempt[]): { items: ItemMastery[]; objectives: ObjectiveMastery[]; missed: MissedQuestion[] } {
  const items = new Map<string, ItemMastery>();
  const objectives = new Map<string, ObjectiveMastery>();
  const missed = new Map<string, MissedQuestion>();
  for (const { def, responses } of attempts) {
    const questions = new Map(def.stages.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
    for (const r of responses) {
      const q = questions.get(r.questionId);
      if (!q) continue;
      for (const ref of questionItems(def, q)) {
        const key = `${ref.item}:${ref.rank}`;
        const m = items.get(key) ?? { item: ref.item, rank: ref.rank, points: 0, max: 0, answered: 0 };
        add(m, r);
        items.set(key, m);
      }
      for (const id of q.objectives) {
        const key = `${def.slug}:${id}`;
        const text = def.objectives.find((o) => o.id === id)?.text ?? id;
        const m = objectives.get(key) ?? { caseSlug: def.slug, caseTitle: def.title, objectiveId: id, text, points: 0, max: 0, answered: 0 };
        add(m, r);
        objectives.set(key, m);
      }
      const key = `${def.slug}:${q.id}`;
      const mq = missed.get(key) ?? { caseSlug: def.slug, caseTitle: def.title, questionId: q.id, stem: q.stem, missed: 0, answered: 0 };
      mq.answered += 1;
      if (r.points < r.max) mq.missed += 1;
      missed.set(key, mq);
    }
  }
  return {
    items: [...items.values()].sort(byItemThenRank),
    objectives: [...objectives.values()].sort((a, b) => a.caseTitle.localeCompare(b.caseTitle) || a.objectiveId.localeCompare(b.objectiveId)),
    // Most missed first; then the highest miss rate; then a stable order.
    missed: [...missed.values()]
      .filter((m) => m.missed > 0)
      .sort((a, b) => b.missed - a.missed || b.missed / b.answered - a.missed / a.answered || a.caseTitle.localeCompare(b.caseTitle) || a.questionId.localeCompare(b.questionId)),
  };
}

/** Mastery as a share in [0, 1] (0 when nothing was available). */
export const share = (m: Mastery): number => (m.max > 0 ? Math.max(0, m.points) / m.max : 0);

/**
 * Item mastery lists added together (e.g. one per assignment of a cohort): the points, maxima and
 * answered counts of the same item and rank are summed; the order is that of masteryOf.
 */
export function sumItemMastery(lists: readonly (readonly ItemMastery[])[]): ItemMastery[] {
  const items = new Map<string, ItemMastery>();
  for (const list of lists) {
    for (const m of list) {
      const key = `${m.item}:${m.rank}`;
      const sum = items.get(key) ?? { item: m.item, rank: m.rank, points: 0, max: 0, answered: 0 };
      sum.points += m.points;
      sum.max += m.max;
      sum.answered += m.answered;
      items.set(key, sum);
    }
  }
  return [...items.values()].sort(byItemThenRank);
}
