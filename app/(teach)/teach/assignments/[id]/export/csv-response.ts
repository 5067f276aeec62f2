import { getAssignmentReview, type AssignmentReview } from "@/lib/dal/review";
import { csvFileName } from "@/lib/review/csv";

const notFound = () => new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * A CSV download of one of the signed-in instructor's assignments. Anyone else — signed out, a
 * student, another instructor, a guessed id — gets the same 404 as a missing assignment.
 */
export async function csvResponse(id: string, suffix: string, build: (data: AssignmentReview) => string): Promise<Response> {
  const data = await getAssignmentReview(id);
  if (!data) return notFound();
  const name = csvFileName(data.cohort.name, data.caseTitle, suffix);
  return new Response(build(data), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
