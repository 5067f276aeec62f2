/** Benchmark settings, from the environment, with their defaults. */
import path from "node:path";
import { parseWorkers } from "@/lib/env/workers.mjs";

function intFromEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} doit être un entier ≥ ${min} (reçu « ${raw} »)`);
  return n;
}

export type BenchConfig = {
  root: string;
  /** Build folder of the benchmarked production build (kept apart from .next). */
  distDir: string;
  seconds: number;
  connections: number;
  port: number;
  /** Record a V8 CPU profile of the server and summarise it. */
  profile: boolean;
  /** Server processes sharing the port (PROGRESSIF_WORKERS, as `npm start`; default 1). */
  workers: number;
};

export function benchConfig(): BenchConfig {
  return {
    root: process.cwd(),
    distDir: process.env.BENCH_DIST_DIR || ".next-bench",
    seconds: intFromEnv("BENCH_SECONDS", 30),
    connections: intFromEnv("BENCH_CONNECTIONS", 50),
    port: intFromEnv("BENCH_PORT", 3200),
    profile: process.env.BENCH_PROFILE === "1",
    workers: parseWorkers(process.env.PROGRESSIF_WORKERS),
  };
}

export function distPath(config: BenchConfig, ...parts: string[]): string {
  return path.join(config.root, config.distDir, ...parts);
}
