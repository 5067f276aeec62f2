import type { CaseDefinition } from "@/lib/content/schema";
import { scoreInvestigations } from "./investigations";
import { scoreNonContributory } from "./catalogue";
import { scoreQuestion } from "./question";
import type { AttemptScore, ObjectiveScore, QuestionResult, Responses, StageScore } from "./types";

/** Float sums of thirds and fifths drift (0.1 + 0.2); totals are kept to 6 decimals. */
const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round((x + Number.EPSILON) * f) / f;
};

/**
 * Scores a whole attempt. Total = questions + investigations, floored at 0; max = question points +
 * essential investigation points; mark20 = total / max × 20 rounded to 2 decimals.
 */
export function scoreAttempt(
  caseDef: Pick<CaseDefinition, "stages" | "objectives">,
  responses: Responses,
  orderedInvestigationIds: Iterable<string>,
  /** Labels of the catalogue's tests, for the reasons of non-contributory orders (ids otherwise). */
  catalogueLabels?: ReadonlyMap<string, string>,
): AttemptScore {
  const ordered = [...orderedInvestigationIds];
  const objectives = new Map<string, ObjectiveScore>(caseDef.objectives.map((o) => [o.id, { id: o.id, text: o.text, points: 0, max: 0 }]));

  const stages: StageScore[] = caseDef.stages.map((stage) => {
    const questions: QuestionResult[] = stage.questions.map((q) => {
      const answer = responses[q.id];
      const score = scoreQuestion(q, answer);
      for (const id of q.objectives) {
        const o = objectives.get(id);
        if (o) {
          o.points += score.points;
          o.max += score.max;
        }
      }
      return { ...score, questionId: q.id, type: q.type, objectives: q.objectives, answered: answer != null };
    });
    const investigations = scoreNonContributory(stage, ordered, scoreInvestigations(stage.investigations, ordered), catalogueLabels);
    const points = questions.reduce((s, q) => s + q.points, 0) + investigations.points;
    const max = questions.reduce((s, q) => s + q.max, 0) + investigations.max;
    return { stageId: stage.id, title: stage.title, questions, investigations, points: round(points, 6), max: round(max, 6) };
  });

  const rawTotal = round(stages.reduce((s, st) => s + st.points, 0), 6);
  const max = round(stages.reduce((s, st) => s + st.max, 0), 6);
  const total = Math.max(0, rawTotal);
  return {
    stages,
    total,
    rawTotal,
    max,
    mark20: max > 0 ? round((total / max) * 20, 2) : 0,
    objectives: [...objectives.values()].map((o) => ({ ...o, points: round(o.points, 6), max: round(o.max, 6) })),
    reasons: rawTotal < 0 ? [{ rule: "attempt.floored", params: { rawTotal } }] : [],
  };
}
