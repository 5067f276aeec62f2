import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getReviewCard } from "@/lib/dal/review-queue";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateTimeFormatter } from "@/lib/teach/format";
import { Findings } from "@/components/player/findings";
import { NewInformation } from "@/components/player/new-information";
import { Paragraphs } from "@/components/player/paragraphs";
import { ReviewSession } from "./review-session";

export const metadata: Metadata = { title: "Révision" };

export default async function ReviewCardPage({ params }: { params: Promise<{ cardId: string }> }) {
  await requireUser();
  const { cardId } = await params;
  const locale = await getLocale();
  // Someone else's card, or a malformed id, is answered as not found.
  const card = /^[0-9a-f-]{36}$/.test(cardId) ? await getReviewCard(cardId, locale) : null;
  if (!card) notFound();
  const t = await getT();
  const { context } = card;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/review" className="link">
            {t("learning.review.back")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{t("learning.review.title")}</h1>
        <p className="text-sm text-slate-700">
          {context.caseTitle} · {context.stageTitle}
        </p>
      </div>
      <section className="card space-y-3" aria-labelledby="context-title">
        <h2 id="context-title" className="text-lg font-semibold">
          {t("learning.review.context")}
        </h2>
        <Paragraphs text={context.narrative} />
        {context.findings.length > 0 && <Findings findings={context.findings} t={t} />}
        {context.earlier.length > 0 && (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("learning.review.earlier")}</h3>
            {context.earlier.map((info, i) => (
              <NewInformation key={i} info={info} t={t} />
            ))}
          </div>
        )}
      </section>
      {card.isDue ? (
        <ReviewSession cardId={card.cardId} question={context.question} locale={locale} />
      ) : (
        <p className="card" role="status">
          {t("learning.review.notDue", { date: dateTimeFormatter(locale).format(card.due) })}
        </p>
      )}
    </div>
  );
}
