"use client";
import { useI18n } from "@/components/i18n-provider";
import type { Answer } from "@/lib/scoring/types";

/** The learner's ranked differential, read-only: rank, diagnosis, and the can't-miss flag. */
export function DifferentialAnswer({ diagnoses, answer }: { diagnoses: { id: string; text: string }[]; answer: Answer | null }) {
  const { t } = useI18n();
  const text = new Map(diagnoses.map((d) => [d.id, d.text]));
  const ranking = answer?.type === "differential" ? answer.ranking : [];
  return (
    <div>
      <p className="label">{t("reasoning.differential.yourRanking")}</p>
      <ol className="list-decimal space-y-1 pl-6" data-testid="differential-answer">
        {ranking.map((r) => (
          <li key={r.id} className="break-words">
            {text.get(r.id) ?? r.id}
            {r.cantMiss && <CantMissBadge />}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function CantMissBadge() {
  const { t } = useI18n();
  return <span className="ml-2 inline-block rounded border border-red-700 px-1.5 text-xs font-semibold text-red-800">{t("reasoning.differential.cantMiss")}</span>;
}
