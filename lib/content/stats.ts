import type { CaseDefinition, QuestionType, Relevance } from "./schema";

export type CaseStats = {
  stages: number;
  questions: number;
  questionsByType: Record<QuestionType, number>;
  investigationsByRelevance: Record<Relevance, number>;
  /** Sum of question points. */
  maxQuestionPoints: number;
  /** Sum of essential investigation points. */
  maxInvestigationPoints: number;
  /** Maximum score of an attempt (what the mark out of 20 divides by). */
  maxScore: number;
};

export function caseStats(caseDef: Pick<CaseDefinition, "stages">): CaseStats {
  const questionsByType: Record<QuestionType, number> = { qru: 0, qrm: 0, qrp: 0, qroc: 0, numeric: 0, ordering: 0, tcs: 0, zone: 0, representation: 0, differential: 0 };
  const investigationsByRelevance: Record<Relevance, number> = { essential: 0, useful: 0, unnecessary: 0, harmful: 0 };
  let maxQuestionPoints = 0;
  let maxInvestigationPoints = 0;
  for (const stage of caseDef.stages) {
    for (const q of stage.questions) {
      questionsByType[q.type] += 1;
      maxQuestionPoints += q.points;
    }
    for (const inv of stage.investigations) {
      investigationsByRelevance[inv.relevance] += 1;
      if (inv.relevance === "essential") maxInvestigationPoints += inv.points;
    }
  }
  return {
    stages: caseDef.stages.length,
    questions: Object.values(questionsByType).reduce((s, n) => s + n, 0),
    questionsByType,
    investigationsByRelevance,
    maxQuestionPoints,
    maxInvestigationPoints,
    // Same rounding as scoreAttempt so both report the same maximum.
    maxScore: Math.round((maxQuestionPoints + maxInvestigationPoints) * 1e6) / 1e6,
  };
}
