/** Latency and outcome counters per operation. */

export type OpStats = { op: string; count: number; errors: number; latencies: number[] };

export type OpSummary = {
  op: string;
  count: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export class Recorder {
  private readonly ops = new Map<string, OpStats>();

  private get(op: string): OpStats {
    let s = this.ops.get(op);
    if (!s) {
      s = { op, count: 0, errors: 0, latencies: [] };
      this.ops.set(op, s);
    }
    return s;
  }

  /** One completed request (or multi-request flow) of `op`; `ok` false counts it as an error. */
  record(op: string, ms: number, ok: boolean): void {
    const s = this.get(op);
    s.count++;
    if (!ok) s.errors++;
    s.latencies.push(ms);
  }

  /** A request that never got an answer (timeout, connection lost): an error without a latency. */
  fail(op: string): void {
    const s = this.get(op);
    s.count++;
    s.errors++;
  }

  summary(seconds: number): OpSummary[] {
    return [...this.ops.values()].map((s) => {
      const sorted = Float64Array.from(s.latencies).sort();
      const arr = Array.from(sorted);
      return {
        op: s.op,
        count: s.count,
        errors: s.errors,
        rps: s.count / seconds,
        p50: percentile(arr, 50),
        p95: percentile(arr, 95),
        p99: percentile(arr, 99),
        max: arr.length ? arr[arr.length - 1] : 0,
      };
    });
  }

  /** Several operations counted as one (e.g. every render of the player page). */
  merged(seconds: number, name: string, ops: string[]): OpSummary {
    const all = new Recorder();
    for (const op of ops) {
      const s = this.ops.get(op);
      if (!s) continue;
      const target = all.get(name);
      target.count += s.count;
      target.errors += s.errors;
      target.latencies.push(...s.latencies);
    }
    return all.find(seconds, name) ?? { op: name, count: 0, errors: 0, rps: 0, p50: 0, p95: 0, p99: 0, max: 0 };
  }

  find(seconds: number, op: string): OpSummary | undefined {
    return this.summary(seconds).find((s) => s.op === op);
  }
}
