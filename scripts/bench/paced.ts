/**
 * Think-time load: every user waits a random think time (uniform in [0.5, 1.5] × mean) between
 * steps, and the users share a keep-alive pool of `connections` sockets, as behind a reverse proxy.
 * Latency counts from the moment the user clicks, so waiting for a free socket is included.
 */
import http from "node:http";
import type { Recorder } from "./stats";
import type { Headers, Step } from "./load";
import { decodeBytes } from "./body";

type Actor = { next: () => Step | null };

export type PacedOptions = {
  url: string;
  actors: Actor[];
  connections: number;
  thinkMs: number;
  seconds: number;
  recorder: Recorder;
};

export async function runPaced(options: PacedOptions): Promise<{ seconds: number; requests: number }> {
  const { hostname, port } = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const started = performance.now();
  const endAt = started + options.seconds * 1000;
  let requests = 0;
  let active = options.actors.length;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const think = () => options.thinkMs * (0.5 + Math.random());

  const retire = () => {
    if (--active === 0) finish();
  };

  const send = (actor: Actor, step: Step) => {
    const t0 = performance.now();
    requests++;
    const req = http.request({ agent, hostname, port, method: step.request.method, path: step.request.path, headers: step.request.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        let ok: boolean;
        try {
          ok = step.onResult(res.statusCode ?? 0, decodeBytes(Buffer.concat(chunks), res.headers["content-encoding"]), res.headers as Headers);
        } catch {
          step.onLost?.();
          ok = false;
        }
        options.recorder.record(step.op, performance.now() - t0, ok);
        schedule(actor);
      });
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", () => {
      options.recorder.fail(step.op);
      step.onLost?.();
      schedule(actor);
    });
    req.end(step.request.body);
  };

  /** The user's next step, after a think time unless it is the browser's immediate follow-up. */
  const schedule = (actor: Actor, delay?: number) => {
    const step = actor.next();
    if (!step) return retire();
    const wait = delay ?? (step.immediate ? 0 : think());
    // A step that would start after the end of the run is not sent (its submission stays unsent).
    if (performance.now() + wait >= endAt) return retire();
    if (wait === 0) send(actor, step);
    else setTimeout(() => send(actor, step), wait);
  };

  // Arrivals spread over one think time, so the users do not all click at once.
  for (const actor of options.actors) schedule(actor, Math.random() * options.thinkMs);
  await done;
  agent.destroy();
  return { seconds: (performance.now() - started) / 1000, requests };
}
