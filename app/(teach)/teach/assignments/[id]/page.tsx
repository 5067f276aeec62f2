import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/dal/session";
import { getAssignmentReview } from "@/lib/dal/review";
import { getLocale, getT } from "@/lib/i18n/server";
import { parseSort, sortStudents } from "@/lib/review/sort-students";
import { dateTimeFormatter } from "@/lib/teach/format";
import { toLocalDateTimeInput } from "@/lib/teach/local-datetime";
import { AssignmentSettingsForm } from "./assignment-settings-form";
import { DeleteAssignmentForm } from "./delete-assignment-form";
import { ReleaseCorrectionForm } from "./release-correction-form";
import { ChoiceDetails } from "./choice-details";
import { InvestigationTable } from "./investigation-table";
import { QuestionTable } from "./question-table";
import { ReviewSummary } from "./review-summary";
import { ScoreHistogram } from "./score-histogram";
import { StageTimes } from "./stage-times";
import { LearningSignals } from "./learning-signals";
import { StudentTable } from "./student-table";
import { appTimeZone } from "@/lib/time/app-zone";

export const metadata: Metadata = { title: "Revue de cohorte" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AssignmentReviewPage({ params, searchParams }: Props) {
  await requireRole("instructor", "admin");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  // Someone else's assignment and a missing one look the same.
  const data = await getAssignmentReview(id);
  if (!data) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const { assignment: a, review } = data;
  const sort = parseSort(query.sort, query.order);
  const date = dateTimeFormatter(locale);
  const section = { t, locale };
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href={`/teach/cohorts/${data.cohort.id}`} className="link">
            {t("teach.review.back", { name: data.cohort.name })}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{t("teach.review.title", { title: data.caseTitle })}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {t(`teach.assignment.mode.${a.mode}`)} · {t("teach.assignment.opened", { date: date.format(a.opensAt) })} ·{" "}
          {a.dueAt === null ? t("teach.assignment.noDue") : t("teach.assignment.due", { date: date.format(a.dueAt) })} · {t("teach.assignment.attempts", { count: a.attemptsAllowed })} ·{" "}
          {t("teach.assignment.counts", { rule: t(`teach.assignment.counting.${a.countingRule}`) })} · {t(`teach.assignment.late.${a.latePolicy}`)}
        </p>
        <AssignmentSettingsForm
          assignmentId={a.id}
          exam={a.mode === "exam"}
          timeZone={appTimeZone()}
          current={{
            opensAt: toLocalDateTimeInput(a.opensAt),
            dueAt: a.dueAt === null ? "" : toLocalDateTimeInput(a.dueAt),
            attemptsAllowed: String(a.attemptsAllowed),
            countingRule: a.countingRule,
            latePolicy: a.latePolicy,
            timeLimitMinutes: a.timeLimitMinutes === null ? "" : String(a.timeLimitMinutes),
            hideFromPractice: a.hideFromPractice ? "on" : "",
            correctionRelease: a.correctionRelease,
            beforeRelease: a.beforeRelease,
          }}
        />
        {a.mode === "exam" && (
          <section className="card mt-3" aria-labelledby="correction-title" data-testid="correction-release">
            <h2 id="correction-title" className="font-semibold">
              {t("teach.exam.release.title")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {a.hideFromPractice && `${t("teach.exam.summary.hidden")} `}
              {t(`teach.exam.summary.${a.correctionRelease}`)}
            </p>
            {a.correctionRelease === "manual" &&
              (a.correctionReleasedAt !== null ? (
                <p className="mt-1 font-medium text-green-800">{t("teach.exam.release.released", { date: date.format(a.correctionReleasedAt) })}</p>
              ) : (
                <>
                  <p className="mt-1">{t("teach.exam.release.pending", { what: t(`teach.exam.release.what.${a.beforeRelease}`) })}</p>
                  <ReleaseCorrectionForm assignmentId={a.id} />
                </>
              ))}
          </section>
        )}
        <DeleteAssignmentForm assignmentId={a.id} />
        <nav aria-label={t("teach.review.exports")} className="mt-3 flex flex-wrap gap-2">
          <a href={`/teach/assignments/${a.id}/export/students.csv`} className="btn-secondary py-1.5" download>
            {t("teach.review.exportStudents")}
          </a>
          <a href={`/teach/assignments/${a.id}/export/questions.csv`} className="btn-secondary py-1.5" download>
            {t("teach.review.exportQuestions")}
          </a>
          {/* The default format follows the language (semicolons in French); the other one for other spreadsheets. */}
          <a href={`/teach/assignments/${a.id}/export/students.csv?format=${locale === "fr" ? "comma" : "semicolon"}`} className="link self-center text-sm" download>
            {t("teach.review.exportStudentsOther")}
          </a>
          <a href={`/teach/assignments/${a.id}/export/questions.csv?format=${locale === "fr" ? "comma" : "semicolon"}`} className="link self-center text-sm" download>
            {t("teach.review.exportQuestionsOther")}
          </a>
        </nav>
      </div>
      <ReviewSummary review={review} rule={t(`teach.assignment.counting.${a.countingRule}`)} {...section} />
      <ScoreHistogram bins={review.histogram} {...section} />
      <QuestionTable questions={review.questions} {...section} />
      <ChoiceDetails questions={review.questions} {...section} />
      <InvestigationTable items={review.investigations} stageTitles={data.stageTitles} {...section} />
      <StageTimes stages={review.stageTimes} {...section} />
      <LearningSignals signals={data.signals} {...section} />
      <StudentTable assignmentId={a.id} rows={sortStudents(review.students, sort.key, sort.order)} closures={data.closures} sort={sort} {...section} />
    </div>
  );
}
