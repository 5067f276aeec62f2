/**
 * What a review shows with a missed question: the minimum the question needs, never later
 * information. That is its stage as the learner entered it (title, narrative, findings) and the new
 * information brought by the questions before it in that stage; the question itself comes in its
 * learner-safe projection (no key), with the option order of the attempt it was missed in. Pure.
 */
import type { CaseDefinition } from "@/lib/content/schema";
import { findingView } from "@/lib/player/finding-view";
import { publicQuestion } from "@/lib/player/public-question";
import type { FindingView, NewInformationView, PublicQuestion } from "@/lib/player/view-types";

export type ReviewContext = {
  caseTitle: string;
  stageTitle: string;
  narrative: string;
  findings: FindingView[];
  /** New information of the earlier questions of the stage, in order. */
  earlier: NewInformationView[];
  question: PublicQuestion;
};

export function reviewContext(def: CaseDefinition, stageIndex: number, questionId: string, attemptId: string, locale: "fr" | "en"): ReviewContext | null {
  const stage = def.stages[stageIndex];
  const at = stage?.questions.findIndex((q) => q.id === questionId) ?? -1;
  if (!stage || at < 0) return null;
  const earlier = stage.questions
    .slice(0, at)
    .flatMap((q) => (q.newInformation && (q.newInformation.narrative || q.newInformation.findings?.length) ? [q.newInformation] : []))
    .map((info) => ({ narrative: info.narrative, findings: info.findings?.map((f) => findingView(f, locale)) }));
  return {
    caseTitle: def.title,
    stageTitle: stage.title,
    narrative: stage.narrative,
    findings: stage.findings.map((f) => findingView(f, locale)),
    earlier,
    question: publicQuestion(stage.questions[at], attemptId, locale),
  };
}
