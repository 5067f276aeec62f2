import { getOwnDataExport } from "@/lib/dal/accounts";

/** The signed-in user's own data as a JSON download; anyone signed out gets a 404. */
export async function GET() {
  const data = await getOwnDataExport();
  if (!data) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="progressif-mes-donnees-${day}.json"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
