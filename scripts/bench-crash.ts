/**
 * `npm run bench:crash`: SIGKILL under load, restart, nothing acknowledged lost (see the README,
 * « Performance »). Environment: BENCH_CONNECTIONS, BENCH_CRASH_CYCLES (default 3), BENCH_PORT.
 */
import { benchConfig } from "./bench/config";
import { runCrashBench } from "./bench/crash";

runCrashBench(benchConfig()).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
