// The Prometheus metrics (prom-client), one set per process, kept on globalThis: the server
// wrapper records request latencies, the app records the rest, and /metrics reads them all.
// With several server processes (PROGRESSIF_WORKERS), each has its own set; the cluster primary
// sums them (prom-client's AggregatorRegistry, see scripts/lib/serve.mjs) when /metrics asks.
import client from "prom-client";

const KEY = Symbol.for("progressif.metrics");

function create() {
  const register = client.register;
  client.collectDefaultMetrics({ register, prefix: "progressif_" });
  return {
    register,
    requestDuration: new client.Histogram({
      name: "progressif_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by route pattern, method and status.",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [register],
    }),
    actionFailures: new client.Counter({
      name: "progressif_action_failures_total",
      help: "Server actions that refused or failed, by action and error code.",
      labelNames: ["action", "code"],
      registers: [register],
    }),
    answersAcknowledged: new client.Counter({
      name: "progressif_answers_acknowledged_total",
      help: "Answers written to disk and acknowledged to the student.",
      registers: [register],
    }),
    dbBusy: new client.Counter({
      name: "progressif_db_busy_total",
      help: "Requests that failed because the database stayed locked beyond the busy timeout (SQLITE_BUSY).",
      registers: [register],
    }),
    fsyncDuration: new client.Histogram({
      name: "progressif_wal_fsync_duration_seconds",
      help: "Duration of the WAL fsyncs that acknowledge the player's writes (group commit).",
      buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers: [register],
    }),
  };
}

export function metrics() {
  return (globalThis[KEY] ??= create());
}

export const METRICS_REQUEST = "progressif:metrics-request";
export const METRICS_REPLY = "progressif:metrics-reply";
