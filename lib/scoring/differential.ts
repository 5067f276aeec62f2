/**
 * Ranked differential (issue #16): up to 5 diagnoses, most likely first, each with a "can't-miss" flag,
 * scored against the author's ranked list. The rule (PRODUCT.md, "Ranked differential"):
 *   credit = 0.5 × presence + 0.2 × rank + 0.3 × can't-miss, rounded to 4 decimals, where for the
 *   author's list K (m diagnoses) and its can't-miss diagnoses C (c of them):
 *   - presence = diagnoses of K in the learner's list ÷ m;
 *   - rank = Σ over the diagnoses of K in the learner's list (1 at the author's position, 0.5 one place
 *     off, 0 further) ÷ m;
 *   - can't-miss = max(0, caught − 0.5 × false alarms) ÷ c, where caught = diagnoses of C listed and
 *     flagged, false alarm = a diagnosis flagged that is not in C; with c = 0: max(0, 1 − 0.5 × false alarms).
 * Diagnoses the learner adds beyond K cost nothing by themselves (the list is capped at 5).
 */
import type { Credit } from "./choice";
import type { Reason } from "./types";

export const DIFFERENTIAL_MAX = 5;
export const DIFFERENTIAL_WEIGHTS = { presence: 0.5, rank: 0.2, cantMiss: 0.3 } as const;
const FALSE_ALARM_COST = 0.5;

export type RankedDiagnosis = { id: string; cantMiss: boolean };
type KeyQuestion = { diagnoses: readonly { id: string; text: string }[]; ranking: readonly RankedDiagnosis[] };

/** The three components, each in [0, 1], before weighting. */
export type DifferentialParts = { presence: number; rank: number; cantMiss: number };
export type DifferentialCredit = Credit & { parts: DifferentialParts };

const round = (x: number, d: number) => {
  const f = 10 ** d;
  return Math.round((x + Number.EPSILON) * f) / f;
};

export function scoreDifferential(q: KeyQuestion, given: readonly RankedDiagnosis[]): DifferentialCredit {
  const text = new Map(q.diagnoses.map((d) => [d.id, d.text]));
  const label = (id: string) => text.get(id) ?? id;
  // Unknown or repeated ids are rejected by validateAnswer; ignoring them here keeps scoring total.
  const seen = new Set<string>();
  const list = given.filter((g) => text.has(g.id) && !seen.has(g.id) && (seen.add(g.id), true)).slice(0, DIFFERENTIAL_MAX);
  const position = new Map(list.map((g, i) => [g.id, i]));
  const flagged = new Set(list.filter((g) => g.cantMiss).map((g) => g.id));
  const cantMiss = new Set(q.ranking.filter((k) => k.cantMiss).map((k) => k.id));
  const reasons: Reason[] = [];

  let present = 0;
  let rankSum = 0;
  q.ranking.forEach((k, expected) => {
    const at = position.get(k.id);
    if (at === undefined) {
      reasons.push({ rule: "differential.absent", params: { text: label(k.id), expected: expected + 1 } });
      return;
    }
    present++;
    const off = Math.abs(at - expected);
    rankSum += off === 0 ? 1 : off === 1 ? 0.5 : 0;
    if (off > 0) reasons.push({ rule: "differential.rank", params: { text: label(k.id), expected: expected + 1, given: at + 1 } });
  });

  let caught = 0;
  for (const id of cantMiss) {
    if (flagged.has(id)) caught++;
    else reasons.push({ rule: position.has(id) ? "differential.cant-miss-unflagged" : "differential.cant-miss-absent", params: { text: label(id) } });
  }
  const falseAlarms = list.filter((g) => g.cantMiss && !cantMiss.has(g.id));
  for (const g of falseAlarms) reasons.push({ rule: "differential.false-alarm", params: { text: label(g.id) } });

  const m = q.ranking.length;
  const cantMissRaw =
    cantMiss.size === 0 ? Math.max(0, 1 - FALSE_ALARM_COST * falseAlarms.length) : Math.max(0, caught - FALSE_ALARM_COST * falseAlarms.length) / cantMiss.size;
  const parts: DifferentialParts = { presence: round(present / m, 4), rank: round(rankSum / m, 4), cantMiss: round(cantMissRaw, 4) };
  const w = DIFFERENTIAL_WEIGHTS;
  const credit = round(w.presence * (present / m) + w.rank * (rankSum / m) + w.cantMiss * cantMissRaw, 4);
  if (credit < 1) reasons.push({ rule: "differential.credit", params: { presence: parts.presence, rank: parts.rank, cantMiss: parts.cantMiss, credit } });
  return { credit, reasons, parts };
}
