import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/dal/session";
import { getCaseLibrary } from "@/lib/dal/attempts";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatMark } from "@/lib/player/format";
import { AssignmentCards } from "./assignment-cards";

export const metadata: Metadata = { title: "Cas cliniques" };

export default async function CasesPage() {
  await requireUser();
  const [library, t, locale] = await Promise.all([getCaseLibrary(), getT(), getLocale()]);
  const cards = library?.practice ?? [];
  const assigned = library?.assignments ?? [];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("player.library.title")}</h1>
        <p className="mt-1 text-slate-700">{t("player.library.intro")}</p>
      </div>
      <section aria-labelledby="assigned-title" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="assigned-title" className="text-lg font-semibold">
            {t("teach.student.assignedTitle")}
          </h2>
          <Link href="/join" className="link text-sm">
            {t("teach.student.joinLink")}
          </Link>
        </div>
        {assigned.length === 0 ? (
          <p className="text-slate-700">{t("teach.student.noAssigned")}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700">{t("teach.student.assignedHelp")}</p>
            <AssignmentCards cards={assigned} t={t} locale={locale} />
          </>
        )}
      </section>
      <section aria-labelledby="practice-title" className="space-y-3">
        <h2 id="practice-title" className="text-lg font-semibold">
          {t("player.library.practice")}
        </h2>
        {cards.length === 0 ? (
          <p className="text-slate-700">{t("player.library.empty")}</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2">
            {cards.map((c) => (
              <li key={c.slug} className="card flex flex-col gap-2">
                <h3 className="text-lg font-semibold leading-snug">
                  <Link href={`/cases/${c.slug}`} className="hover:underline">
                    {c.title}
                  </Link>
                </h3>
                <p className="text-sm text-slate-700">{c.summary}</p>
                <ul className="flex flex-wrap gap-1" aria-label="Tags">
                  {c.tags.map((tag) => (
                    <li key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800">
                      {tag}
                    </li>
                  ))}
                </ul>
                <p className="text-sm text-slate-700">
                  {t("player.library.level", { level: c.level })} · {t("player.library.minutes", { minutes: c.estimatedMinutes })}
                </p>
                <p className="text-sm font-medium">
                  {c.bestMark20 === null ? t("player.library.notPlayed") : t("player.library.best", { mark: formatMark(c.bestMark20) })}
                  {c.attemptCount > 0 && <span className="font-normal text-slate-600"> · {t("player.library.attempts", { count: c.attemptCount })}</span>}
                </p>
                <Link href={`/cases/${c.slug}`} className="btn-primary mt-auto self-start" aria-label={`${t("player.library.open")} : ${c.title}`}>
                  {t("player.library.open")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
