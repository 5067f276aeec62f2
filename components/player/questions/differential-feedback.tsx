"use client";
import { useI18n } from "@/components/i18n-provider";
import type { QuestionFeedback } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { CantMissBadge, DifferentialAnswer } from "./differential-answer";
import { formatNumber } from "./logic";

type Differential = NonNullable<QuestionFeedback["differential"]>;

/** The author's ranked list beside the learner's, the credit's components, and the rule. */
export function DifferentialFeedback({ differential, diagnoses, answer }: { differential: Differential; diagnoses: { id: string; text: string }[]; answer: Answer | null }) {
  const { t, locale } = useI18n();
  const given = answer?.type === "differential" ? answer.ranking : [];
  const at = new Map(given.map((g, i) => [g.id, i + 1]));
  // Two decimals, as in the reasons' sentences.
  const n = (x: number) => formatNumber(locale, Math.round(x * 100) / 100);
  return (
    <div className="space-y-3" data-testid="differential-feedback">
      <div className="grid gap-3 md:grid-cols-2">
        <section>
          <h5 className="label">{t("reasoning.differential.authorRanking")}</h5>
          <ol className="list-decimal space-y-1 pl-6" data-testid="author-ranking">
            {differential.ranking.map((k) => (
              <li key={k.id} className="break-words">
                <span className="font-semibold">{k.text}</span>
                {k.cantMiss && <CantMissBadge />}
                <span className="block text-sm text-slate-700">
                  {at.has(k.id) ? t("reasoning.differential.inYourList", { position: at.get(k.id)! }) : t("reasoning.differential.notInYourList")}
                </span>
              </li>
            ))}
          </ol>
        </section>
        {answer && <DifferentialAnswer diagnoses={diagnoses} answer={answer} />}
      </div>
      {differential.parts && (
        <p className="font-medium text-slate-900" data-testid="differential-parts">
          {t("reasoning.differential.parts", { presence: n(differential.parts.presence), rank: n(differential.parts.rank), cantMiss: n(differential.parts.cantMiss) })}
        </p>
      )}
      <p className="text-sm text-slate-700">{t("reasoning.differential.rule")}</p>
    </div>
  );
}
