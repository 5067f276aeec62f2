import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/dal/session";
import { getMyAssignment } from "@/lib/dal/student-assignments";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatMark } from "@/lib/player/format";
import { dateTimeFormatter } from "@/lib/teach/format";
import { statusStyle } from "../../assignment-cards";
import { StartAssignmentForm } from "./start-assignment-form";

export const metadata: Metadata = { title: "Travail assigné" };

export default async function MyAssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  // Not a member of its cohort (or removed): the assignment does not exist for this user.
  const a = await getMyAssignment(id);
  if (!a) notFound();
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const date = dateTimeFormatter(locale);
  const pastDue = a.status === "late";
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/cases" className="link">
            {t("teach.student.page.back")}
          </Link>
        </p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold">{a.title}</h1>
          <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusStyle[a.status]}`} data-testid="assignment-status">
            {t(`teach.student.status.${a.status}`)}
          </span>
        </div>
        <p className="mt-2 text-slate-700">{a.summary}</p>
      </div>
      <section className="card space-y-2" aria-labelledby="settings-title">
        <h2 id="settings-title" className="font-semibold">
          {t("teach.student.page.settingsTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          <li>{t("teach.student.cohort", { name: a.cohortName })}</li>
          <li>{t("teach.student.page.mode", { mode: t(`teach.assignment.mode.${a.mode}`) })}</li>
          <li>{a.notYetOpen ? t("teach.student.opensOn", { date: date.format(a.opensAt) }) : t("teach.assignment.opened", { date: date.format(a.opensAt) })}</li>
          <li>{a.dueAt === null ? t("teach.student.noDue") : t("teach.student.dueOn", { date: date.format(a.dueAt) })}</li>
          <li>{t("teach.student.attemptsUsed", { used: a.attemptsUsed, allowed: a.attemptsAllowed })}</li>
          <li>{t("teach.student.page.counting", { rule: t(`teach.assignment.counting.${a.countingRule}`) })}</li>
          {a.timeLimitMinutes !== null && <li>{t("teach.student.page.timeLimit", { minutes: a.timeLimitMinutes })}</li>}
          {a.dueAt !== null && <li>{a.latePolicy === "accept" ? t("teach.student.page.lateAccepted") : t("teach.student.page.lateRefused")}</li>}
        </ul>
        <div className="pt-2" data-testid="start-area">
          {a.openAttemptId ? (
            <Link href={`/attempts/${a.openAttemptId}`} className="btn-primary">
              {t("teach.student.page.resume")}
            </Link>
          ) : a.blocked ? (
            <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 text-sm font-medium text-amber-950" role="status">
              {t(`teach.student.page.blocked.${a.blocked}`, { date: date.format(a.opensAt) })}
            </p>
          ) : (
            <>
              {pastDue && <p className="mb-2 text-sm font-medium text-amber-950">{t("teach.student.page.lateWarning")}</p>}
              <StartAssignmentForm assignmentId={a.id} label={t("teach.student.page.start")} />
            </>
          )}
        </div>
      </section>
      {a.objectives.length > 0 && (
        <section className="card" aria-labelledby="objectives-title">
          <h2 id="objectives-title" className="font-semibold">
            {t("player.overview.objectives")}
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {a.objectives.map((o) => (
              <li key={o.id}>{o.text}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="my-attempts-title">
        <h2 id="my-attempts-title" className="font-semibold">
          {t("teach.student.page.attemptsTitle")}
        </h2>
        {a.attempts.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("teach.student.page.noAttempts")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200">
            {a.attempts.map((at) => (
              <li key={at.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="attempt-row">
                <span className="text-sm">
                  {t("player.overview.startedAt", { date: date.format(at.startedAt) })} ·{" "}
                  {at.status === "finished" ? (
                    at.mark20 === null ? (
                      <span className="italic">{t("teach.exam.markWithheld")}</span>
                    ) : (
                      <span className="font-semibold">{t("player.debrief.mark", { mark: formatMark(at.mark20, locale) })}</span>
                    )
                  ) : (
                    t("player.overview.inProgress")
                  )}
                  {at.counted && <span className="ml-2 rounded bg-green-100 px-1.5 text-xs font-semibold text-green-900">{t("teach.student.page.counted")}</span>}
                  {at.late && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-950">{t("teach.student.page.late")}</span>}
                  {at.closedReason === "time-limit" && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-950">{t("teach.exam.timeUp")}</span>}
                  {at.closedReason === "due-date" && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-950">{t("teach.exam.dueClosed")}</span>}
                </span>
                <Link href={at.status === "finished" ? `/attempts/${at.id}/debrief` : `/attempts/${at.id}`} className="btn-secondary py-1">
                  {at.status === "finished" ? t("teach.student.page.debrief") : t("teach.student.page.resumeShort")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
