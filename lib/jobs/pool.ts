/**
 * A small pool of worker threads for parsing untrusted uploads off the request thread: at most
 * `size` jobs at a time (the rest wait in a bounded queue), each under a time limit (the thread is
 * terminated when it is exceeded) and a V8 heap limit (`resourceLimits`: the thread dies, not the
 * server). Idle threads are kept for the next job and never keep the process alive.
 */
import { Worker } from "node:worker_threads";

export type PoolOptions = {
  size: number;
  /** Longest a job may run once posted to its thread (ms). */
  timeoutMs: number;
  /** Heap limits of each thread (MB). */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** Jobs allowed to wait for a thread; more are refused at once. */
  maxQueue: number;
};

export type JobFailure = "timeout" | "memory" | "crashed" | "busy";
export type JobOutcome<T> = { ok: true; result: T } | { ok: false; failure: JobFailure; detail?: string };

type Reply = { id: number; ok: boolean; result?: unknown; error?: string };

export class JobPool {
  private idle: Worker[] = [];
  private running = 0;
  private waiting: (() => void)[] = [];
  private nextId = 1;

  constructor(
    private readonly script: () => Promise<string>,
    private readonly options: PoolOptions,
  ) {}

  async run<T>(kind: string, payload: unknown): Promise<JobOutcome<T>> {
    if (this.running >= this.options.size) {
      if (this.waiting.length >= this.options.maxQueue) return { ok: false, failure: "busy" };
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    try {
      return await this.runOnThread<T>(await this.thread(), kind, payload);
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Terminates the idle threads (tests; a server simply exits). */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(idle.map((w) => w.terminate()));
  }

  private async thread(): Promise<Worker> {
    const idle = this.idle.pop();
    if (idle) return idle;
    const worker = new Worker(await this.script(), {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: this.options.maxYoungGenerationSizeMb },
      // The server's own flags (e.g. its preload) have nothing to do in a parsing thread.
      execArgv: [],
      stdout: false,
      stderr: false,
    });
    worker.unref();
    return worker;
  }

  private runOnThread<T>(worker: Worker, kind: string, payload: unknown): Promise<JobOutcome<T>> {
    const id = this.nextId++;
    return new Promise<JobOutcome<T>>((resolve) => {
      let settled = false;
      const finish = (outcome: JobOutcome<T>, reusable: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        if (reusable) this.idle.push(worker);
        else void worker.terminate();
        resolve(outcome);
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        if (reply.ok) finish({ ok: true, result: reply.result as T }, true);
        else finish({ ok: false, failure: "crashed", detail: reply.error }, true);
      };
      const onError = (error: Error & { code?: string }) =>
        finish({ ok: false, failure: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crashed", detail: error.message }, false);
      const onExit = (code: number) => finish({ ok: false, failure: "crashed", detail: `exit ${code}` }, false);
      const timer = setTimeout(() => finish({ ok: false, failure: "timeout" }, false), this.options.timeoutMs);
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id, kind, payload });
    });
  }
}
