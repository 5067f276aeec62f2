/**
 * The pool kills a job that runs too long or takes too much memory, the request thread keeps
 * running meanwhile, and the next job gets a fresh process. The limits are the pool's own; the
 * clock is not asserted: the time limit here is short and the test only checks the outcome.
 */
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { JobPool } from "./pool";
import { threadNices } from "./process-priority.mjs";

const script = path.resolve(__dirname, "../../tests/fixtures/jobs/test-worker.mjs");
const pool = new JobPool(async () => script, { size: 1, timeoutMs: 1500, maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16, maxQueue: 1 });

afterAll(() => pool.close());

describe("job pool", () => {
  it("runs a job in a child process and keeps the process for the next one", async () => {
    expect(await pool.run("echo", { a: 1, bytes: new Uint8Array([1, 2, 3]) })).toEqual({ ok: true, result: { a: 1, bytes: new Uint8Array([1, 2, 3]) } });
    const first = await pool.run<{ pid: number }>("nices", null);
    const second = await pool.run<{ pid: number }>("nices", null);
    expect(first.ok && second.ok && first.result.pid === second.result.pid).toBe(true);
    expect(first.ok && first.result.pid).not.toBe(process.pid);
  });

  it.runIf(process.platform === "linux")("runs its jobs with every thread of the child at the lowest priority, this process keeping its own", async () => {
    const before = threadNices();
    const outcome = await pool.run<{ pid: number; nices: number[] }>("nices", null);
    if (!outcome.ok) throw new Error(outcome.failure);
    // The main thread and the threads V8 and libuv started before the script ran (more than four).
    expect(outcome.result.nices.length).toBeGreaterThan(4);
    expect(new Set(outcome.result.nices)).toEqual(new Set([19]));
    expect(before?.every((n) => n < 19)).toBe(true);
    expect(threadNices()).toEqual(before);
  });

  it("gives the child none of the server's secrets", async () => {
    process.env.NEXTAUTH_SECRET ??= "test-secret";
    const outcome = await pool.run<string[]>("env", null);
    if (!outcome.ok) throw new Error(outcome.failure);
    expect(outcome.result).not.toContain("NEXTAUTH_SECRET");
    expect(outcome.result).not.toContain("DATABASE_URL");
    expect(outcome.result).toContain("PATH");
    expect(outcome.result.every((name) => ["PATH", "NODE_ENV", "TZ", "LANG", "APP_TIME_ZONE", "PROGRESSIF_CATALOGUE"].includes(name))).toBe(true);
  });

  it("terminates a job past its time limit while this thread keeps serving", async () => {
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const outcome = await pool.run("spin", null);
    clearInterval(ticker);
    expect(outcome).toEqual({ ok: false, failure: "timeout" });
    // The loop never ran in this process: timers kept firing during the job.
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
