import Link from "next/link";
import type { StudentRow } from "@/lib/review/types";
import type { SortKey, SortOrder } from "@/lib/review/sort-students";
import { formatFixed, shortDateTimeFormatter } from "@/lib/teach/format";
import type { SectionProps } from "./review-types";

type Props = SectionProps & {
  assignmentId: string;
  rows: StudentRow[];
  /** Attempts closed by the server (time limit, due date), with their unanswered questions. */
  closures: Record<string, { reason: "time-limit" | "due-date"; unanswered: number }>;
  sort: { key: SortKey; order: SortOrder };
};

const COLUMNS: { key: SortKey; label: "colName" | "colEmail" | "colStatus" | "colMark" | "colStarted" | "colFinished" | "colAttempts"; numeric?: boolean }[] = [
  { key: "name", label: "colName" },
  { key: "mark", label: "colMark", numeric: true },
  { key: "status", label: "colStatus" },
  { key: "attempts", label: "colAttempts", numeric: true },
  { key: "started", label: "colStarted" },
  { key: "finished", label: "colFinished" },
  { key: "email", label: "colEmail" },
];

export function StudentTable({ assignmentId, rows, closures, sort, t, locale }: Props) {
  const date = shortDateTimeFormatter(locale);
  const when = (ms: number | null) => (ms === null ? "—" : date.format(ms));
  return (
    <section className="card" aria-labelledby="students" id="students-section">
      <h2 id="students" className="text-lg font-semibold">
        {t("teach.review.studentsTitle")}
      </h2>
      {rows.length === 0 ? (
        <p className="mt-2 text-slate-700">{t("teach.review.noMembers")}</p>
      ) : (
        <div className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-labelledby="students">
          <table className="w-full border-collapse whitespace-nowrap text-sm" data-testid="student-table">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                {COLUMNS.map((c, index) => {
                  const active = sort.key === c.key;
                  // Clicking the active column flips the order; another column starts in its natural order.
                  const order: SortOrder = active ? (sort.order === "asc" ? "desc" : "asc") : c.key === "mark" ? "desc" : "asc";
                  const label = t(`teach.review.${c.label}`);
                  const header = (
                    <th key={c.key} scope="col" className={`px-2 py-2 ${c.numeric ? "text-right" : ""}`} aria-sort={active ? (sort.order === "asc" ? "ascending" : "descending") : undefined}>
                      <Link href={`?sort=${c.key}&order=${order}#students`} className="inline-flex items-center gap-1 rounded hover:underline" aria-label={t("teach.review.sortBy", { column: label })} scroll={false}>
                        {label}
                        <span aria-hidden="true" className="text-xs text-slate-500">
                          {active ? (sort.order === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </Link>
                    </th>
                  );
                  // Mark and drill-down come right after the name, so they stay in view on a phone.
                  return index === 1 ? [header, <th key="detail" scope="col" className="px-2 py-2">{t("teach.review.colDetail")}</th>] : header;
                })}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.userId} className="border-b border-slate-100" data-testid="student-row">
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {r.name}
                  </th>
                  <td className="px-2 py-1 text-right font-semibold tabular-nums" data-col="mark">
                    {r.mark20 === null ? "—" : formatFixed(r.mark20, locale, 2)}
                  </td>
                  <td className="px-2 py-1">
                    {r.attemptId ? (
                      <Link href={`/teach/assignments/${assignmentId}/attempts/${r.attemptId}`} className="link" aria-label={t("teach.review.viewLabel", { name: r.name })}>
                        {t("teach.review.view")}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-2 py-1">
                    {t(`teach.review.status.${r.status}`)}
                    {r.late && <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-950">{t("teach.review.late")}</span>}
                    {r.attemptId && closures[r.attemptId] && (
                      <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-950" data-testid="closure">
                        {closures[r.attemptId].reason === "time-limit" ? t("teach.exam.timeUp") : t("teach.exam.dueClosed")} ·{" "}
                        {t("teach.exam.unanswered", { n: closures[r.attemptId].unanswered })}
                      </span>
                    )}
                  </td>
                  <td className="px-2 py-1 text-right tabular-nums">{r.attemptsUsed}</td>
                  <td className="px-2 py-1 tabular-nums">{when(r.startedAt)}</td>
                  <td className="px-2 py-1 tabular-nums">{when(r.finishedAt)}</td>
                  <td className="px-2 py-1 text-slate-700">{r.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
