/**
 * Builds what the learner's browser receives from the full case and the attempt's state.
 * Invariant (PRODUCT.md rule 1): a locked stage, a question not yet reached (stem, options, new
 * information: nothing of it), an unordered result, or the key/explanation/errata of a question not
 * yet answered (or, in exam mode, of any question before the end) is never copied in.
 */
import type { CaseDefinition, Stage } from "@/lib/content/schema";
import { scoreQuestion } from "@/lib/scoring";
import type { Answer } from "@/lib/scoring/types";
import { awaitsMenuClose, reachedQuestions, stageMenuOpen } from "./disclosure";
import { catalogueStageView } from "./catalogue-view";
import type { Catalogue } from "@/lib/content/catalogue";
import { buildFeedback } from "./feedback";
import { findingView } from "./finding-view";
import { publicQuestion } from "./public-question";
import type { AttemptView, ErratumView, StageView } from "./view-types";

export { findingView };

export type AttemptState = {
  id: string;
  mode: "training" | "exam";
  status: "in_progress" | "finished";
  currentStage: number;
  deadlineAt: number | null;
  answers: ReadonlyMap<string, Answer>;
  ordered: ReadonlyMap<string, number>;
  /** Problem representations: the qualifiers the learner said they had, by question id. */
  selfChecks?: ReadonlyMap<string, string[]>;
  /** The shared catalogue of tests, when the case has a catalogue-menu stage. */
  catalogue?: Catalogue;
  /** The stages whose menu the learner closed ("J'ai terminé mes demandes"); absent: none. */
  closedMenus?: ReadonlySet<number>;
};

export function stageComplete(stage: Stage, answers: ReadonlyMap<string, Answer>): boolean {
  return stage.questions.every((q) => answers.has(q.id));
}

export function buildAttemptView(caseDef: CaseDefinition, state: AttemptState, locale: "fr" | "en"): AttemptView {
  const finished = state.status === "finished";
  const showFeedback = state.mode === "training" || finished;
  const errata = new Map(caseDef.errata.map((e) => [e.id, e]));
  const errataOf = (ids: readonly string[] | undefined): ErratumView[] =>
    (ids ?? []).flatMap((id) => {
      const e = errata.get(id);
      return e ? [{ id: e.id, quote: e.quote, correction: e.correction }] : [];
    });
  const unlocked = caseDef.stages.slice(0, state.currentStage + 1);
  // A finished attempt shows every question of the stages it reached (keys of unanswered ones included).
  const closedMenus = state.closedMenus ?? new Set<number>();
  const reached = finished ? null : reachedQuestions(caseDef, state.currentStage, state.answers, closedMenus);
  let answeredCount = 0;
  const stages: StageView[] = unlocked.map((stage, index) => ({
    index,
    id: stage.id,
    title: stage.title,
    narrative: stage.narrative,
    findings: stage.findings.map((f) => findingView(f, locale)),
    investigations: stage.investigations.map((inv) => {
      const orderedAt = state.ordered.get(inv.id);
      return orderedAt === undefined
        ? { id: inv.id, label: inv.label, cost: inv.cost, delay: inv.delay }
        : { id: inv.id, label: inv.label, cost: inv.cost, delay: inv.delay, result: inv.result, orderedAt };
    }),
    // A catalogue menu replaces the list: only what was ordered, and the catalogue to search (never the case's tests).
    ...(stage.menu === "catalogue" ? catalogueStageView(stage, state.ordered, state.catalogue, !finished && index === state.currentStage) : {}),
    questions: stage.questions
      .filter((q) => reached === null || reached.has(q.id))
      .map((q) => {
        const answer = state.answers.get(q.id) ?? null;
        if (answer) answeredCount++;
        const earned = (answer !== null && showFeedback) || finished;
        return {
          question: publicQuestion(q, state.id, locale),
          answer,
          // Finished attempts show every key, including the questions left unanswered at the deadline.
          feedback: earned ? buildFeedback(q, scoreQuestion(q, answer), locale, state.id) : null,
          errata: earned ? errataOf(q.errata) : [],
          ...(q.type === "representation" && earned ? { selfCheck: state.selfChecks?.get(q.id) ?? null } : {}),
        };
      }),
    questionCount: stage.questions.length,
    errata: errataOf(stage.errata),
    complete: stageComplete(stage, state.answers),
    menuOpen: !finished && index === state.currentStage && stageMenuOpen(stage, state.answers, closedMenus.has(index)),
    awaitsMenuClose: !finished && index === state.currentStage && awaitsMenuClose(stage, state.answers, closedMenus.has(index)),
  }));
  return {
    id: state.id,
    caseSlug: caseDef.slug,
    caseTitle: caseDef.title,
    mode: state.mode,
    status: state.status,
    totalStages: caseDef.stages.length,
    currentStage: state.currentStage,
    deadlineAt: state.deadlineAt,
    stages,
    answeredCount,
  };
}
