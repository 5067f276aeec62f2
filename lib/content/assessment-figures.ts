/**
 * Assessment figures of a case, the ones that tell whether its marks reward reasoning: what a learner
 * earns by ordering every investigation and answering nothing (the "blind" mark), the share of the
 * maximum carried by investigations, and how many PMZ options the case uses. `case:check` prints them
 * and fails above the limits. Pure module: it runs the scoring engine on the case data.
 */
import { scoreAttempt } from "@/lib/scoring";
import type { CaseDefinition } from "./schema";

export type AssessmentLimits = {
  /** Mark out of 20 (ordering every investigation, answering nothing). */
  blindMarkMax: number;
  /** Percent of the maximum score carried by essential investigations. */
  investigationShareMax: number;
  /** PMZ options in the whole case. */
  pmzMax: number;
};

/** Defaults: the EDN examines reasoning, not test ordering, and keeps PMZ for dangerous omissions. */
export const DEFAULT_ASSESSMENT_LIMITS: AssessmentLimits = { blindMarkMax: 3, investigationShareMax: 35, pmzMax: 4 };

export type AssessmentFigures = {
  /** Mark out of 20 of an attempt that orders every investigation of every stage and answers nothing. */
  blindMark20: number;
  /** Essential investigation points / maximum score, in percent (2 decimals). */
  investigationShare: number;
  investigationMax: number;
  maxScore: number;
  /** Number of options marked `pmz` (a QRU/QRM/QRP option each). */
  pmzCount: number;
  /** Number of options marked `inacceptable`. */
  inacceptableCount: number;
};

export type AssessmentBreach = { figure: keyof AssessmentLimits; value: number; limit: number };

const round2 = (x: number) => Math.round((x + Number.EPSILON) * 100) / 100;

export function assessmentFigures(caseDef: Pick<CaseDefinition, "stages" | "objectives">): AssessmentFigures {
  const every = caseDef.stages.flatMap((s) => s.investigations.map((i) => i.id));
  const blind = scoreAttempt(caseDef, {}, every);
  const investigationMax = blind.stages.reduce((s, st) => s + st.investigations.max, 0);
  let pmzCount = 0;
  let inacceptableCount = 0;
  for (const q of caseDef.stages.flatMap((s) => s.questions)) {
    if (q.type !== "qru" && q.type !== "qrm" && q.type !== "qrp") continue;
    pmzCount += q.options.filter((o) => o.pmz).length;
    inacceptableCount += q.options.filter((o) => o.inacceptable).length;
  }
  return {
    blindMark20: blind.mark20,
    investigationShare: blind.max > 0 ? round2((investigationMax / blind.max) * 100) : 0,
    investigationMax: Math.round(investigationMax * 1e6) / 1e6,
    maxScore: blind.max,
    pmzCount,
    inacceptableCount,
  };
}

/** The case's limits: the defaults, overridden field by field by `assessmentLimits` (which carries its reason). */
export function assessmentLimitsOf(caseDef: Pick<CaseDefinition, "assessmentLimits">): AssessmentLimits {
  const own = caseDef.assessmentLimits;
  return {
    blindMarkMax: own?.blindMarkMax ?? DEFAULT_ASSESSMENT_LIMITS.blindMarkMax,
    investigationShareMax: own?.investigationShareMax ?? DEFAULT_ASSESSMENT_LIMITS.investigationShareMax,
    pmzMax: own?.pmzMax ?? DEFAULT_ASSESSMENT_LIMITS.pmzMax,
  };
}

/** Figures above their limit (empty when the case is within all limits). */
export function assessmentBreaches(figures: AssessmentFigures, limits: AssessmentLimits): AssessmentBreach[] {
  const pairs: [keyof AssessmentLimits, number][] = [
    ["blindMarkMax", figures.blindMark20],
    ["investigationShareMax", figures.investigationShare],
    ["pmzMax", figures.pmzCount],
  ];
  return pairs.filter(([k, v]) => v > limits[k]).map(([figure, value]) => ({ figure, value, limit: limits[figure] }));
}
