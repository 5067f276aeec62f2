/** French-style number display ("12,5") used for marks and points. */
export function formatMark(value: number, locale: "fr" | "en" = "fr"): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 2 }).format(value);
}

/** A share as a whole percentage in the learner's locale ("50 %" in French, "50%" in English). */
export function formatPercent(share: number, locale: "fr" | "en" = "fr"): string {
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { style: "percent", maximumFractionDigits: 0 }).format(share);
}

export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** The number of each stage's first question, counting across stages from 1 (from the stages' question counts:
 * the questions not yet reached are not sent). */
export function firstQuestionNumbers(stages: { questions: unknown[]; questionCount?: number }[]): number[] {
  const out: number[] = [];
  let n = 1;
  for (const s of stages) {
    out.push(n);
    n += s.questionCount ?? s.questions.length;
  }
  return out;
}
