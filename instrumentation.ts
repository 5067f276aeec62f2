import type { Instrumentation } from "next";

/**
 * Every error Next captures while serving a request (render, route handler, server action, proxy)
 * is logged once, with the digest the browser shows and the request id of the request's own log
 * line (see lib/observability/request-error.ts).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("./lib/observability/request-error");
  reportRequestError(error, request, context);
};

/**
 * At server start: the parsing pool's first process is started and loads its readers, so that the
 * first upload (a hostile one included) is answered as fast as the next ones. Not awaited: the
 * server does not wait for it to listen; a failed warm-up is logged and the first job pays instead.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ warmJobPool }, { logger }] = await Promise.all([import("./lib/jobs/document-jobs"), import("./lib/observability/logger.mjs")]);
  void warmJobPool().then((ok) => {
    if (!ok) logger().warn("parsing pool warm-up failed");
  });
}
