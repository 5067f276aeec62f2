import { collectMetrics } from "@/lib/observability/collect-metrics";
import { mayReadMetrics } from "@/lib/observability/metrics-access";
import { currentRequest } from "@/lib/observability/request-context.mjs";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

/**
 * GET /metrics — Prometheus text format. With METRICS_TOKEN: `Authorization: Bearer <token>`;
 * without: direct clients on this machine only. Anyone else gets a bare 404 (nothing to learn).
 */
export async function GET(request: Request) {
  const context = currentRequest();
  const allowed = mayReadMetrics({
    token: env().METRICS_TOKEN,
    authorization: request.headers.get("authorization"),
    // As the server wrapper received the request: Next adds X-Forwarded-For to every request.
    peer: context?.peer,
    forwarded: context?.forwarded ?? true,
  });
  if (!allowed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { text, contentType } = await collectMetrics();
  return new Response(text, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
