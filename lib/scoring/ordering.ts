import type { Question } from "@/lib/content/schema";
import type { Credit } from "./choice";
import type { Reason } from "./types";

type OrderingQuestion = Extract<Question, { type: "ordering" }>;

/**
 * Ordering: a `fixed` item away from its expected position → 0. Otherwise each pair of items in
 * the wrong relative order (Kendall distance), except `tolerated` pairs, costs `perSwap`.
 */
export function scoreOrdering(q: Pick<OrderingQuestion, "items" | "order" | "rule">, given: readonly string[]): Credit {
  const text = new Map(q.items.map((i) => [i.id, i.text]));
  const label = (id: string) => text.get(id) ?? id;
  const position = new Map(given.map((id, i) => [id, i]));

  const misplaced: Reason[] = [];
  for (const id of q.rule.fixed) {
    const expected = q.order.indexOf(id);
    const actual = position.get(id);
    if (actual !== expected) {
      misplaced.push({
        rule: "ordering.fixed-misplaced",
        params: { item: id, text: label(id), expected: expected + 1, given: actual === undefined ? 0 : actual + 1 },
      });
    }
  }
  if (misplaced.length > 0) return { credit: 0, reasons: misplaced };

  const tolerated = new Set(q.rule.tolerated.flatMap(([a, b]) => [`${a}\u0000${b}`, `${b}\u0000${a}`]));
  const inverted: Reason[] = [];
  for (let i = 0; i < q.order.length; i++) {
    for (let j = i + 1; j < q.order.length; j++) {
      const first = q.order[i];
      const second = q.order[j];
      const pi = position.get(first);
      const pj = position.get(second);
      // validateAnswer guarantees a permutation; a missing item counts as out of order.
      const discordant = pi === undefined || pj === undefined || pi > pj;
      if (discordant && !tolerated.has(`${first}\u0000${second}`)) {
        inverted.push({ rule: "ordering.pair-inverted", params: { first: label(first), second: label(second) } });
      }
    }
  }
  if (inverted.length === 0) return { credit: 1, reasons: [] };
  const credit = Math.max(0, 1 - q.rule.perSwap * inverted.length);
  return {
    credit,
    reasons: [...inverted, { rule: "ordering.swaps", params: { count: inverted.length, perSwap: q.rule.perSwap, credit } }],
  };
}
