import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getDebrief } from "@/lib/dal/debrief";
import { getAttemptClosure } from "@/lib/dal/attempt-closure";
import { ClosureNotice, WithheldCorrection } from "@/app/(learn)/cases/assignments/closure-notice";
import { getLocale, getT } from "@/lib/i18n/server";
import { firstQuestionNumbers, formatMark } from "@/lib/player/format";
import { Findings } from "@/components/player/findings";
import { Paragraphs } from "@/components/player/paragraphs";
import { StageQuestions } from "@/components/player/stage-questions";
import { InvestigationReview } from "@/components/player/investigation-review";
import { SourceDocument } from "@/components/player/source-document";
import { ObjectiveBars } from "@/components/player/objective-bars";
import { LostPoints } from "@/components/player/lost-points";

export const metadata: Metadata = { title: "Débriefing" };

export default async function DebriefPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  // Exam protection (teach.exam): a withheld correction renders instead of the debrief.
  const closure = await getAttemptClosure(id);
  if (!closure) notFound();
  if (closure.correction !== "full") return <WithheldCorrection closure={closure} />;
  const locale = await getLocale();
  const debrief = await getDebrief(id, locale);
  if (!debrief) notFound();
  const t = await getT();
  const fmt = (n: number) => formatMark(n, locale);
  const firsts = firstQuestionNumbers(debrief.stages.map((s) => s.view));
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={debrief.homeHref} className="link">
            {t("player.debrief.backToCase")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">
          {t("player.debrief.title")} — {debrief.caseTitle}
        </h1>
      </div>
      <ClosureNotice closure={closure} />
      <section className="card flex flex-wrap items-center gap-6" aria-label={t("player.debrief.title")}>
        <p className="text-4xl font-bold text-brand-800" data-testid="mark20">
          {t("player.debrief.mark", { mark: fmt(debrief.score.mark20) })}
        </p>
        <div>
          <p className="font-medium" data-testid="points">
            {t("player.debrief.points", { points: fmt(debrief.score.total), max: fmt(debrief.score.max) })}
          </p>
          {debrief.score.rawTotal < 0 && <p className="text-sm text-slate-700">{t("player.debrief.floorApplied")}</p>}
          <p className="text-xs text-slate-600">
            {t("player.debrief.reviewStatus", { status: t(`player.debrief.reviewStatuses.${debrief.reviewStatus}`) })}
          </p>
        </div>
      </section>
      <LostPoints debrief={debrief} firsts={firsts} fmt={fmt} t={t} />
      <section className="card" aria-labelledby="key-title">
        <h2 id="key-title" className="text-lg font-semibold">
          {t("player.debrief.keyDecision")}
        </h2>
        <Paragraphs text={debrief.keyDecision} className="mt-2 space-y-2" />
        <h2 className="mt-4 text-lg font-semibold">{t("player.debrief.teachingPoints")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {debrief.teachingPoints.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby="objectives-title">
        <h2 id="objectives-title" className="text-lg font-semibold">
          {t("player.debrief.objectivesTitle")}
        </h2>
        <ObjectiveBars objectives={debrief.score.objectives} locale={locale} />
      </section>
      <section className="card" aria-labelledby="inv-title">
        <h2 id="inv-title" className="text-lg font-semibold">
          {t("player.debrief.investigationsTitle")}
        </h2>
        <h3 className="mt-2 font-medium">{t("player.debrief.missedEssential")}</h3>
        <p className="text-sm" data-testid="missed-essential">
          {debrief.missedEssential.length ? debrief.missedEssential.join(" · ") : t("player.debrief.none")}
        </p>
        <h3 className="mt-2 font-medium">{t("player.debrief.wasteful")}</h3>
        <p className="text-sm" data-testid="wasteful">
          {debrief.wasteful.length ? debrief.wasteful.join(" · ") : t("player.debrief.none")}
        </p>
      </section>
      <h2 className="text-xl font-bold">{t("player.debrief.byStage")}</h2>
      {debrief.stages.map(({ view, points, max, investigations, sourceAnchors }, i) => {
        const first = firsts[i];
        // Collapsible: a stage where points were lost opens, the others stay a line (a link to one
        // of their questions opens them).
        return (
          <details key={view.id} id={`stage-${view.index + 1}`} className="card group" open={points < max || undefined} data-testid={`debrief-stage-${view.index + 1}`}>
            <summary className="flex cursor-pointer flex-wrap items-baseline justify-between gap-2">
              <h3 id={`debrief-stage-${view.index}`} className="min-w-0 text-lg font-bold break-words">
                {t("player.attempt.stage", { n: view.index + 1 })} — {view.title}
              </h3>
              <span className="font-semibold">{t("player.debrief.stagePoints", { points: fmt(points), max: fmt(max) })}</span>
            </summary>
            <div className="mt-4 space-y-4">
              <Paragraphs text={view.narrative} className="space-y-2 text-sm text-slate-800" />
              <Findings findings={view.findings} t={t} sourceAnchors={sourceAnchors} />
              <InvestigationReview items={investigations} locale={locale} />
              <StageQuestions attemptId={debrief.attemptId} questions={view.questions} firstNumber={first} disabled />
            </div>
          </details>
        );
      })}
      {debrief.errata.length > 0 && (
        <section className="card" aria-labelledby="errata-title">
          <h2 id="errata-title" className="text-lg font-semibold">
            {t("player.debrief.errata")}
          </h2>
          <ul className="mt-2 space-y-2 text-sm">
            {debrief.errata.map((e) => (
              <li key={e.id}>
                <q className="italic">{e.quote}</q>
                {e.anchor && (
                  <>
                    {" "}
                    (<a href={`#${e.anchor}`} className="link">{t("player.debrief.source")}</a>)
                  </>
                )}{" "}
                → {e.correction}
              </li>
            ))}
          </ul>
        </section>
      )}
      <SourceDocument source={debrief.source} />
    </div>
  );
}
