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
