import Link from "next/link";
import type { AttemptClosure } from "@/lib/dal/attempt-closure";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatMark } from "@/lib/player/format";
import { dateTimeFormatter } from "@/lib/teach/format";

/**
 * Said plainly at the top of a debrief when the server closed the attempt: time ran out, or the
 * assignment's due date passed, and what was saved. Nothing when the learner finished it.
 */
export async function ClosureNotice({ closure }: { closure: AttemptClosure }) {
  if (closure.closedReason !== "time-limit" && closure.closedReason !== "due-date") return null;
  const t = await getT();
  const timeUp = closure.closedReason === "time-limit";
  return (
    <section role="status" className="card border-amber-300 bg-amber-50" data-testid="closure-notice">
      <h2 className="text-lg font-semibold text-amber-950">{timeUp ? t("teach.exam.timeUp") : t("teach.exam.dueClosed")}</h2>
      <p className="mt-1">{timeUp ? t("teach.exam.closedTimeUp") : t("teach.exam.closedDue")}</p>
      <p className="mt-1 font-medium" data-testid="closure-saved">
        {t("teach.exam.saved", { answered: closure.answered, unanswered: closure.unanswered })}
      </p>
    </section>
  );
}

/**
 * The debrief of an exam attempt whose correction is not released yet: the mark only, or nothing,
 * as the instructor chose. Rendered instead of the debrief, so no key or explanation is computed
 * for the page, let alone sent.
 */
export async function WithheldCorrection({ closure }: { closure: AttemptClosure }) {
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const due = closure.releaseAt !== null ? dateTimeFormatter(locale).format(closure.releaseAt) : null;
  const mark = closure.mark20 !== null ? formatMark(closure.mark20, locale) : null;
  const text =
    closure.correction === "mark" && mark !== null
      ? due
        ? t("teach.exam.withheldMarkDue", { mark, date: due })
        : t("teach.exam.withheldMark", { mark })
      : due
        ? t("teach.exam.withheldNothingDue", { date: due })
        : t("teach.exam.withheldNothing");
  return (
    <div className="space-y-6">
      {closure.homeAssignmentId && (
        <p className="text-sm">
          <Link href={`/cases/assignments/${closure.homeAssignmentId}`} className="link">
            {t("teach.exam.back")}
          </Link>
        </p>
      )}
      <h1 className="text-2xl font-bold">{t("teach.exam.withheldTitle")}</h1>
      <ClosureNotice closure={closure} />
      <section className="card" data-testid="correction-withheld">
        <p>{text}</p>
      </section>
    </div>
  );
}
