import { getAssignmentReview, type AssignmentReview } from "@/lib/dal/review";
import { getLocale } from "@/lib/i18n/server";
import { COMMA_DIALECT, SEMICOLON_DIALECT, csvFileName, type CsvDialect } from "@/lib/review/csv";
import { appTimeZone } from "@/lib/time/app-zone";
import { formatZonedInput } from "@/lib/time/zone";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * `?format=semicolon` (French spreadsheets: semicolons, decimal commas) or `?format=comma`; without
 * it, the one that fits the reader's language. Anything else is a 404, like a wrong path.
 */
export async function chooseDialect(request: Request): Promise<CsvDialect | null> {
  const format = new URL(request.url).searchParams.get("format");
  if (format === "semicolon") return SEMICOLON_DIALECT;
  if (format === "comma") return COMMA_DIALECT;
  if (format !== null) return null;
  return (await getLocale()) === "fr" ? SEMICOLON_DIALECT : COMMA_DIALECT;
}

const day = (ms: number) => formatZonedInput(ms, appTimeZone()).slice(0, 10);

/**
 * A CSV download of one of the signed-in instructor's assignments, named after the cohort, the
 * case, the assignment's opening day, the export and today's date (the French dialect says so).
 * Anyone else — signed out, a student, another instructor, a guessed id — gets the same 404 as a
 * missing assignment.
 */
export async function csvResponse(request: Request, id: string, suffix: string, build: (data: AssignmentReview, dialect: CsvDialect) => string): Promise<Response> {
  const dialect = await chooseDialect(request);
  if (!dialect) return notFound();
  const data = await getAssignmentReview(id);
  if (!data) return notFound();
  const kind = dialect.separator === ";" ? `${suffix}-excel-fr` : suffix;
  const name = csvFileName(data.cohort.name, data.caseTitle, day(data.assignment.opensAt), kind, day(Date.now()));
  return new Response(build(data, dialect), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
