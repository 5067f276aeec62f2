"use client";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { ErratumView, QuestionFeedback, QuestionView } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { ErrataNotes } from "../errata-notes";
import { NewInformation } from "../new-information";
import { useHydrated } from "../use-hydrated";
import { AnswerSummary } from "./answer-summary";
import { initialAnswer, paragraphs } from "./logic";
import { QuestionHeader } from "./question-header";
import { QuestionInput } from "./question-input";
import { TcsContext } from "./tcs-context";
import type { SelfCheckHandler } from "./representation-feedback";

// Feedback is shown only once earned (after an answer in training mode, or in the debrief): its code
// loads then, not with the player's first load. Server-rendered pages (the debrief) include it in the HTML.
const LazyFeedback = lazy(() => import("./question-feedback").then((m) => ({ default: m.QuestionFeedbackView })));

function QuestionFeedbackView(props: React.ComponentProps<typeof LazyFeedback>) {
  return (
    <Suspense fallback={<div className="h-16 animate-pulse rounded-md bg-slate-100" aria-hidden="true" />}>
      <LazyFeedback {...props} />
    </Suspense>
  );
}

/** A stored answer comes back with what it earned (training: the feedback; exam: nothing yet). */
export type SubmitResult = { ok: true; answer: Answer; feedback: QuestionFeedback | null; errata: ErratumView[] } | { ok: false; message: string };

type Props = {
  view: QuestionView;
  /** 1-based number shown to the learner. */
  number: number;
  /** Locks the inputs and the submit button (e.g. time is up). */
  disabled?: boolean;
  onSubmit: (answer: Answer, timeSpentMs: number) => Promise<SubmitResult>;
  /** Problem representation: saves the learner's self-assessment once the author's summary is shown. */
  onSelfCheck?: SelfCheckHandler;
};

/**
 * One question of a stage: header, stem, the input for its type and the submit button; once
 * answered, the answer read-only and, when earned, the feedback. Key it by question id.
 */
export function QuestionCard({ view: rendered, number, disabled = false, onSubmit, onSelfCheck }: Props) {
  const { t } = useI18n();
  const uid = useId();
  // The answer submitted from this card, shown until the page is next rendered with it.
  const [submitted, setSubmitted] = useState<Pick<QuestionView, "answer" | "feedback" | "errata"> | null>(null);
  const view: QuestionView = rendered.answer === null && submitted ? { ...rendered, ...submitted } : rendered;
  const { question } = view;
  const [draft, setDraft] = useState<Answer | null>(() => initialAnswer(question));
  const [status, setStatus] = useState<"idle" | "pending" | "done">("idle");
  const [error, setError] = useState<string | null>(null);
  const startedAt = useRef<number | null>(null);
  // A ref, not state: a second click in the same tick must see the first one (one answer per question).
  const inFlight = useRef(false);
  const headingId = `${uid}-heading`;
  const stemId = `${uid}-stem`;
  const contextId = `${uid}-context`;
  const noteId = `${uid}-note`;
  const answered = view.answer !== null;
  const resultRef = useRef<HTMLDivElement>(null);
  const justSubmitted = useRef(false);
  // Until hydrated, a click would reach no handler: the inputs are disabled (and look it) until then,
  // and `data-ready` on the card says they respond.
  const hydrated = useHydrated();

  useEffect(() => {
    startedAt.current = Date.now();
  }, []);

  // Once the submitted answer comes back, move focus to it so keyboard and screen-reader users land on the result.
  useEffect(() => {
    if (answered && justSubmitted.current) {
      justSubmitted.current = false;
      // Never steal focus from a learner who has already moved on to another field.
      const active = document.activeElement;
      const card = resultRef.current?.closest("section");
      if (!active || active === document.body || (card && card.contains(active))) resultRef.current?.focus();
    }
  }, [answered]);

  async function submit() {
    if (draft === null || disabled || !hydrated || inFlight.current) return;
    inFlight.current = true;
    setStatus("pending");
    setError(null);
    const timeSpentMs = startedAt.current === null ? 0 : Math.max(0, Date.now() - startedAt.current);
    try {
      const result = await onSubmit(draft, timeSpentMs);
      if (result.ok) {
        // Stays locked: the answer is final; the card now shows it (and its feedback when earned).
        justSubmitted.current = true;
        setSubmitted({ answer: result.answer, feedback: result.feedback, errata: result.errata });
        setStatus("done");
        return;
      }
      setError(result.message);
    } catch {
      setError(t("questions.card.failed"));
    }
    inFlight.current = false;
    setStatus("idle");
  }

  const locked = disabled || status !== "idle" || !hydrated;
  const describedBy = question.type === "tcs" ? `${stemId} ${contextId}` : stemId;

  return (
    <section
      aria-labelledby={headingId}
      className="card space-y-4"
      data-testid="question-card"
      data-question-id={question.id}
      data-ready={hydrated ? "" : undefined}
    >
      <QuestionHeader question={question} number={number} headingId={headingId} />
      {question.newInformation && <NewInformation info={question.newInformation} t={t} />}
      <div id={stemId} className="space-y-2 text-base text-slate-900">
        {paragraphs(question.stem).map((p, i) => (
          <p key={i} className="whitespace-pre-line break-words">
            {p}
          </p>
        ))}
      </div>
      {question.type === "tcs" && <TcsContext question={question} id={contextId} />}

      {view.answer === null && view.feedback ? (
        // A finished attempt shows the key even for a question left unanswered at the deadline.
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-700">{t("questions.card.unanswered")}</p>
          <QuestionFeedbackView question={question} answer={null} feedback={view.feedback} />
        </div>
      ) : view.answer !== null ? (
        <div ref={resultRef} tabIndex={-1} className="rounded-md focus:outline-none focus-visible:outline-2">
          {view.feedback ? (
            <QuestionFeedbackView question={question} answer={view.answer} feedback={view.feedback} selfCheck={view.selfCheck ?? null} onSelfCheck={onSelfCheck} />
          ) : (
            <AnswerSummary question={question} answer={view.answer} />
          )}
        </div>
      ) : null}
      {view.feedback && view.errata.length > 0 ? (
        <ErrataNotes
          errata={view.errata}
          labels={{ title: t("player.attempt.errata"), quote: t("player.attempt.erratumQuote"), correction: t("player.attempt.erratumCorrection") }}
        />
      ) : null}
      {view.answer !== null || view.feedback ? null : (
        <>
          <QuestionInput question={question} id={`${uid}-input`} describedBy={describedBy} disabled={locked} onChange={setDraft} />
          <div className="space-y-2 border-t border-slate-200 pt-4">
            <p id={noteId} className="text-sm text-slate-700">
              <span aria-hidden="true">⚠ </span>
              {t("questions.card.finalNote")}
            </p>
            <button
              type="button"
              className="btn-primary w-full aria-disabled:cursor-wait aria-disabled:opacity-60 sm:w-auto"
              // While pending the button stays focusable (aria-disabled) so focus is not thrown to the page top.
              disabled={disabled || !hydrated || (status === "idle" && draft === null)}
              aria-disabled={status !== "idle" || undefined}
              aria-describedby={noteId}
              onClick={submit}
            >
              {status === "pending" ? t("questions.card.submitting") : t("questions.card.submit")}
            </button>
            {draft === null && hydrated && !locked && <p className="text-sm text-slate-600">{t("questions.card.incomplete")}</p>}
          </div>
        </>
      )}
      <div aria-live="polite">
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
        {status === "done" && <p className="text-sm font-medium text-green-800">{t("questions.card.submitted")}</p>}
      </div>
    </section>
  );
}
