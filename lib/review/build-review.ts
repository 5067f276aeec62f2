/**
 * Computes an assignment's cohort review from its rows (pure; statistics from lib/stats).
 * Item analysis rows are the counted attempts (one per student who finished), columns the case's
 * questions in stage order; an unanswered question (exam time out) scores 0.
 */
import { DEFAULT_NON_CONTRIBUTORY_POINTS, nonContributoryTest } from "@/lib/content/catalogue";
import type { CaseDefinition } from "@/lib/content/schema";
import type { Answer } from "@/lib/scoring/types";
import { describe, histogram, itemAnalysis, medianDurationByStage } from "@/lib/stats";
import { summariseAnswers } from "./answer-summary";
import { studentRows } from "./student-rows";
import type { InvestigationReview, QuestionReview, Review, ReviewInput, StageTime } from "./types";

const HISTOGRAM = { min: 0, max: 20, bins: 10 } as const;
const STEM_LENGTH = 140;

const flatStem = (stem: string) => stem.replace(/\s+/g, " ").trim();

function shortStem(stem: string): string {
  const flat = flatStem(stem);
  return flat.length > STEM_LENGTH ? `${flat.slice(0, STEM_LENGTH - 1)}…` : flat;
}

/** Float sums of halves and thirds drift; points are kept to 6 decimals, as the scoring does. */
const round6 = (x: number) => Math.round((x + Number.EPSILON) * 1e6) / 1e6;

export function buildReview(def: Pick<CaseDefinition, "stages">, input: ReviewInput): Review {
  const picks = studentRows(input.members, input.attempts, input.rule);
  const counted = picks.flatMap((p) => (p.counted ? [p] : []));
  const countedIds = new Set(counted.map((p) => p.counted!.id));

  const questions = def.stages.flatMap((stage, stageIndex) => stage.questions.map((q) => ({ q, stageIndex })));
  const column = new Map(questions.map(({ q }, i) => [q.id, i]));

  // One pass over the responses: points into the matrix, answers for the answer summaries.
  const rowOf = new Map(counted.map((p, i) => [p.counted!.id, i]));
  const matrix = counted.map(() => new Array<number>(questions.length).fill(0));
  const answered: { answer: Answer; points: number }[][] = questions.map(() => []);
  for (const r of input.responses) {
    const row = rowOf.get(r.attemptId);
    const col = column.get(r.questionId);
    if (row === undefined || col === undefined) continue;
    matrix[row][col] = r.points;
    answered[col].push({ answer: r.answer as Answer, points: r.points });
  }
  counted.forEach((p, i) => {
    for (const [j, { q }] of questions.entries()) p.row.points[q.id] = matrix[i][j];
  });

  const analysis = itemAnalysis(
    matrix,
    questions.map(({ q }) => q.points),
  );
  const questionReviews: QuestionReview[] = questions.map(({ q, stageIndex }, i) => {
    const s = analysis.items[i];
    return {
      id: q.id,
      number: i + 1,
      stageIndex,
      type: q.type,
      stem: shortStem(q.stem),
      fullStem: flatStem(q.stem),
      max: q.points,
      mean: s.mean,
      facility: s.facility,
      sd: s.sd,
      discrimination: s.discrimination,
      efficiency: s.efficiency,
      flagged: s.flagged,
      reasons: s.reasons,
      ...summariseAnswers(q, answered[i]),
    };
  });

  // Each counted attempt's investigation points, as the scoring counts them: the question columns
  // plus these make the attempt's total (before its floor at zero).
  const investigationPoints = new Map(def.stages.flatMap((stage) => stage.investigations.map((inv) => [inv.id, inv.points] as const)));
  // A catalogue test the case does not define is filed per stage and costs that stage's non-contributory points.
  const pointsOf = (id: string) =>
    investigationPoints.get(id) ??
    def.stages.reduce((p, s) => (s.menu === "catalogue" && nonContributoryTest(s.id, id) !== null ? (s.nonContributoryPoints ?? DEFAULT_NON_CONTRIBUTORY_POINTS) : p), 0);
  const orderedBy = new Map<string, Set<string>>();
  for (const o of input.ordered) {
    if (!countedIds.has(o.attemptId)) continue;
    let set = orderedBy.get(o.attemptId);
    if (!set) orderedBy.set(o.attemptId, (set = new Set()));
    set.add(o.investigationId);
  }
  for (const p of counted) {
    let sum = 0;
    for (const id of orderedBy.get(p.counted!.id) ?? []) sum += pointsOf(id);
    p.row.investigationPoints = round6(sum);
  }

  const orderedCount = new Map<string, number>();
  for (const o of input.ordered) if (countedIds.has(o.attemptId)) orderedCount.set(o.investigationId, (orderedCount.get(o.investigationId) ?? 0) + 1);
  const investigations: InvestigationReview[] = def.stages.flatMap((stage, stageIndex) =>
    stage.investigations.map((inv) => {
      const count = orderedCount.get(inv.id) ?? 0;
      return { id: inv.id, stageIndex, label: inv.label, relevance: inv.relevance, points: inv.points, count, share: counted.length ? count / counted.length : null };
    }),
  );

  const durations = medianDurationByStage(
    [...input.visits]
      .filter((v) => countedIds.has(v.attemptId))
      .sort((a, b) => a.stageIndex - b.stageIndex)
      .map((v) => ({ stage: v.stageIndex, duration: v.completedAt === null ? null : v.completedAt - v.enteredAt })),
  );
  const stageTimes: StageTime[] = def.stages.map((stage, i) => ({ stageIndex: i, title: stage.title, n: durations.get(i)?.n ?? 0, medianMs: durations.get(i)?.median ?? null }));

  const marks = counted.map((p) => p.row.mark20 ?? 0);
  const rows = picks.map((p) => p.row);
  return {
    completion: {
      members: rows.length,
      notStarted: rows.filter((r) => r.status === "not_started").length,
      inProgress: rows.filter((r) => r.status === "in_progress").length,
      finished: rows.filter((r) => r.status === "finished").length,
      late: rows.filter((r) => r.late).length,
    },
    marks: describe(marks),
    histogram: histogram(marks, HISTOGRAM),
    alpha: analysis.alpha,
    n: analysis.n,
    questions: questionReviews,
    investigations,
    stageTimes,
    students: rows,
  };
}
