/**
 * Loaded into each server process (`node --import`, see scripts/lib/serve.mjs) before Next starts:
 * every incoming request gets an `x-progressif-client` header holding the client address computed
 * from its socket and TRUSTED_PROXIES (client-address.mjs). Any such header sent by the client is
 * replaced, so the rate limits never key on a value the client chose. Next's request handlers do
 * not see the socket; this is the one place that does.
 *
 * It also answers 405 to the methods a WHATWG Request cannot carry (TRACE, TRACK, CONNECT): Next
 * would build a Request for its proxy and fail with a 500. Other unknown methods reach proxy.ts.
 */
import http from "node:http";
import { clientAddress, parseTrustedProxies } from "./client-address.mjs";

const rule = parseTrustedProxies(process.env.TRUSTED_PROXIES);
// Tells requestClient (lib/auth/request-client.ts) that the header is ours, not the client's.
globalThis[Symbol.for("progressif.clientAddressPreload")] = true;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === "request") {
    const [req, res] = args;
    if (/^(?:TRACE|TRACK|CONNECT)$/i.test(req.method ?? "")) {
      res.writeHead(405, { Allow: "GET, HEAD, POST, OPTIONS", "Content-Type": "text/plain; charset=utf-8" });
      res.end("Method Not Allowed");
      return true;
    }
    req.headers["x-progressif-client"] = clientAddress(req.socket?.remoteAddress, req.headers["x-forwarded-for"], rule);
  }
  return emit.call(this, event, ...args);
};
