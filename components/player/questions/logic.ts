/** Pure helpers of the question inputs (no React), unit-tested in logic.test.ts. */
import type { PublicQuestion } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { normalizeText } from "@/lib/scoring/normalize";
import { TCS_VALUES, formatTcs, type TcsValue } from "@/lib/scoring/tcs";
// The same limits and parser as the server's validateAnswer, so the browser never accepts what the server refuses.
export { QROC_MAX_CHARS, QROC_MAX_WORDS } from "@/lib/scoring/limits";
export { parseFrenchNumber } from "@/lib/scoring/numeric";
export { TCS_VALUES, formatTcs, type TcsValue };

export type Locale = "fr" | "en";

/** Words as the server counts them: runs of non-space characters of the trimmed text. */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/u).length;
}

/** A copy of `list` with the item at `from` moved to `to` (indices clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = list.slice();
  if (from < 0 || from >= list.length) return next;
  const target = Math.max(0, Math.min(list.length - 1, to));
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item);
  return next;
}

/** Where a dragged item lands: the number of other items whose vertical midpoint lies above the pointer. */
export function dropIndex(otherMidpoints: readonly number[], pointerY: number): number {
  return otherMidpoints.filter((mid) => mid < pointerY).length;
}

/** Options whose text contains every word of the query, ignoring case, accents and punctuation. */
export function filterOptions<T extends { text: string }>(options: readonly T[], query: string): T[] {
  const words = normalizeText(query).split(" ").filter(Boolean);
  if (words.length === 0) return options.slice();
  return options.filter((o) => {
    const text = normalizeText(o.text);
    return words.every((w) => text.includes(w));
  });
}

/**
 * Ticks or unticks `id`, keeping the options' order. With a `max` (QRP), ticking one more than
 * `max` is refused and the choices are returned unchanged.
 */
export function toggleChoice(
  choices: readonly string[],
  id: string,
  order: readonly string[],
  max?: number,
): { choices: string[]; refused: boolean } {
  if (choices.includes(id)) return { choices: choices.filter((c) => c !== id), refused: false };
  if (max !== undefined && choices.length >= max) return { choices: choices.slice(), refused: true };
  const set = new Set([...choices, id]);
  return { choices: order.filter((o) => set.has(o)), refused: false };
}

/** What the submit button starts with: an ordering is answerable as shown; every other type needs input. */
export function initialAnswer(question: PublicQuestion): Answer | null {
  return question.type === "ordering" ? { type: "ordering", order: question.items.map((i) => i.id) } : null;
}

/** Paragraphs of a plain text: split on blank lines, each trimmed, empty ones dropped. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** French: 0 and 1 take the singular (and so does 1,5); English: only 1 does. */
export function isSingular(locale: Locale, count: number): boolean {
  const c = Math.abs(count);
  return locale === "fr" ? c < 2 : c === 1;
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 4 }).format(value);
}

export type Verdict = "full" | "partial" | "none";

export function verdict(points: number, max: number): Verdict {
  if (max > 0 && points >= max) return "full";
  return points > 0 ? "partial" : "none";
}

/** Catalogue key of each TCS scale point. */
export const TCS_KEYS: Record<TcsValue, "minus2" | "minus1" | "zero" | "plus1" | "plus2"> = {
  [-2]: "minus2",
  [-1]: "minus1",
  0: "zero",
  1: "plus1",
  2: "plus2",
};

/** "+1", "0", "−2" with a true minus sign, as printed on a TCS scale. */
export const tcsSign = (v: number) => formatTcs(v).replace("-", "\u2212");

/**
 * How the feedback marks one option: the key (expected or not), a cross only on a wrong option the
 * learner ticked, and a mistake badge only where the learner erred. A wrong option rightly left
 * unticked is neither crossed nor badged as an error.
 */
export function optionMarks(option: { correct: boolean }, ticked: boolean): { crossed: boolean; mistake: "wrongly-chosen" | "missed" | null } {
  if (option.correct) return { crossed: false, mistake: ticked ? null : "missed" };
  return { crossed: ticked, mistake: ticked ? "wrongly-chosen" : null };
}
