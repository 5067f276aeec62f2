/**
 * The client address of a request, as the server preload computed it from the socket and
 * TRUSTED_PROXIES (lib/auth/client-address-preload.mjs, which overwrites any client-sent value).
 * Without the preload (`next dev`, a bare `next start`), no header is believed and every request
 * shares one key.
 */
export const CLIENT_HEADER = "x-progressif-client";

export function requestClient(headers: Headers | Record<string, unknown> | undefined): string {
  if ((globalThis as Record<symbol, unknown>)[Symbol.for("progressif.clientAddressPreload")] !== true) return "local";
  const value = headers instanceof Headers ? headers.get(CLIENT_HEADER) : headers?.[CLIENT_HEADER];
  return typeof value === "string" && value.length > 0 && value.length <= 64 ? value : "local";
}
