/**
 * Loaded into each server process (`node --import`, see scripts/lib/serve.mjs) before Next starts:
 * every incoming request gets an `x-progressif-client` header holding the client address computed
 * from its socket and TRUSTED_PROXIES (client-address.mjs). Any such header sent by the client is
 * replaced, so the rate limits never key on a value the client chose. Next's request handlers do
 * not see the socket; this is the one place that does.
 */
import http from "node:http";
import { clientAddress, parseTrustedProxies } from "./client-address.mjs";

const rule = parseTrustedProxies(process.env.TRUSTED_PROXIES);
// Tells requestClient (lib/auth/request-client.ts) that the header is ours, not the client's.
globalThis[Symbol.for("progressif.clientAddressPreload")] = true;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const req = args[0];
    req.headers["x-progressif-client"] = clientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], rule);
  }
  return emit.call(this, event, ...args);
};
