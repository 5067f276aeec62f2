"use client";
import { useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import type { QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";

type Representation = NonNullable<QuestionFeedback["representation"]>;
/** Saves the learner's self-assessment; resolves to the qualifiers stored, or null when it failed. */
export type SelfCheckHandler = (qualifierIds: string[]) => Promise<string[] | null>;

type Props = { representation: Representation; answer: Answer | null; selfCheck: string[] | null; onSelfCheck?: SelfCheckHandler };

/**
 * The learner's summary beside the author's, whose key qualifiers are highlighted; then the learner
 * ticks the qualifiers their own summary had (formative, stored once, never scored).
 */
export function RepresentationFeedback({ representation, answer, selfCheck, onSelfCheck }: Props) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<string[] | null>(selfCheck);
  const [ticked, setTicked] = useState<string[]>([]);
  const [status, setStatus] = useState<"idle" | "pending" | "failed">("idle");
  const inFlight = useRef(false);
  const had = new Set(saved ?? []);

  async function save() {
    if (!onSelfCheck || inFlight.current) return;
    inFlight.current = true;
    setStatus("pending");
    const stored = await onSelfCheck(ticked).catch(() => null);
    inFlight.current = false;
    if (stored) {
      setSaved(stored);
      setStatus("idle");
    } else setStatus("failed");
  }

  return (
    <div className="space-y-4" data-testid="representation-feedback">
      <p className="text-sm font-medium text-slate-700">{t("reasoning.representation.notScored")}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <section className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <h5 className="mb-1 text-sm font-semibold text-slate-800">{t("reasoning.representation.yours")}</h5>
          <p className="whitespace-pre-line break-words">{answer?.type === "representation" ? answer.text : t("questions.card.noAnswer")}</p>
        </section>
        <section className="rounded-md border border-brand-700 bg-white p-3">
          <h5 className="mb-1 text-sm font-semibold text-slate-800">{t("reasoning.representation.authors")}</h5>
          <p className="break-words" data-testid="author-summary">
            {representation.segments.map((s, i) =>
              s.kind === "text" ? (
                <span key={i}>{s.text}</span>
              ) : (
                <mark key={i} className="rounded bg-amber-100 px-0.5 font-semibold text-slate-900">
                  {s.text}
                </mark>
              ),
            )}
          </p>
        </section>
      </div>
      {saved ? (
        <section aria-live="polite">
          <p className="font-medium text-slate-900">{t("reasoning.representation.saved", { count: had.size, total: representation.qualifiers.length })}</p>
          <ul className="mt-1 space-y-1" data-testid="self-check">
            {representation.qualifiers.map((x) => (
              <li key={x.id} className="break-words">
                <span aria-hidden="true" className={had.has(x.id) ? "text-green-800" : "text-slate-500"}>
                  {had.has(x.id) ? "✓ " : "○ "}
                </span>
                {x.text} — <span className="text-sm text-slate-700">{t(had.has(x.id) ? "reasoning.representation.had" : "reasoning.representation.missing")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : onSelfCheck && answer ? (
        <fieldset className="space-y-2">
          <legend className="label">{t("reasoning.representation.qualifiersLegend")}</legend>
          {representation.qualifiers.map((x) => (
            <label key={x.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-slate-300 bg-white p-2">
              <input
                type="checkbox"
                className="size-5 accent-brand-700"
                checked={ticked.includes(x.id)}
                onChange={() => setTicked((list) => (list.includes(x.id) ? list.filter((id) => id !== x.id) : [...list, x.id]))}
              />
              <span className="break-words">{x.text}</span>
            </label>
          ))}
          <button type="button" className="btn-secondary" aria-disabled={status === "pending" || undefined} onClick={save}>
            {status === "pending" ? t("reasoning.representation.saving") : t("reasoning.representation.save")}
          </button>
          {status === "failed" && (
            <p role="alert" className="field-error">
              {t("reasoning.representation.failed")}
            </p>
          )}
        </fieldset>
      ) : null}
    </div>
  );
}
