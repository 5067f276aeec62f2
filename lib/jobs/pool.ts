/**
 * A small pool of child processes for parsing untrusted uploads away from the server's process:
 * at most `size` jobs at a time (the rest wait in a bounded queue), each under a time limit (the
 * process is killed when it is exceeded) and a V8 heap limit (the child dies, not the server).
 * Processes rather than worker threads: every thread of a child, its garbage collector's helpers
 * included, runs at the lowest priority (the child lowers them all when it starts, see
 * process-priority.mjs), whereas a worker thread shares the server's garbage-collector threads,
 * which then compete with the request thread at its own priority. Idle children are kept for the
 * next job and never keep the server alive; a child exits when the server does.
 */
import { fork, type ChildProcess } from "node:child_process";

export type PoolOptions = {
  size: number;
  /** Longest a job may run once sent to its process (ms). */
  timeoutMs: number;
  /** Heap limits of each process (MB): old generation, and young generation (two semi-spaces). */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  /** Jobs allowed to wait for a process; more are refused at once. */
  maxQueue: number;
};

export type JobFailure = "timeout" | "memory" | "crashed" | "busy";
export type JobOutcome<T> = { ok: true; result: T } | { ok: false; failure: JobFailure; detail?: string };

type Reply = { id: number; ok: boolean; result?: unknown; error?: string };

/**
 * What a parsing process may know of the server's environment: nothing secret (no session secret,
 * no database address), only what the readers use. A reader compromised by a crafted file finds
 * no credentials there.
 */
const CHILD_ENV = ["PATH", "NODE_ENV", "TZ", "LANG", "APP_TIME_ZONE", "PROGRESSIF_CATALOGUE"];

function childEnv(): NodeJS.ProcessEnv {
  const env = {} as NodeJS.ProcessEnv;
  for (const name of CHILD_ENV) if (process.env[name] !== undefined) env[name] = process.env[name];
  return env;
}

/** The end of what a child wrote to stderr: V8 says "heap out of memory" there before it aborts. */
const STDERR_TAIL = 4096;

export class JobPool {
  private idle: ChildProcess[] = [];
  private running = 0;
  private waiting: (() => void)[] = [];
  private nextId = 1;
  private readonly stderr = new WeakMap<ChildProcess, string>();

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
      return await this.runInProcess<T>(await this.child(), kind, payload);
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Ends the idle processes (tests; a server simply exits, and its children with it). */
  async close(): Promise<void> {
    const idle = this.idle.splice(0);
    await Promise.all(idle.map((child) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill())))));
  }

  private async child(): Promise<ChildProcess> {
    for (let child = this.idle.pop(); child; child = this.idle.pop()) if (child.connected) return child;
    const { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: young } = this.options;
    const child = fork(await this.script(), [], {
      // Only the heap limits: the server's own flags and NODE_OPTIONS (a preload, a profiler) have nothing to do here.
      execArgv: [`--max-old-space-size=${old}`, `--max-semi-space-size=${Math.max(1, Math.floor(young / 2))}`],
      env: childEnv(),
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    this.stderr.set(child, "");
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => this.stderr.set(child, ((this.stderr.get(child) ?? "") + chunk).slice(-STDERR_TAIL)));
    child.on("error", () => {});
    this.release(child);
    return child;
  }

  /** An idle child keeps neither the event loop nor the server alive. */
  private release(child: ChildProcess) {
    child.unref();
    child.channel?.unref();
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  }

  private runInProcess<T>(child: ChildProcess, kind: string, payload: unknown): Promise<JobOutcome<T>> {
    const id = this.nextId++;
    return new Promise<JobOutcome<T>>((resolve) => {
      let settled = false;
      const finish = (outcome: JobOutcome<T>, reusable: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        if (reusable && child.connected) {
          this.release(child);
          this.idle.push(child);
        } else child.kill("SIGKILL");
        resolve(outcome);
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        if (reply.ok) finish({ ok: true, result: reply.result as T }, true);
        else finish({ ok: false, failure: "crashed", detail: reply.error }, true);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const stderr = this.stderr.get(child) ?? "";
        const memory = /heap out of memory|Allocation failed/i.test(stderr);
        finish({ ok: false, failure: memory ? "memory" : "crashed", detail: signal ?? `exit ${code}` }, false);
      };
      const timer = setTimeout(() => finish({ ok: false, failure: "timeout" }, false), this.options.timeoutMs);
      child.on("message", onMessage);
      child.on("exit", onExit);
      // While a job runs, its channel holds the server's event loop as any pending request would.
      child.channel?.ref();
      child.send({ id, kind, payload }, (error) => {
        if (error) finish({ ok: false, failure: "crashed", detail: error.message }, false);
      });
    });
  }
}
