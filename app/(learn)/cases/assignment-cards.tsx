import Link from "next/link";
import type { AssignmentCard } from "@/lib/dal/library";
import type { Messages } from "@/messages";
import type { Translator } from "@/lib/i18n/translate";
import { formatMark } from "@/lib/player/format";
import { dateTimeFormatter } from "@/lib/teach/format";

export const statusStyle: Record<AssignmentCard["status"], string> = {
  to_do: "bg-brand-50 text-brand-800",
  in_progress: "bg-sky-100 text-sky-900",
  done: "bg-green-100 text-green-900",
  late: "bg-red-100 text-red-900",
};

export function AssignmentCards({ cards, t, locale }: { cards: AssignmentCard[]; t: Translator<Messages>; locale: "fr" | "en" }) {
  const date = dateTimeFormatter(locale);
  return (
    <ul className="grid gap-4 sm:grid-cols-2" data-testid="assignment-cards">
      {cards.map((c) => (
        <li key={c.id} className="card flex flex-col gap-2" data-testid="assignment-card">
          <div className="flex flex-wrap items-center gap-2">
            <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${statusStyle[c.status]}`} data-testid="assignment-status">
              {t(`teach.student.status.${c.status}`)}
            </span>
            <span className="text-xs text-slate-700">{t(`teach.assignment.mode.${c.mode}`)}</span>
          </div>
          <h3 className="text-lg font-semibold leading-snug">
            <Link href={`/cases/assignments/${c.id}`} className="hover:underline">
              {c.title}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">{t("teach.student.cohort", { name: c.cohortName })}</p>
          <p className="text-sm font-medium">
            {c.notYetOpen
              ? t("teach.student.opensOn", { date: date.format(c.opensAt) })
              : c.dueAt === null
                ? t("teach.student.noDue")
                : t("teach.student.dueOn", { date: date.format(c.dueAt) })}
          </p>
          <p className="text-sm text-slate-700">
            {t("teach.student.attemptsUsed", { used: c.attemptsUsed, allowed: c.attemptsAllowed })}
            {c.countedMark20 !== null && <> · {t("teach.student.mark", { mark: formatMark(c.countedMark20, locale) })}</>}
          </p>
          <Link href={`/cases/assignments/${c.id}`} className="btn-primary mt-auto self-start" aria-label={t("teach.student.openLabel", { title: c.title })}>
            {t("teach.student.open")}
          </Link>
        </li>
      ))}
    </ul>
  );
}
