/** The key and explanation of one answered question, rendered for the learner (only once earned). */
import type { Question } from "@/lib/content/schema";
import { describeReason, toleranceBounds } from "@/lib/scoring";
import type { QuestionScore } from "@/lib/scoring/types";
import { optionOrder, zoneSegments } from "./public-question";
import { coherentReasons } from "./reason-wording";
import { inDisplayOrder } from "./shuffle";
import type { QuestionFeedback } from "./view-types";

/** `attemptId`: the options are listed in the order that attempt showed them (omitted: authored order). */
export function buildFeedback(q: Question, score: QuestionScore, locale: "fr" | "en", attemptId?: string): QuestionFeedback {
  const feedback: QuestionFeedback = {
    points: round(score.points),
    max: score.max,
    // Never self-contradictory: no partial credit beside a rule that sets the question to 0.
    reasons: coherentReasons(score.reasons).map((r) => describeReason(r, locale)),
    explanation: q.explanation,
  };
  switch (q.type) {
    case "qru":
    case "qrm":
    case "qrp":
      feedback.options = q.options.map((o) => ({
        id: o.id,
        text: o.text,
        correct: o.correct,
        pmz: o.pmz ?? false,
        inacceptable: o.inacceptable ?? false,
        feedback: o.feedback,
      }));
      if (attemptId) feedback.options = inDisplayOrder(feedback.options, optionOrder(q, attemptId) ?? []);
      break;
    case "zone":
      feedback.options = q.zones.map((z) => ({ id: z.id, text: z.text, correct: z.correct, pmz: false, inacceptable: false, feedback: z.feedback }));
      break;
    case "qroc":
      feedback.accepted = q.display ? [q.display, ...q.accepted.filter((a) => a !== q.display)] : q.accepted;
      break;
    case "numeric":
      feedback.numeric = { answer: q.answer, ...toleranceBounds(q.answer, q.tolerance), unit: q.unit };
      break;
    case "ordering": {
      const byId = new Map(q.items.map((i) => [i.id, i.text]));
      feedback.order = q.order.map((id) => ({ id, text: byId.get(id) ?? id }));
      feedback.orderingRule = q.rule.text;
      break;
    }
    case "tcs":
      feedback.panel = q.panel;
      if (q.illustrativePanel) feedback.illustrativePanel = true;
      break;
    case "representation":
      feedback.representation = {
        summary: q.summary,
        qualifiers: q.qualifiers.map(({ id, text }) => ({ id, text })),
        segments: zoneSegments(q.summary, q.qualifiers),
      };
      break;
    case "differential": {
      const byId = new Map(q.diagnoses.map((d) => [d.id, d.text]));
      feedback.differential = {
        ranking: q.ranking.map((k) => ({ id: k.id, text: byId.get(k.id) ?? k.id, cantMiss: k.cantMiss })),
        parts: score.parts ?? null,
      };
      break;
    }
  }
  return feedback;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
