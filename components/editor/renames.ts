/**
 * Renaming an objective, erratum or stage id also renames the references to it (questions'
 * objectives, stages' errata, spoilers' stage), so that editing an id never breaks the case.
 * References follow only a clean rename: the old id was unique and the new one is free; otherwise
 * they stay as they are and the inline checks report them. Pure.
 */
import type { DraftCase } from "@/lib/authoring/draft";
import { mapKeep } from "./list-ops";

function clean(ids: readonly string[], from: string, to: string): boolean {
  return from !== to && ids.filter((id) => id === from).length === 1 && !ids.includes(to);
}

const swap = (list: readonly string[], from: string, to: string) => list.map((x) => (x === from ? to : x));

export function renameObjective(draft: DraftCase, from: string, to: string): DraftCase {
  if (!clean(draft.objectives.map((o) => o.id), from, to)) return draft;
  return {
    ...draft,
    stages: mapKeep(draft.stages, (s) => ({ ...s, questions: mapKeep(s.questions, (q) => (q.objectives.includes(from) ? { ...q, objectives: swap(q.objectives, from, to) } : q)) })),
  };
}

export function renameErratum(draft: DraftCase, from: string, to: string): DraftCase {
  if (!clean(draft.errata.map((e) => e.id), from, to)) return draft;
  return {
    ...draft,
    stages: mapKeep(draft.stages, (s) => {
      const stage = s.errata.includes(from) ? { ...s, errata: swap(s.errata, from, to) } : s;
      // Questions name the errata shown once they are answered.
      return { ...stage, questions: mapKeep(stage.questions, (q) => (q.errata?.includes(from) ? { ...q, errata: swap(q.errata, from, to) } : q)) };
    }),
  };
}

/** A stage's questions edited: a renamed question keeps being the one the menu closes before. */
export function followQuestionRename(menuClosesBefore: string | undefined, before: readonly { id: string }[], after: readonly { id: string }[]): string | undefined {
  if (menuClosesBefore === undefined || after.some((q) => q.id === menuClosesBefore) || before.length !== after.length) return menuClosesBefore;
  const at = before.findIndex((q) => q.id === menuClosesBefore);
  return at >= 0 ? after[at].id : menuClosesBefore;
}

export function renameStage(draft: DraftCase, from: string, to: string): DraftCase {
  if (!clean(draft.stages.map((s) => s.id), from, to)) return draft;
  return { ...draft, spoilers: mapKeep(draft.spoilers, (sp) => (sp.revealedAt === from ? { ...sp, revealedAt: to } : sp)) };
}
