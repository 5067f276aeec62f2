import { caseFolderZip } from "@/lib/authoring/case-folder";
import { getCaseExport } from "@/lib/dal/authoring";

/**
 * GET /api/teach/cases/<caseId>/export[?version=n] — the case as a zipped case folder (content/
 * format). Own cases (any version, the draft included) and bundled ones (published versions);
 * anything else, or a user who is not an instructor or admin, gets 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const raw = new URL(request.url).searchParams.get("version");
  const version = raw === null ? undefined : /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  if (Number.isNaN(version) || caseId.length > 64) return new Response("Not found", { status: 404 });
  const exported = await getCaseExport(caseId, version);
  if (!exported) return new Response("Not found", { status: 404 });
  const zip = caseFolderZip({ ...exported.content, slug: exported.slug }, exported.slug);
  const name = `${exported.slug}-v${exported.version}${exported.status === "draft" ? "-brouillon" : ""}.zip`;
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
