import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getCaseOverview } from "@/lib/dal/attempts";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatMark } from "@/lib/player/format";
import { StartAttemptForm } from "./start-attempt-form";
import { appTimeZone } from "@/lib/time/app-zone";

export const metadata: Metadata = { title: "Cas clinique" };

export default async function CasePage({ params }: { params: Promise<{ slug: string }> }) {
  await requireUser();
  const { slug } = await params;
  const overview = await getCaseOverview(slug);
  if (!overview) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const date = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: appTimeZone() });
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/cases" className="link">
            {t("player.library.title")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{overview.title}</h1>
        <p className="mt-2 text-slate-700">{overview.summary}</p>
        <p className="mt-2 text-sm text-slate-700">
          {t("player.library.level", { level: overview.level })} · {t("player.overview.estimated", { minutes: overview.estimatedMinutes })}
        </p>
      </div>
      <section className="card" aria-labelledby="objectives-title">
        <h2 id="objectives-title" className="font-semibold">
          {t("player.overview.objectives")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
          {overview.objectives.map((o) => (
            <li key={o.id}>{o.text}</li>
          ))}
        </ul>
      </section>
      <StartAttemptForm slug={overview.slug} examMinutes={overview.examMinutes} />
      <section className="card" aria-labelledby="attempts-title">
        <h2 id="attempts-title" className="font-semibold">
          {t("player.overview.attemptsTitle")}
        </h2>
        {overview.attempts.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("player.overview.noAttempts")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {overview.attempts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="attempt-row">
                <span className="text-sm">
                  <span className="font-medium">{a.mode === "exam" ? t("player.overview.exam") : t("player.overview.training")}</span> ·{" "}
                  {t("player.overview.startedAt", { date: date.format(a.startedAt) })} · {t("player.overview.versionLabel", { version: a.version })} ·{" "}
                  {a.status === "finished" ? (
                    <span className="font-semibold">{t("player.debrief.mark", { mark: formatMark(a.mark20 ?? 0, locale) })}</span>
                  ) : (
                    t("player.overview.inProgress")
                  )}
                </span>
                <Link href={a.status === "finished" ? `/attempts/${a.id}/debrief` : `/attempts/${a.id}`} className="btn-secondary py-1">
                  {a.status === "finished" ? t("player.overview.debrief") : t("player.overview.resume")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="text-xs text-slate-600">
        {t("player.overview.source")} : {overview.source.citation}
      </p>
    </div>
  );
}
