import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/dal/session";
import { getReviewedAttempt } from "@/lib/dal/review";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDuration, formatMark } from "@/lib/player/format";
import { dateTimeFormatter } from "@/lib/teach/format";
import { Findings } from "@/components/player/findings";
import { Paragraphs } from "@/components/player/paragraphs";
import { StageQuestions } from "@/components/player/stage-questions";
import { InvestigationReview } from "@/components/player/investigation-review";

export const metadata: Metadata = { title: "Tentative d'un·e étudiant·e" };

export default async function ReviewedAttemptPage({ params }: { params: Promise<{ id: string; attemptId: string }> }) {
  await requireRole("instructor", "admin");
  const { id, attemptId } = await params;
  const locale = await getLocale();
  // Not this instructor's assignment, or not an attempt at it: not found, whatever the reason.
  const data = await getReviewedAttempt(id, attemptId, locale);
  if (!data) notFound();
  const t = await getT();
  const date = dateTimeFormatter(locale);
  const fmt = (n: number) => formatMark(n, locale);
  const { attempt } = data;
  // Questions are numbered across stages, as the learner saw them.
  const firstNumbers = data.stages.map((_, i) => 1 + data.stages.slice(0, i).reduce((n, s) => n + s.view.questions.length, 0));
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/teach/assignments/${data.assignmentId}`} className="link">
            {t("teach.attempt.back")}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{t("teach.attempt.title", { name: data.student.name })}</h1>
        <p className="text-slate-700">
          {data.student.email} · {data.cohortName} · {data.caseTitle}
        </p>
      </div>
      <section className="card flex flex-wrap items-center gap-6" aria-label={t("teach.attempt.title", { name: data.student.name })}>
        {attempt.mark20 !== null && (
          <p className="text-4xl font-bold text-brand-800" data-testid="mark20">
            {t("player.debrief.mark", { mark: fmt(attempt.mark20) })}
          </p>
        )}
        <div className="space-y-1 text-sm">
          <p className="font-medium" data-testid="points">
            {t("player.debrief.points", { points: fmt(attempt.total), max: fmt(attempt.max) })}
          </p>
          <p>
            {t(`teach.assignment.mode.${attempt.mode}`)} · {t("teach.attempt.started", { date: date.format(attempt.startedAt) })} ·{" "}
            {attempt.finishedAt === null ? t("teach.attempt.inProgress") : t("teach.attempt.finishedAt", { date: date.format(attempt.finishedAt) })}
          </p>
          <p>
            <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${attempt.counted ? "bg-green-100 text-green-900" : "bg-slate-100 text-slate-800"}`}>
              {attempt.counted ? t("teach.attempt.counted") : t("teach.attempt.notCounted")}
            </span>
            {attempt.late && <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950">{t("teach.attempt.late")}</span>}
            {attempt.closedReason && (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950" data-testid="closure">
                {attempt.closedReason === "time-limit" ? t("teach.exam.timeUp") : t("teach.exam.dueClosed")} · {t("teach.exam.unanswered", { n: attempt.unanswered })}
              </span>
            )}
          </p>
          <p className="text-slate-600">{t("teach.attempt.readOnly")}</p>
        </div>
      </section>
      {data.stages.map(({ view, points, max, investigations, durationMs }, i) => {
        const first = firstNumbers[i];
        return (
          <section key={view.id} className="card space-y-4" aria-labelledby={`reviewed-stage-${view.index}`}>
            <header className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`reviewed-stage-${view.index}`} className="text-lg font-bold">
                {t("player.attempt.stage", { n: view.index + 1 })} — {view.title}
              </h2>
              <span className="text-sm">
                <span className="font-semibold">{t("player.debrief.stagePoints", { points: fmt(points), max: fmt(max) })}</span>
                {durationMs !== null && <> · {t("teach.attempt.stageTime", { time: formatDuration(durationMs) })}</>}
              </span>
            </header>
            <Paragraphs text={view.narrative} className="space-y-2 text-sm text-slate-800" />
            <Findings findings={view.findings} t={t} />
            <InvestigationReview items={investigations} locale={locale} />
            <StageQuestions attemptId={attempt.id} questions={view.questions} firstNumber={first} disabled />
          </section>
        );
      })}
    </div>
  );
}
