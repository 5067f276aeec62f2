import { serverHealth } from "@/lib/dal/health";

export const dynamic = "force-dynamic";

/**
 * GET /api/health — 200 when the database answers, every migration is applied and a build is
 * served; 503 otherwise, with which check failed. Public: it tells nothing about any user.
 */
export async function GET() {
  const report = await serverHealth();
  return Response.json(
    { status: report.ok ? "ok" : "unavailable", database: report.database, migrations: report.migrations, buildId: report.buildId },
    { status: report.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
