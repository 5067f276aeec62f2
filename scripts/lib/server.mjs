// One server process: Next's request handler inside a plain node:http server (a Next "custom
// server"), so that every request — pages, server actions, route handlers, static files — gets
// one log line with its exact status and duration, a request id (x-request-id, also sent back),
// and a latency observation for /metrics. Run by serve.mjs: node scripts/lib/server.mjs -p <port> [-H <host>].
import http from "node:http";
import path from "node:path";
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";

process.env.NODE_ENV ||= "production";
// As `next start` names itself: scripts/db-restore.ts finds the servers using a database by it.
process.title = "next-server (progressif)";
const { default: next } = await import("next");
const { default: client } = await import("prom-client");
const { logger } = await import("../../lib/observability/logger.mjs");
const { metrics } = await import("../../lib/observability/metrics.mjs");
const { requestStorage } = await import("../../lib/observability/request-context.mjs");
const { loadRouteMatcher } = await import("../../lib/observability/routes.mjs");
const { BODY_TOO_LARGE_MESSAGE, MAX_BODY_BYTES, announcedBodyTooLarge } = await import("../../lib/http/body-limit.mjs");

function parseArgs(argv) {
  const out = { port: Number(process.env.PORT) || 3000, hostname: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "-p" || flag === "--port") out.port = Number(argv[++i]);
    else if (flag === "-H" || flag === "--hostname") out.hostname = argv[++i];
    else throw new Error(`server.mjs: option inconnue ${flag}`);
  }
  return out;
}

const KEEP_ALIVE_MS = 65_000;
const root = process.cwd();
const { port, hostname } = parseArgs(process.argv.slice(2));
const log = logger();
const { requestDuration } = metrics();
// In a cluster worker, answer the primary's requests for this process's metrics.
if (cluster.isWorker) new client.AggregatorRegistry();

const app = next({ dev: false, dir: root, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
const routeOf = loadRouteMatcher(path.join(root, process.env.NEXT_DIST_DIR || ".next"));
const storage = requestStorage();

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  // Always ours: a client-sent id could forge or collide with another request's log lines.
  const requestId = randomUUID();
  req.headers["x-request-id"] = requestId;
  res.setHeader("x-request-id", requestId);
  // Whether the client relayed the request (read here: Next adds X-Forwarded-For to every request itself).
  const forwarded = req.headers["x-forwarded-for"] !== undefined || req.headers.forwarded !== undefined;
  const context = { requestId, userId: undefined, peer: req.socket.remoteAddress ?? "", forwarded };
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeOf(req.url);
    // A response cut short (client gone) has no status of its own.
    const status = res.writableFinished ? res.statusCode : 499;
    requestDuration.observe({ route, method: req.method ?? "", status: String(status) }, seconds);
    const line = { requestId, userId: context.userId, method: req.method, route, status, durationMs: Math.round(seconds * 10_000) / 10 };
    if (status >= 500) log.error(line, "request");
    else log.info(line, "request");
  };
  res.on("finish", done);
  res.on("close", done);
  // Bodies past the limit are refused here, before Next parses them (it would answer 500).
  const tooLarge = announcedBodyTooLarge(req.headers);
  if (tooLarge === true) return refuseBody(req, res);
  if (tooLarge === "unknown") countStreamedBody(req, res);
  storage.run(context, () => {
    handle(req, res).catch((error) => {
      // The body was cut off on purpose (see countStreamedBody): already answered 413.
      if (req.progressifBodyRefused) return;
      log.error({ requestId, err: { name: error?.name, message: error?.message } }, "handler failed");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
});

/**
 * 413 with a plain message. The rest of the body is read and dropped, not parsed: Node discards
 * what nobody reads once the answer is sent (an announced length), and countStreamedBody drops the
 * chunks of a streamed one; closing with unread data would reset the connection and could lose
 * the answer before the client reads it.
 */
function refuseBody(req, res) {
  req.progressifBodyRefused = true;
  if (res.headersSent) return void res.end();
  res.writeHead(413, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(BODY_TOO_LARGE_MESSAGE) });
  res.end(BODY_TOO_LARGE_MESSAGE);
}

/**
 * A body without Content-Length is counted as Node's HTTP parser hands it over (IncomingMessage
 * receives each chunk through push()). Past the limit, the request is answered 413 while Next still
 * waits for the body, and the chunks are dropped instead of passed on; the connection closes when
 * the client has sent it all, or at once if it sends as much again.
 */
function countStreamedBody(req, res) {
  const push = req.push;
  let received = 0;
  req.push = function (chunk, encoding) {
    received += chunk === null ? 0 : chunk.length;
    if (!req.progressifBodyRefused && received > MAX_BODY_BYTES) refuseBody(req, res);
    if (!req.progressifBodyRefused) return push.call(this, chunk, encoding);
    if (chunk === null || received > 2 * MAX_BODY_BYTES) {
      if (res.writableFinished) req.socket.destroy();
      else res.once("finish", () => req.socket.destroy());
    }
    return true;
  };
}

// An idle keep-alive connection is closed after KEEP_ALIVE_MS, longer than the idle timeout of the
// clients and proxies that pool connections to us (60 s for most load balancers). Node's default
// (5 s) is shorter than theirs: a client that reuses a pooled connection at the very moment the
// server closes it gets a reset (ECONNRESET) instead of an answer — Playwright's request client,
// which ignores the advertised "Keep-Alive: timeout=", lost one request that way in CI. Slow
// headers stay bounded by headersTimeout (60 s) and whole requests by requestTimeout (300 s).
server.keepAliveTimeout = KEEP_ALIVE_MS;

server.listen(port, hostname, () => {
  log.info({ port, hostname: hostname ?? null, worker: cluster.isWorker ? cluster.worker?.id : null }, "listening");
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
