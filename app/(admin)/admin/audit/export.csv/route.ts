import { getAuditExport, readAuditFilter } from "@/lib/dal/admin";
import { toCsv } from "@/lib/review/csv";

/** The filtered audit trail as CSV (UTF-8 with BOM, so spreadsheets read the accents); admins only, others get a 404. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const rows = await getAuditExport(readAuditFilter(params));
  if (!rows) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  const csv = toCsv(
    ["id", "at", "actor_id", "actor_email", "action", "target_type", "target_id", "target_email", "details"],
    rows.map((r) => [r.id, new Date(r.at).toISOString(), r.actorId, r.actorEmail, r.action, r.targetType, r.targetId, r.targetEmail, r.details]),
  );
  const day = new Date().toISOString().slice(0, 10);
  // toCsv writes the BOM first.
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${day}.csv"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
