"use client";
import { useI18n } from "@/components/i18n-provider";
import type { QuestionFeedback } from "@/lib/player/view-types";
import { Badge } from "./badge";
import { optionMarks } from "./logic";

type Option = NonNullable<QuestionFeedback["options"]>[number];

/** Every option (or zone) with the key, PMZ/inacceptable flags, the learner's choice and its comment. */
export function FeedbackOptions({ options, chosen, zones = false }: { options: Option[]; chosen: Set<string>; zones?: boolean }) {
  const { t } = useI18n();
  return (
    <section>
      <h4 className="mb-2 text-sm font-semibold text-slate-800">{zones ? t("questions.feedback.zones") : t("questions.feedback.options")}</h4>
      <ul className="space-y-2">
        {options.map((o) => {
          const on = chosen.has(o.id);
          const { crossed, mistake } = optionMarks(o, on);
          return (
            <li key={o.id} data-feedback-option={o.id} className={`rounded-md border bg-white p-3 ${on ? "border-brand-700 ring-1 ring-brand-700" : "border-slate-200"}`}>
              <p className="break-words text-base text-slate-900">{o.text}</p>
              <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
                {o.correct ? (
                  <Badge tone="ok">
                    <span aria-hidden="true">✓</span> {zones ? t("questions.feedback.expectedZone") : t("questions.feedback.expected")}
                  </Badge>
                ) : (
                  // Rightly left unticked is not an error: no cross, only the fact that it was not expected.
                  <Badge tone="neutral">
                    {crossed && <span aria-hidden="true">✗ </span>}
                    {zones ? t("questions.feedback.notExpectedZone") : t("questions.feedback.notExpected")}
                  </Badge>
                )}
                {o.pmz && <Badge tone="warn">{t("questions.feedback.pmz")}</Badge>}
                {o.inacceptable && <Badge tone="bad">{t("questions.feedback.inacceptable")}</Badge>}
                {on && <Badge tone="brand">{zones ? t("questions.feedback.youSelected") : t("questions.feedback.youChose")}</Badge>}
                {mistake && (
                  <Badge tone="bad">
                    <span aria-hidden="true">⚠</span> {mistake === "wrongly-chosen" ? (zones ? t("questions.feedback.wronglySelected") : t("questions.feedback.wronglyChosen")) : t("questions.feedback.missed")}
                  </Badge>
                )}
              </div>
              {o.feedback && <p className="mt-1 break-words text-sm text-slate-700">{o.feedback}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
