import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getAttemptView } from "@/lib/dal/attempts";
import { getLocale, getT } from "@/lib/i18n/server";
import { AttemptProgressBar, AttemptProgressProvider } from "@/components/player/attempt-progress";
import { StageSection } from "@/components/player/stage-section";
import { ExamTimer } from "@/components/player/exam-timer";
import { firstQuestionNumbers } from "@/lib/player/format";
import { dateTimeFormatter } from "@/lib/teach/format";

export const metadata: Metadata = { title: "Cas en cours" };

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const locale = await getLocale();
  const view = await getAttemptView(id, locale);
  // Someone else's attempt and a missing one look the same.
  if (!view) notFound();
  if (view.status === "finished") redirect(`/attempts/${id}/debrief`);
  const t = await getT();
  if (view.hiddenUntil !== undefined)
    return (
      <div className="card space-y-3" data-testid="attempt-hidden">
        <h1 className="text-xl font-bold leading-tight">{t("player.attempt.hiddenTitle")}</h1>
        <p className="font-semibold">{view.caseTitle}</p>
        <p>{t("player.attempt.hiddenBody", { date: dateTimeFormatter(locale).format(view.hiddenUntil) })}</p>
        <Link href="/cases" className="btn-secondary inline-block">
          {t("player.attempt.hiddenBack")}
        </Link>
      </div>
    );
  const firsts = firstQuestionNumbers(view.stages);
  const answered = view.stages.flatMap((s) => s.questions.filter((q) => q.answer !== null).map((q) => q.question.id));
  return (
    <AttemptProgressProvider>
      <div className="space-y-4">
        <div>
          <h1 className="text-xl font-bold leading-tight">
            <Link href={view.homeHref ?? `/cases/${view.caseSlug}`} className="hover:underline">
              {view.caseTitle}
            </Link>
          </h1>
          <p className="mt-1 text-xs text-slate-700">{view.mode === "exam" ? t("player.attempt.examMode") : t("player.attempt.trainingMode")}</p>
        </div>
        {/* Only the progress (and the exam timer) stay in view while scrolling, to keep the phone screen free. */}
        <div className="sticky top-0 z-10 -mx-4 flex items-center gap-3 border-b border-slate-200 bg-slate-50/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6">
          <div className="min-w-0 flex-1">
            <AttemptProgressBar
              currentStage={view.currentStage}
              totalStages={view.totalStages}
              stageQuestionIds={view.stages[view.currentStage]?.questions.map((q) => q.question.id) ?? []}
              stageQuestionCount={view.stages[view.currentStage]?.questionCount ?? 0}
              answeredOnServer={answered}
            />
          </div>
          {view.mode === "exam" && view.deadlineAt ? <ExamTimer deadlineAt={view.deadlineAt} attemptId={view.id} /> : null}
        </div>
        {view.stages.map((stage, i) => {
          const first = firsts[i];
          return (
            <StageSection
              key={stage.id}
              attemptId={view.id}
              stage={stage}
              isCurrent={stage.index === view.currentStage}
              isLast={stage.index === view.totalStages - 1}
              firstQuestionNumber={first}
              closed={false}
              t={t}
            />
          );
        })}
      </div>
    </AttemptProgressProvider>
  );
}
