import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getReviewQueue } from "@/lib/dal/review-queue";
import { getLocale, getT } from "@/lib/i18n/server";
import { dateTimeFormatter } from "@/lib/teach/format";
import type { QueueEntry } from "@/lib/dal/review-queue";

export const metadata: Metadata = { title: "Revoir mes erreurs" };

function Entry({ entry, action, when }: { entry: QueueEntry; action?: string; when?: string }) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="text-xs text-slate-600">
        {entry.caseTitle} · {entry.stageTitle}
      </p>
      <p className="mt-1 line-clamp-3 text-sm">{entry.stem}</p>
      {action && (
        <Link href={`/review/${entry.cardId}`} className="btn-primary mt-2 inline-block">
          {action}
        </Link>
      )}
      {when && <p className="mt-1 text-sm text-slate-700">{when}</p>}
    </li>
  );
}

export default async function ReviewQueuePage() {
  await requireUser();
  const queue = await getReviewQueue();
  if (!queue) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const fmt = dateTimeFormatter(locale);
  const empty = queue.due.length === 0 && queue.later.length === 0;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("learning.review.title")}</h1>
        <p className="mt-2 text-sm text-slate-700">{t("learning.review.intro")}</p>
        <p className="mt-1 text-sm text-slate-700">{t("learning.review.rule")}</p>
      </div>
      {empty ? (
        <p className="card">{t("learning.review.empty")}</p>
      ) : (
        <>
          <section className="card space-y-3" aria-labelledby="due-title">
            <h2 id="due-title" className="text-lg font-semibold">
              {t("learning.review.dueTitle")} ({queue.due.length})
            </h2>
            {queue.due.length === 0 ? (
              <p className="text-sm">{t("learning.review.none")}</p>
            ) : (
              <ul className="space-y-2" data-testid="due-reviews">
                {queue.due.map((e) => (
                  <Entry key={e.cardId} entry={e} action={t("learning.review.start")} />
                ))}
              </ul>
            )}
          </section>
          {queue.later.length > 0 && (
            <section className="card space-y-3" aria-labelledby="later-title">
              <h2 id="later-title" className="text-lg font-semibold">
                {t("learning.review.laterTitle")} ({queue.later.length})
              </h2>
              <ul className="space-y-2" data-testid="later-reviews">
                {queue.later.map((e) => (
                  <Entry key={e.cardId} entry={e} when={t("learning.review.dueOn", { date: fmt.format(e.due) })} />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
