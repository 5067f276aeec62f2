"use client";
import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { QuestionCard } from "@/components/player/questions/question-card";
import type { PublicQuestion } from "@/lib/player/view-types";
import type { Answer } from "@/lib/scoring/types";
import { submitReviewAction, type ReviewOutcome } from "./actions";

type Done = ReviewOutcome;

/** The missed question, answered again: the scoring engine's correction, then the rating and the next date. */
export function ReviewSession({ cardId, question, locale }: { cardId: string; question: PublicQuestion; locale: "fr" | "en" }) {
  const { t } = useI18n();
  const [done, setDone] = useState<Done | null>(null);
  const fmt = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium" });
  const num = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", { maximumFractionDigits: 2 });
  return (
    <div className="space-y-4">
      <QuestionCard
        view={{ question, answer: null, feedback: null, errata: [] }}
        number={1}
        onSubmit={async (answer: Answer) => {
          try {
            const result = await submitReviewAction(cardId, answer);
            if (!result.ok) return { ok: false, message: result.code === "invalid" && result.message ? result.message : t(`learning.review.errors.${result.code}`) };
            setDone(result.data);
            return { ok: true, answer: result.data.answer, feedback: result.data.feedback, errata: result.data.errata };
          } catch {
            return { ok: false, message: t("player.attempt.errors.network") };
          }
        }}
      />
      <div aria-live="polite">
        {done && (
          <div className="card space-y-2" data-testid="review-outcome">
            <p className="font-medium">
              {t("learning.review.outcome", { points: num.format(done.points), max: num.format(done.max), rating: t(`learning.review.ratings.${done.rating}`), date: fmt.format(done.nextDue) })}
            </p>
            <Link href="/review" className="btn-primary inline-block">
              {t("learning.review.next")}
            </Link>
          </div>
        )}
      </div>
    </div>
  );
}
