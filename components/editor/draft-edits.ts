/** Pure edits behind some editor controls (kept apart from the components so they can be tested). */
import type { Question } from "@/lib/content/schema";

type Ordering = Extract<Question, { type: "ordering" }>;

/**
 * "12.5" is kept as a number (as in the case files); anything else ("< 5", "10,4", "normaux") as
 * text, and so is a number that would not read back as typed ("0.50"), so typing is never altered.
 */
export function labValue(input: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(input) && String(Number(input)) === input ? Number(input) : input;
}

/** A, B, … Z, then A2, B2 … : how options are named to the author (ids stay as they are). */
export function optionLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`;
}

/** New items join the end of the expected order; removed ones leave the order and the rule. */
export function withItems(q: Ordering, items: Ordering["items"]): Ordering {
  const ids = new Set(items.map((i) => i.id));
  const kept = q.order.filter((id) => ids.has(id));
  const added = items.map((i) => i.id).filter((id) => !q.order.includes(id));
  return {
    ...q,
    items,
    order: [...kept, ...added],
    rule: { ...q.rule, fixed: q.rule.fixed.filter((id) => ids.has(id)), tolerated: q.rule.tolerated.filter(([a, b]) => ids.has(a) && ids.has(b)) },
  };
}
