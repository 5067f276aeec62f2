/** The two CSV exports of a review; same numbers as the page (they read the same Review). */
import { COMMA_DIALECT, toCsv, type CsvDialect, type CsvValue } from "./csv";
import type { Review } from "./types";

export const STUDENT_COLUMNS = ["email", "name", "status", "started_at", "finished_at", "total", "max", "mark_20"] as const;
/** After the question columns: so that a row's question and investigation points add up to its total. */
export const STUDENT_TRAILING_COLUMNS = ["investigations", "floor_adjustment"] as const;
export const QUESTION_COLUMNS = ["id", "number", "stem", "type", "max", "facility", "sd", "discrimination", "efficiency", "flagged", "alpha", "students", "stage", "mean", "reasons"] as const;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const round6 = (x: number) => Math.round((x + Number.EPSILON) * 1e6) / 1e6;

/**
 * One row per student; then one column per question id with the counted attempt's points, the
 * investigation points, and the floor adjustment (what brings a negative sum up to the total of 0;
 * 0 otherwise): questions + investigations + floor_adjustment = total.
 */
export function studentsCsv(review: Review, dialect: CsvDialect = COMMA_DIALECT): string {
  const ids = review.questions.map((q) => q.id);
  const rows: CsvValue[][] = review.students.map((s) => {
    const questionPoints = ids.map((id) => (s.counted ? (s.points[id] ?? 0) : null));
    const counted = s.counted && s.total !== null && s.investigationPoints !== null;
    const sum = counted ? round6(questionPoints.reduce<number>((a, p) => a + (p ?? 0), 0) + s.investigationPoints!) : 0;
    return [
      s.email,
      s.name,
      s.status,
      iso(s.startedAt),
      iso(s.finishedAt),
      s.total,
      s.max,
      s.mark20,
      ...questionPoints,
      counted ? s.investigationPoints : null,
      // What the scoring adds to a negative sum to floor the total at 0 (PRODUCT.md).
      counted ? (sum < 0 ? -sum : 0) : null,
    ];
  });
  return toCsv([...STUDENT_COLUMNS, ...ids, ...STUDENT_TRAILING_COLUMNS], rows, dialect);
}

/**
 * One row per question, with its number and whole stem: facility as a proportion (mean ÷ max),
 * discrimination ×100 (corrected item–total correlation), efficiency in %, and the test's alpha
 * repeated on every row so the file stays a plain table.
 */
export function questionsCsv(review: Review, dialect: CsvDialect = COMMA_DIALECT): string {
  const rows: CsvValue[][] = review.questions.map((q) => [
    q.id,
    q.number,
    q.fullStem,
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
  return toCsv(QUESTION_COLUMNS, rows, dialect);
}
