"use client";
import { useI18n } from "@/components/i18n-provider";
import type { PublicOption, QuestionFeedback } from "@/lib/player/view-types";
import { formatNumber } from "./logic";

/** QROC: the accepted answers. */
export function FeedbackAccepted({ accepted }: { accepted: string[] }) {
  const { t } = useI18n();
  return (
    <section>
      <h4 className="mb-1 text-sm font-semibold text-slate-800">{t("questions.feedback.accepted")}</h4>
      <ul className="list-disc space-y-0.5 pl-6">
        {accepted.map((a, i) => (
          <li key={i} className="break-words">
            {a}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Numeric: the expected value and the accepted interval. */
export function FeedbackNumeric({ numeric }: { numeric: NonNullable<QuestionFeedback["numeric"]> }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatNumber(locale, v);
  return (
    <section className="space-y-0.5">
      <p className="font-semibold text-slate-900">{t("questions.feedback.expectedValue", { value: n(numeric.answer), unit: numeric.unit })}</p>
      <p className="text-sm text-slate-700">{t("questions.feedback.bounds", { min: n(numeric.min), max: n(numeric.max), unit: numeric.unit })}</p>
    </section>
  );
}

/** Ordering: the learner's ranking next to the expected one, each item said to be in place or not, and the rule. */
export function FeedbackOrder({ expected, given, items, rule }: { expected: PublicOption[]; given: string[] | null; items: PublicOption[]; rule?: string }) {
  const { t } = useI18n();
  const text = new Map(items.map((i) => [i.id, i.text]));
  return (
    <section className="space-y-3">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h4 className="mb-1 text-sm font-semibold text-slate-800">{t("questions.feedback.expectedOrder")}</h4>
          <ol className="list-decimal space-y-1 pl-6">
            {expected.map((o) => (
              <li key={o.id} className="break-words">
                {o.text}
              </li>
            ))}
          </ol>
        </div>
        {given && (
          <div>
            <h4 className="mb-1 text-sm font-semibold text-slate-800">{t("questions.feedback.yourOrder")}</h4>
            <ol className="list-decimal space-y-1 pl-6">
              {given.map((id, i) => {
                const ok = expected[i]?.id === id;
                return (
                  <li key={id} className="break-words">
                    {text.get(id) ?? id}{" "}
                    <span className={`text-sm font-semibold ${ok ? "text-green-800" : "text-red-800"}`}>
                      ({ok ? "✓ " : "✗ "}
                      {ok ? t("questions.feedback.rightPlace") : t("questions.feedback.wrongPlace")})
                    </span>
                  </li>
                );
              })}
            </ol>
          </div>
        )}
      </div>
      {rule && <p className="text-sm text-slate-700">{t("questions.feedback.rule", { rule })}</p>}
    </section>
  );
}
