/**
 * Drives virtual users with autocannon: every connection is a lane that runs its users' step
 * machines, one request at a time. Latencies are autocannon's (request written → response complete).
 */
import autocannon, { type Client, type RequestData } from "autocannon";
import type { Recorder } from "./stats";
import { decodeBody, keepBinaryBodies } from "./body";

export type Headers = Record<string, string | string[]>;

export type Step = {
  op: string;
  request: RequestData;
  /** The response; returns whether it is a success (for the error count). */
  onResult: (status: number, body: string, headers: Headers) => boolean;
  /** No response ever came (timeout, connection reset, end of the run). */
  onLost?: () => void;
  /** Sent right after the previous step, without think time (the browser's own follow-up). */
  immediate?: boolean;
};

/** A connection's users. `next` returns null when they have nothing left to do. */
export type Lane = { next: () => Step | null };

type LaneContext = { lane: Lane; inflight: Step | null; completed: { op: string; ok: boolean } | null; idle: boolean };

export type LoadOptions = {
  url: string;
  seconds: number;
  lanes: Lane[];
  recorder: Recorder;
  /** Requests per second over all connections (think time); unlimited when absent. */
  overallRate?: number;
  /** Sent by lanes with nothing left to do (autocannon cannot idle a connection). */
  idleRequest: RequestData;
  /** Stops the run early once every lane is done. */
  stopWhenIdle?: boolean;
  timeoutSeconds?: number;
  /** Ends the run early when it resolves (e.g. the server was just killed). */
  stop?: Promise<unknown>;
};

export type LoadResult = { seconds: number; requests: number; errors: number; timeouts: number };

function lowerKeys(headers: Headers): Headers {
  const out: Headers = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  keepBinaryBodies();
  const contexts: LaneContext[] = options.lanes.map((lane) => ({ lane, inflight: null, completed: null, idle: false }));
  let nextLane = 0;
  let stopped = false;
  const started = performance.now();

  const instance = autocannon({
    url: options.url,
    connections: contexts.length,
    duration: options.seconds,
    overallRate: options.overallRate,
    timeout: options.timeoutSeconds ?? 10,
    requests: [
      {
        setupRequest(req, context) {
          const ctx = context as LaneContext | undefined;
          // The first request is built before setupClient gives the connection its lane.
          if (!ctx?.lane) return Object.assign(req, options.idleRequest);
          if (ctx.inflight) {
            // The previous request of this lane never got an answer.
            options.recorder.fail(ctx.inflight.op);
            ctx.inflight.onLost?.();
            ctx.inflight = null;
          }
          const step = stopped ? null : ctx.lane.next();
          if (!step) {
            ctx.idle = true;
            if (options.stopWhenIdle && !stopped && contexts.every((c) => c.idle)) {
              stopped = true;
              setImmediate(() => instance.stop());
            }
            return Object.assign(req, options.idleRequest);
          }
          ctx.inflight = step;
          return Object.assign(req, { method: step.request.method, path: step.request.path, headers: step.request.headers ?? {}, body: step.request.body ?? "" });
        },
        onResponse(status, body, context, headers) {
          const ctx = context as LaneContext;
          const step = ctx.inflight;
          ctx.inflight = null;
          if (!step) {
            ctx.completed = null;
            return;
          }
          const h = lowerKeys(headers);
          let ok: boolean;
          try {
            ok = step.onResult(status, decodeBody(body, h["content-encoding"]), h);
          } catch {
            // An undecodable body is a failed request for this user.
            step.onLost?.();
            ok = false;
          }
          ctx.completed = { op: step.op, ok };
        },
      },
    ],
    setupClient(client: Client) {
      const ctx = contexts[nextLane++ % contexts.length];
      const iterator = client.requestIterator;
      // The lane's state must outlive autocannon's per-cycle context reset.
      iterator.context = ctx;
      iterator.resetContext = () => {};
      iterator.rebuildRequest();
    },
  });

  void options.stop?.then(() => {
    stopped = true;
    instance.stop();
  });

  // eslint-disable-next-line @typescript-eslint/no-floating-promises -- autocannon's instance is an event emitter that is also awaited below; `on` returns it.
  instance.on("response", (client: Client, _status: number, _bytes: number, ms: number) => {
    const ctx = client.requestIterator.context as LaneContext;
    if (ctx.completed) options.recorder.record(ctx.completed.op, ms, ctx.completed.ok);
    ctx.completed = null;
  });

  const result = await instance;
  // Requests cut by the end of the run: their outcome is unknown to the client.
  for (const ctx of contexts) {
    if (ctx.inflight) {
      ctx.inflight.onLost?.();
      ctx.inflight = null;
    }
  }
  return { seconds: (performance.now() - started) / 1000, requests: result.requests.total, errors: result.errors, timeouts: result.timeouts };
}
