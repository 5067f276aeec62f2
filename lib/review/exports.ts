/** The two CSV exports of a review; same numbers as the page (they read the same Review). */
import { toCsv, type CsvValue } from "./csv";
import type { Review } from "./types";

export const STUDENT_COLUMNS = ["email", "name", "status", "started_at", "finished_at", "total", "max", "mark_20"] as const;
export const QUESTION_COLUMNS = ["id", "type", "max", "facility", "sd", "discrimination", "efficiency", "flagged", "alpha", "students", "stage", "mean", "reasons"] as const;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** One row per student; then one column per question id with the counted attempt's points. */
export function studentsCsv(review: Review): string {
  const ids = review.questions.map((q) => q.id);
  const rows: CsvValue[][] = review.students.map((s) => [
    s.email,
    s.name,
    s.status,
    iso(s.startedAt),
    iso(s.finishedAt),
    s.total,
    s.max,
    s.mark20,
    ...ids.map((id) => (s.counted ? (s.points[id] ?? 0) : null)),
  ]);
  return toCsv([...STUDENT_COLUMNS, ...ids], rows);
}

/**
 * One row per question: facility as a proportion (mean ÷ max), discrimination ×100 (corrected
 * item–total correlation), efficiency in %, and the test's alpha repeated on every row so the file
 * stays a plain table.
 */
export function questionsCsv(review: Review): string {
  const rows: CsvValue[][] = review.questions.map((q) => [
    q.id,
    q.type,
    q.max,
    q.facility,
    q.sd,
    q.discrimination,
    q.efficiency,
    q.flagged,
    review.alpha,
    review.n,
    q.stageIndex + 1,
    q.mean,
    q.reasons.map((r) => r.code).join(" "),
  ]);
  return toCsv(QUESTION_COLUMNS, rows);
}
