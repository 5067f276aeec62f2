// The largest request body the server reads: server actions (Next's bodySizeLimit, next.config.mjs)
// and route handlers alike. The largest legitimate one is a 5 MB upload in a multipart form.
// Enforced before Next parses anything by the custom server (scripts/lib/server.mjs), which
// answers 413 by Content-Length, or as soon as a streamed (chunked) body passes it.
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

export const BODY_TOO_LARGE_MESSAGE =
  "Requête trop volumineuse : 6 Mo au plus. / Request body too large: 6 MB at most.\n";

/**
 * Whether a request announces a body larger than `limit` (Content-Length), or "unknown" when its
 * length is not announced (chunked) and must be counted as it arrives.
 */
export function announcedBodyTooLarge(headers, limit = MAX_BODY_BYTES) {
  const raw = headers["content-length"];
  if (raw === undefined) return headers["transfer-encoding"] === undefined ? false : "unknown";
  const length = Number(raw);
  // A malformed length is rejected by Node's parser before we see it; be strict anyway.
  return !Number.isSafeInteger(length) || length > limit;
}
