/**
 * What the cohort answered to one question: per-option counts for choice questions (distractor
 * analysis, via lib/stats), the most frequent answers for open ones.
 */
import type { Question } from "@/lib/content/schema";
import { normalizeAnswer, formatTcs, TCS_VALUES } from "@/lib/scoring";
import type { Answer } from "@/lib/scoring/types";
import { choiceFrequencies, type ChoiceAnswer } from "@/lib/stats";
import type { ChoiceRow, QuestionReview } from "./types";

const TOP_ANSWERS = 5;

type Answered = { answer: Answer; points: number };

function chosenIds(answer: Answer): ChoiceAnswer<string> {
  switch (answer.type) {
    case "qru":
      return answer.choice;
    case "qrm":
    case "qrp":
    case "zone":
      return answer.choices;
    case "tcs":
      return String(answer.value);
    default:
      return null;
  }
}

function optionsOf(q: Question): { id: string; label: string; correct: boolean }[] | null {
  switch (q.type) {
    case "qru":
    case "qrm":
    case "qrp":
      return q.options.map((o) => ({ id: o.id, label: o.text, correct: o.correct }));
    case "zone":
      return q.zones.map((z) => ({ id: z.id, label: z.text, correct: z.correct }));
    case "tcs": {
      const modal = Math.max(...TCS_VALUES.map((v) => q.panel[String(v) as keyof typeof q.panel]));
      return TCS_VALUES.map((v) => ({ id: String(v), label: formatTcs(v), correct: modal > 0 && q.panel[String(v) as keyof typeof q.panel] === modal }));
    }
    default:
      return null;
  }
}

function openLabel(q: Question, answer: Answer): { key: string; label: string } | null {
  // Grouped as the scorer compares them: "La biopsie ostéomédullaire (BOM)" and "biopsies ostéomédullaires" are one answer.
  if (answer.type === "qroc") return { key: normalizeAnswer(answer.text), label: answer.text.trim() };
  if (answer.type === "numeric") return { key: String(answer.value), label: String(answer.value) };
  if (answer.type === "ordering" && q.type === "ordering") {
    const text = new Map(q.items.map((i) => [i.id, i.text]));
    return { key: answer.order.join(">"), label: answer.order.map((id) => text.get(id) ?? id).join(" → ") };
  }
  if (answer.type === "differential" && q.type === "differential") {
    // The ranked list as given, can't-miss flags marked (⚑): the cohort's most frequent differentials.
    const text = new Map(q.diagnoses.map((d) => [d.id, d.text]));
    const shown = answer.ranking.map((r) => `${text.get(r.id) ?? r.id}${r.cantMiss ? " ⚑" : ""}`);
    return { key: answer.ranking.map((r) => `${r.id}${r.cantMiss ? "!" : ""}`).join(">"), label: shown.join(" → ") };
  }
  return null;
}

export function summariseAnswers(q: Question, answered: readonly Answered[]): Pick<QuestionReview, "respondents" | "choices" | "topAnswers"> {
  const options = optionsOf(q);
  if (options) {
    const freq = choiceFrequencies(
      answered.map((a) => chosenIds(a.answer)),
      options.map((o) => o.id),
    );
    const byId = new Map(options.map((o) => [o.id, o]));
    const choices: ChoiceRow[] = freq.options.map((f) => ({
      id: f.option,
      label: byId.get(f.option)?.label ?? f.option,
      correct: byId.get(f.option)?.correct ?? false,
      count: f.count,
      share: f.share,
    }));
    return { respondents: freq.respondents, choices, topAnswers: null };
  }
  const groups = new Map<string, { label: string; count: number; correct: boolean }>();
  const max = q.points;
  for (const { answer, points } of answered) {
    const key = openLabel(q, answer);
    if (!key) continue;
    const group = groups.get(key.key);
    if (group) group.count += 1;
    else groups.set(key.key, { label: key.label, count: 1, correct: points >= max - 1e-9 });
  }
  const topAnswers = [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, TOP_ANSWERS);
  return { respondents: answered.length, choices: null, topAnswers };
}
