"use client";
import { useI18n } from "@/components/i18n-provider";
import type { PublicQuestion, QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { scalarAnswer } from "./answer-summary";
import { chosenIds } from "./chosen";
import { FeedbackOptions } from "./feedback-options";
import { FeedbackTcs } from "./feedback-tcs";
import { FeedbackAccepted, FeedbackNumeric, FeedbackOrder } from "./feedback-values";
import { formatNumber, paragraphs, verdict } from "./logic";
import { ZoneText } from "./zone-text";
import { DifferentialFeedback } from "./differential-feedback";
import { RepresentationFeedback, type SelfCheckHandler } from "./representation-feedback";

type Props = {
  question: PublicQuestion;
  answer: Answer | null;
  feedback: QuestionFeedback;
  /** Problem representation: the stored self-assessment and how to save one. */
  selfCheck?: string[] | null;
  onSelfCheck?: SelfCheckHandler;
};

const VERDICT_STYLE = {
  full: { icon: "✓", className: "border-green-700 bg-green-50 text-green-800" },
  partial: { icon: "≈", className: "border-amber-700 bg-amber-50 text-amber-900" },
  none: { icon: "✗", className: "border-red-700 bg-red-50 text-red-800" },
} as const;

/** The correction of one answered question: score, lost points, key by type, explanation (plain text only). */
export function QuestionFeedbackView({ question, answer, feedback, selfCheck = null, onSelfCheck }: Props) {
  const { t, locale } = useI18n();
  if (feedback.representation) {
    // Formative: no verdict and no score, the author's summary beside the learner's.
    return (
      <section className="space-y-4 border-t border-slate-200 pt-4" data-testid="question-feedback">
        <h4 className="text-base font-semibold text-slate-900">{t("questions.feedback.heading")}</h4>
        <RepresentationFeedback representation={feedback.representation} answer={answer} selfCheck={selfCheck} onSelfCheck={onSelfCheck} />
        <Explanation text={feedback.explanation} heading={t("questions.feedback.explanation")} />
      </section>
    );
  }
  const v = verdict(feedback.points, feedback.max);
  const style = VERDICT_STYLE[v];
  const chosen = chosenIds(answer);
  const scalar = answer ? scalarAnswer(question, answer, locale, t) : "";

  return (
    <section className="space-y-4 border-t border-slate-200 pt-4" data-testid="question-feedback">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h4 className="text-base font-semibold text-slate-900">{t("questions.feedback.heading")}</h4>
        <span className={`inline-flex items-center gap-1.5 rounded-md border px-2 py-1 text-sm font-semibold ${style.className}`}>
          <span aria-hidden="true">{style.icon}</span>
          {t(`questions.feedback.${v}`)}
        </span>
        <span className="ml-auto text-sm text-slate-700">
          {t("questions.feedback.scoreLabel")}{" "}
          <strong className="text-base text-slate-900" data-testid="question-points">
            {t("questions.feedback.score", { points: formatNumber(locale, feedback.points), max: formatNumber(locale, feedback.max) })}
          </strong>
        </span>
      </div>

      {!answer && <p className="text-slate-700">{t("questions.card.noAnswer")}</p>}
      {scalar && (
        <p>
          <span className="font-medium">{t("questions.card.yourAnswerLabel")} </span>
          <span className="break-words font-semibold text-brand-800">{scalar}</span>
        </p>
      )}

      {question.type === "zone" && (
        <ZoneText segments={question.segments} chosen={chosen} correct={new Set((feedback.options ?? []).filter((o) => o.correct).map((o) => o.id))} />
      )}
      {feedback.options && <FeedbackOptions options={feedback.options} chosen={chosen} zones={question.type === "zone"} />}
      {feedback.accepted && feedback.accepted.length > 0 && <FeedbackAccepted accepted={feedback.accepted} />}
      {feedback.numeric && <FeedbackNumeric numeric={feedback.numeric} />}
      {feedback.order && (
        <FeedbackOrder
          expected={feedback.order}
          given={answer?.type === "ordering" ? answer.order : null}
          items={question.type === "ordering" ? question.items : feedback.order}
          rule={feedback.orderingRule}
        />
      )}
      {feedback.panel && <FeedbackTcs panel={feedback.panel} illustrative={feedback.illustrativePanel ?? false} given={answer?.type === "tcs" ? answer.value : null} />}
      {feedback.differential && question.type === "differential" && (
        <DifferentialFeedback differential={feedback.differential} diagnoses={question.diagnoses} answer={answer} />
      )}

      {feedback.reasons.length > 0 && (
        <section>
          <h4 className="mb-1 text-sm font-semibold text-slate-800">{t("questions.feedback.reasons")}</h4>
          <ul className="list-disc space-y-1 pl-6 text-slate-900">
            {feedback.reasons.map((r, i) => (
              <li key={i} className="break-words">
                {r}
              </li>
            ))}
          </ul>
        </section>
      )}

      <Explanation text={feedback.explanation} heading={t("questions.feedback.explanation")} />
    </section>
  );
}

function Explanation({ text, heading }: { text: string; heading: string }) {
  if (text.trim() === "") return null;
  return (
    <section>
      <h4 className="mb-1 text-sm font-semibold text-slate-800">{heading}</h4>
      {/* Plain text only: case content is never injected as HTML. */}
      <div className="space-y-2 text-slate-900">
        {paragraphs(text).map((p, i) => (
          <p key={i} className="whitespace-pre-line break-words">
            {p}
          </p>
        ))}
      </div>
    </section>
  );
}
