import { logger } from "./logger.mjs";
import { metrics } from "./metrics.mjs";
import { currentRequest } from "./request-context.mjs";

type ErrorRequest = { path: string; method: string; headers: NodeJS.Dict<string | string[]> };
type ErrorContext = { routePath: string; routeType: string };

/** What of an error may be logged: its kind and message (truncated), never the request's data. */
export function describeError(error: unknown): { name: string; message: string; code?: string; digest?: string; stack?: string } {
  const e = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown; digest?: unknown; stack?: unknown };
  return {
    name: typeof e.name === "string" ? e.name : "Error",
    message: typeof e.message === "string" ? e.message.slice(0, 500) : String(error).slice(0, 500),
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.digest === "string" ? { digest: e.digest } : {}),
    ...(typeof e.stack === "string" ? { stack: e.stack.split("\n").slice(0, 8).join("\n") } : {}),
  };
}

/**
 * The log line of an unexpected error: the digest (what the error page shows the user), the
 * request id (x-request-id, set by the server wrapper, also on the request's own line), the user
 * and the route pattern. The path is not logged: it may carry a token.
 */
export function reportRequestError(error: unknown, request: ErrorRequest, context: ErrorContext): void {
  const described = describeError(error);
  const header = request.headers["x-request-id"];
  const store = currentRequest();
  const requestId = store?.requestId ?? (typeof header === "string" ? header : undefined);
  if (described.code === "SQLITE_BUSY") metrics().dbBusy.inc();
  logger().error(
    { requestId, userId: store?.userId, digest: described.digest, method: request.method, route: context.routePath, routeType: context.routeType, err: described },
    "unexpected error",
  );
}
