/**
 * `npm run bench [-- --exam N]`: load benchmark of the production server on a fresh temporary
 * database (see the README, « Performance »). Environment: BENCH_SECONDS, BENCH_CONNECTIONS, BENCH_PORT,
 * BENCH_PROFILE=1 (CPU profile of the server), BENCH_THINK_MS (exam think time), BENCH_KEEP=1.
 */
import { benchConfig } from "./bench/config";
import { runMainBench } from "./bench/main-bench";
import { runExam } from "./bench/exam";

async function main(): Promise<number> {
  const config = benchConfig();
  const args = process.argv.slice(2);
  const exam = args.indexOf("--exam");
  if (exam >= 0) {
    const n = Number(args[exam + 1]);
    if (!Number.isInteger(n) || n < 1) throw new Error("--exam attend un nombre d'étudiant·es, ex. --exam 10000");
    return runExam(config, n);
  }
  return runMainBench(config);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
