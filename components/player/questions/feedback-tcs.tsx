"use client";
import { useI18n } from "@/components/i18n-provider";
import type { QuestionFeedback } from "@/lib/player/view-types";
import { TCS_KEYS, TCS_VALUES, isSingular, tcsSign } from "./logic";

type Panel = NonNullable<QuestionFeedback["panel"]>;

/**
 * The expert panel's distribution over the scale, one bar per answer, the learner's answer named. An
 * illustrative panel (constructed for teaching) is labelled as such, so no one takes it for real experts.
 */
export function FeedbackTcs({ panel, illustrative, given }: { panel: Panel; illustrative: boolean; given: number | null }) {
  const { t, locale } = useI18n();
  const counts = TCS_VALUES.map((v) => panel[String(v) as keyof Panel] ?? 0);
  const top = Math.max(1, ...counts);

  return (
    <section>
      <h4 className="mb-2 flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-800">
        {t("questions.feedback.panel")}
        {illustrative && (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900" data-testid="illustrative-panel">
            {t("questions.feedback.illustrativePanel")}
          </span>
        )}
      </h4>
      {illustrative && <p className="mb-2 text-xs text-slate-700">{t("questions.feedback.illustrativePanelHelp")}</p>}
      <ul className="space-y-1.5">
        {TCS_VALUES.map((v, i) => {
          const count = counts[i];
          const mine = given === v;
          const experts = isSingular(locale, count) ? t("questions.feedback.experts", { count }) : t("questions.feedback.expertsPlural", { count });
          return (
            <li key={v} className={`rounded-md border p-2 ${mine ? "border-brand-700 bg-brand-50 ring-1 ring-brand-700" : "border-slate-200 bg-white"}`}>
              <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-900">
                <span className="w-7 font-bold tabular-nums">{tcsSign(v)}</span>
                <span className="min-w-0 flex-1">{t(`questions.tcs.scale.${TCS_KEYS[v]}.label`)}</span>
                <span className="font-semibold tabular-nums">{experts}</span>
                {mine && (
                  <span className="w-full font-semibold text-brand-800 sm:w-auto">
                    <span aria-hidden="true">← </span>
                    {t("questions.feedback.yourChoice")}
                  </span>
                )}
              </div>
              <div aria-hidden="true" className="mt-1 h-2.5 w-full rounded bg-slate-200">
                <div className="h-2.5 rounded bg-brand-700" style={{ width: `${(count / top) * 100}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
