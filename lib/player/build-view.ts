/**
 * Builds what the learner's browser receives from the full case and the attempt's state.
 * Invariant (PRODUCT.md rule 1): a locked stage, an unordered result, or the key/explanation of a
 * question not yet answered (or, in exam mode, of any question before the end) is never copied in.
 */
import type { CaseDefinition, Finding, Stage } from "@/lib/content/schema";
import { scoreQuestion } from "@/lib/scoring";
import type { Answer } from "@/lib/scoring/types";
import { buildFeedback } from "./feedback";
import { publicQuestion } from "./public-question";
import type { AttemptView, FindingView, StageView } from "./view-types";

export type AttemptState = {
  id: string;
  mode: "training" | "exam";
  status: "in_progress" | "finished";
  currentStage: number;
  deadlineAt: number | null;
  answers: ReadonlyMap<string, Answer>;
  ordered: ReadonlyMap<string, number>;
};

export function findingView(f: Finding): FindingView {
  switch (f.kind) {
    case "vitals":
      return { kind: "vitals", title: f.title, items: f.items.map((i) => ({ label: i.label, value: String(i.value), unit: i.unit })) };
    case "lab":
      return {
        kind: "lab",
        title: f.title,
        date: f.date,
        rows: f.rows.map((r) => ({ analyte: r.analyte, value: String(r.value), unit: r.unit, range: r.range, flag: r.flag, note: r.note })),
      };
    default:
      return { kind: f.kind, title: f.title, text: f.text };
  }
}

export function stageComplete(stage: Stage, answers: ReadonlyMap<string, Answer>): boolean {
  return stage.questions.every((q) => answers.has(q.id));
}

export function buildAttemptView(caseDef: CaseDefinition, state: AttemptState, locale: "fr" | "en"): AttemptView {
  const showFeedback = state.mode === "training" || state.status === "finished";
  const errata = new Map(caseDef.errata.map((e) => [e.id, e]));
  const unlocked = caseDef.stages.slice(0, state.currentStage + 1);
  let answeredCount = 0;
  const stages: StageView[] = unlocked.map((stage, index) => ({
    index,
    id: stage.id,
    title: stage.title,
    narrative: stage.narrative,
    findings: stage.findings.map(findingView),
    investigations: stage.investigations.map((inv) => {
      const orderedAt = state.ordered.get(inv.id);
      return orderedAt === undefined
        ? { id: inv.id, label: inv.label, cost: inv.cost, delay: inv.delay }
        : { id: inv.id, label: inv.label, cost: inv.cost, delay: inv.delay, result: inv.result, orderedAt };
    }),
    questions: stage.questions.map((q) => {
      const answer = state.answers.get(q.id) ?? null;
      if (answer) answeredCount++;
      return {
        question: publicQuestion(q, state.id),
        answer,
        // Finished attempts show every key, including the questions left unanswered at the deadline.
        feedback: (answer && showFeedback) || state.status === "finished" ? buildFeedback(q, scoreQuestion(q, answer), locale) : null,
      };
    }),
    errata: stage.errata.flatMap((id) => {
      const e = errata.get(id);
      return e ? [{ id: e.id, quote: e.quote, correction: e.correction }] : [];
    }),
    complete: stageComplete(stage, state.answers),
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
