import Link from "next/link";
import type { AssignmentSummary } from "@/lib/dal/cohorts";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import { dateTimeFormatter } from "@/lib/teach/format";

type Props = { items: AssignmentSummary[]; locale: "fr" | "en"; t: Translator<Messages>; showCohort: boolean; now: number };

export function AssignmentList({ items, locale, t, showCohort, now }: Props) {
  const date = dateTimeFormatter(locale);
  return (
    <ul className="divide-y divide-slate-200" data-testid="assignment-list">
      {items.map((a) => (
        <li key={a.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between" data-testid="assignment-row">
          <div className="min-w-0 text-sm">
            <p className="font-semibold text-slate-900">
              {a.caseTitle} <span className="font-normal text-slate-600">· v{a.version}</span>
            </p>
            <p className="text-slate-700">
              {showCohort && <span className="font-medium">{a.cohortName} · </span>}
              {t(`teach.assignment.mode.${a.mode}`)} · {t(a.opensAt > now ? "teach.assignment.opens" : "teach.assignment.opened", { date: date.format(a.opensAt) })} ·{" "}
              {a.dueAt === null ? t("teach.assignment.noDue") : t("teach.assignment.due", { date: date.format(a.dueAt) })}
            </p>
            <p className="text-slate-600">
              {t("teach.assignment.attempts", { count: a.attemptsAllowed })} · {t("teach.assignment.counts", { rule: t(`teach.assignment.counting.${a.countingRule}`) })}
              {a.mode === "exam" && a.timeLimitMinutes !== null && <> · {t("teach.assignment.timeLimit", { minutes: a.timeLimitMinutes })}</>}
            </p>
          </div>
          <div className="flex shrink-0 items-center gap-3">
            <span className="text-sm font-medium tabular-nums">{t("teach.assignment.completion", { finished: a.finished, members: a.members })}</span>
            <Link href={`/teach/assignments/${a.id}`} className="btn-secondary py-1" aria-label={t("teach.assignment.reviewLabel", { title: a.caseTitle, cohort: a.cohortName })}>
              {t("teach.assignment.review")}
            </Link>
          </div>
        </li>
      ))}
    </ul>
  );
}
