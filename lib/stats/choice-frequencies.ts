/** An option id: a string for QRU/QRM/QRP/zone options, a number for TCS (−2..+2). */
export type OptionId = string | number;

/** One student's answer: one id (QRU, TCS), several (QRM, QRP, zone), or null if not answered. */
export type ChoiceAnswer<T extends OptionId> = T | readonly T[] | null | undefined;

export type OptionFrequency<T extends OptionId> = {
  option: T;
  /** Students who chose this option. */
  count: number;
  /** count ÷ respondents; null when nobody answered. Shares of a QRM can sum to more than 1. */
  share: number | null;
};

export type ChoiceFrequencies<T extends OptionId> = {
  /** Students who gave an answer (an empty selection counts: it is an answer). */
  respondents: number;
  options: OptionFrequency<T>[];
};

/**
 * How many students chose each option of one question.
 *
 * `options`, when given, fixes the order and makes options nobody chose appear with 0 — a
 * distractor that attracts no one is itself worth showing. Ids found in answers but absent from
 * `options` (e.g. an option removed in a later version) are appended in order of first appearance,
 * so no answer is silently lost. A student ticking the same id twice counts once: the figure is
 * "how many students chose it".
 */
export function choiceFrequencies<T extends OptionId>(
  answers: readonly ChoiceAnswer<T>[],
  options: readonly T[] = [],
): ChoiceFrequencies<T> {
  // A Map keeps insertion order and keeps 1 and "1" distinct.
  const counts = new Map<T, number>();
  for (const option of options) counts.set(option, 0);

  let respondents = 0;
  for (const answer of answers) {
    if (answer === null || answer === undefined) continue;
    respondents += 1;
    const chosen = new Set<T>(isList(answer) ? answer : [answer]);
    for (const option of chosen) counts.set(option, (counts.get(option) ?? 0) + 1);
  }

  return {
    respondents,
    options: [...counts].map(([option, count]) => ({
      option,
      count,
      share: respondents > 0 ? count / respondents : null,
    })),
  };
}

function isList<T extends OptionId>(answer: T | readonly T[]): answer is readonly T[] {
  return Array.isArray(answer);
}
