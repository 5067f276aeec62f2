import type { Question } from "@/lib/content/schema";
import { scoreDiscordance, scoreQrp, scoreQru, type Credit } from "./choice";
import { scoreNumeric } from "./numeric";
import { scoreOrdering } from "./ordering";
import { scoreQroc } from "./qroc";
import { scoreDifferential } from "./differential";
import { scoreTcs } from "./tcs";
import type { Answer, QuestionScore } from "./types";

function credit(q: Question, a: Answer): Credit {
  const mismatch = (): Credit => ({ credit: 0, reasons: [{ rule: "question.type-mismatch", params: { expected: q.type, given: a.type } }] });
  switch (q.type) {
    case "qru":
      return a.type === "qru" ? scoreQru(q.options, a.choice) : mismatch();
    case "qrm":
      return a.type === "qrm" ? scoreDiscordance(q.options, a.choices, "option") : mismatch();
    case "zone":
      return a.type === "zone" ? scoreDiscordance(q.zones, a.choices, "zone") : mismatch();
    case "qrp":
      return a.type === "qrp" ? scoreQrp(q.options, a.choices, q.n) : mismatch();
    case "qroc":
      return a.type === "qroc" ? scoreQroc(q.accepted, a.text, q.display) : mismatch();
    case "numeric":
      return a.type === "numeric" ? scoreNumeric(q.answer, q.tolerance, q.unit, a.value) : mismatch();
    case "ordering":
      return a.type === "ordering" ? scoreOrdering(q, a.order) : mismatch();
    case "tcs":
      return a.type === "tcs" ? scoreTcs(q.panel, a.value) : mismatch();
    case "representation":
      // Formative: stored and compared with the author's summary, never scored (its points are 0).
      return a.type === "representation" ? { credit: 0, reasons: [] } : mismatch();
    case "differential":
      return a.type === "differential" ? scoreDifferential(q, a.ranking) : mismatch();
  }
}

/** Scores one question; a missing answer scores 0 with an "unanswered" reason. Points = credit × question points. */
export function scoreQuestion(q: Question, answer: Answer | undefined | null): QuestionScore {
  if (!answer) return { credit: 0, points: 0, max: q.points, reasons: [{ rule: "question.unanswered" }] };
  const c = credit(q, answer);
  const score: QuestionScore = { credit: c.credit, points: c.credit * q.points, max: q.points, reasons: c.reasons };
  if ("parts" in c) score.parts = c.parts as QuestionScore["parts"];
  return score;
}
