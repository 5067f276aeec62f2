/**
 * A two-parameter logistic (IRT) model of a learner answering a case, for synthetic cohorts:
 * each decision (tick an option, find the QROC answer, order an essential test…) succeeds with
 * probability logistic(a · (θ − b)), θ the learner's ability ~ N(0, 1), b the decision's
 * difficulty, a its discrimination. A few items get a ≤ 0 on purpose, as real item banks do,
 * so the review has dubious items to flag. Pure: answers are raw objects the player would send.
 */
import type { Investigation, Question } from "@/lib/content/schema";
import { toleranceBounds, TCS_VALUES } from "@/lib/scoring";
import { logistic, normal, uniform, weightedIndex, type Rng } from "./random";

export type ItemParams = { a: number; b: number; options: Map<string, { b: number; lure: number }> };

const WRONG_QROC = ["je ne sais pas", "autre diagnostic", "bilan standard", "surveillance simple"];

export function itemParams(q: Question | Investigation, rng: Rng): ItemParams {
  const dubious = rng() < 0.08;
  const a = dubious ? uniform(rng, -0.6, 0.1) : uniform(rng, 0.7, 2.2);
  const b = normal(rng, -0.5, 0.8);
  const ids = "options" in q ? q.options.map((o) => o.id) : "zones" in q ? q.zones.map((z) => z.id) : [];
  // Each option of a multiple-answer question is its own decision; one wrong tick already costs
  // half the question (discordance), so options are easier than the question as a whole.
  return { a, b, options: new Map(ids.map((id) => [id, { b: b - 1.2 + normal(rng, 0, 0.5), lure: Math.exp(normal(rng)) }])) };
}

const success = (rng: Rng, theta: number, a: number, b: number) => rng() < logistic(a * (theta - b));

function tickEach(rng: Rng, theta: number, p: ItemParams, options: { id: string; correct: boolean }[]): string[] {
  return options.filter((o) => success(rng, theta, p.a, p.options.get(o.id)?.b ?? p.b) === o.correct).map((o) => o.id);
}

export function simulateAnswer(q: Question, theta: number, p: ItemParams, rng: Rng): Record<string, unknown> {
  switch (q.type) {
    case "qru": {
      if (success(rng, theta, p.a, p.b)) return { choice: q.options.find((o) => o.correct)!.id };
      const lures = q.options.filter((o) => !o.correct);
      return { choice: lures[weightedIndex(rng, lures.map((o) => p.options.get(o.id)?.lure ?? 1))].id };
    }
    case "qrm":
      return { choices: tickEach(rng, theta, p, q.options) };
    case "zone":
      return { choices: tickEach(rng, theta, p, q.zones) };
    case "qrp": {
      const right = q.options.filter((o) => o.correct && success(rng, theta, p.a, p.options.get(o.id)!.b)).map((o) => o.id);
      const wrong = q.options.filter((o) => !o.correct && !success(rng, theta, p.a, p.options.get(o.id)!.b)).map((o) => o.id);
      return { choices: [...right, ...wrong].slice(0, q.n) };
    }
    case "qroc":
      return { text: success(rng, theta, p.a, p.b) ? q.accepted[Math.floor(rng() * q.accepted.length)] : WRONG_QROC[Math.floor(rng() * WRONG_QROC.length)] };
    case "numeric": {
      if (success(rng, theta, p.a, p.b)) return { value: q.answer };
      // A wrong value outside the tolerance, on the same grain as the key (a grade stays an integer).
      const { min, max } = toleranceBounds(q.answer, q.tolerance);
      const gap = Math.max(1, Math.abs(q.answer) * uniform(rng, 0.2, 0.8));
      const below = rng() < 0.5 && min - gap > 0;
      const raw = below ? min - gap : max + gap;
      return { value: Number.isInteger(q.answer) ? (below ? Math.floor(raw) : Math.ceil(raw)) : Math.round(raw * 10) / 10 };
    }
    case "ordering": {
      const order = [...q.order];
      for (let i = 0; i < order.length - 1; i++) {
        if (!success(rng, theta, p.a, p.b - 0.5)) [order[i], order[i + 1]] = [order[i + 1], order[i]];
      }
      return { order };
    }
    case "tcs": {
      const counts = TCS_VALUES.map((v) => q.panel[String(v) as keyof typeof q.panel]);
      const modal = Math.max(...counts);
      const best = TCS_VALUES.filter((_, i) => counts[i] === modal);
      if (success(rng, theta, p.a, p.b)) return { value: best[Math.floor(rng() * best.length)] };
      return { value: TCS_VALUES[weightedIndex(rng, counts.map((c) => (c === modal ? 0.2 : c + 1)))] };
    }
    case "representation":
      return { text: "Synthèse rédigée par un étudiant simulé." };
    case "differential": {
      // Each of the author's diagnoses is kept (with its flag) when the item succeeds; a lure replaces it otherwise.
      const lures = q.diagnoses.filter((d) => !q.ranking.some((k) => k.id === d.id));
      const ranking = q.ranking.map((k, i) => (success(rng, theta, p.a, p.b) || !lures[i] ? { id: k.id, cantMiss: k.cantMiss } : { id: lures[i].id, cantMiss: false }));
      return { ranking };
    }
  }
}

/** Whether the learner orders an investigation: able learners order essential tests and skip wasteful ones. */
export function ordersInvestigation(inv: Investigation, theta: number, p: ItemParams, rng: Rng): boolean {
  const skill = logistic(theta);
  switch (inv.relevance) {
    case "essential":
      return success(rng, theta, Math.abs(p.a), p.b);
    case "useful":
      return rng() < 0.3 + 0.3 * skill;
    case "unnecessary":
      return rng() < 0.4 * (1 - skill);
    case "harmful":
      return rng() < 0.25 * (1 - skill);
  }
}
