/**
 * The pool kills a job that runs too long or takes too much memory, the request thread keeps
 * running meanwhile, and the next job gets a fresh thread. The limits are the pool's own; the
 * clock is not asserted: the time limit here is short and the test only checks the outcome.
 */
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { JobPool } from "./pool";
import { currentThreadId, threadNice } from "./thread-priority.mjs";

const script = path.resolve(__dirname, "../../tests/fixtures/jobs/test-worker.mjs");
const pool = new JobPool(async () => script, { size: 1, timeoutMs: 1500, maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, maxQueue: 1 });

afterAll(() => pool.close());

describe("job pool", () => {
  it("runs a job in a thread and keeps the thread for the next one", async () => {
    expect(await pool.run("echo", { a: 1 })).toEqual({ ok: true, result: { a: 1 } });
    expect(await pool.run("echo", [2])).toEqual({ ok: true, result: [2] });
  });

  it.runIf(process.platform === "linux")("runs its jobs at the lowest priority, this thread keeping its own", async () => {
    const before = threadNice(currentThreadId()!);
    const outcome = await pool.run<number>("tid", null);
    expect(outcome.ok).toBe(true);
    const tid = outcome.ok ? outcome.result : -1;
    expect(tid).not.toBe(currentThreadId());
    expect(threadNice(tid)).toBe(19);
    expect(threadNice(currentThreadId()!)).toBe(before);
    expect(before).toBeLessThan(19);
  });

  it("terminates a job past its time limit while this thread keeps serving", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const outcome = await pool.run("spin", null);
    clearInterval(ticker);
    expect(outcome).toEqual({ ok: false, failure: "timeout" });
    // The loop never ran on this thread: timers kept firing during the job.
    expect(ticks).toBeGreaterThan(5);
    expect(await pool.run("echo", "after")).toEqual({ ok: true, result: "after" });
  });

  it("stops a job that exhausts its heap, not the process", { timeout: 30_000 }, async () => {
    // A time limit long enough that the heap limit is what stops it.
    const roomy = new JobPool(async () => script, { size: 1, timeoutMs: 25_000, maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 8, maxQueue: 0 });
    const outcome = await roomy.run("hog", null);
    expect(outcome.ok === false && outcome.failure).toBe("memory");
    expect(await roomy.run("echo", "still here")).toEqual({ ok: true, result: "still here" });
    await roomy.close();
  });

  it("refuses at once when the queue is full", async () => {
    const running = pool.run("spin", null);
    const queued = pool.run("echo", 1);
    expect(await pool.run("echo", 2)).toEqual({ ok: false, failure: "busy" });
    expect(await running).toEqual({ ok: false, failure: "timeout" });
    expect(await queued).toEqual({ ok: true, result: 1 });
  });
});
