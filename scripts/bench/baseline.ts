/** Runs the baseline server under the same load as the app's submissions. */
import { fork } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import type { BenchConfig } from "./config";
import { freePort } from "./ports";

export type BaselineResult = { rps: number; p50: number; p99: number; errors: number };

export async function runBaseline(config: BenchConfig, dir: string): Promise<BaselineResult> {
  const port = await freePort(config.port + 1);
  const child = fork(path.join(config.root, "scripts/bench/baseline-server.mjs"), [path.join(dir, "baseline.db"), String(port)], { stdio: "inherit" });
  await new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`le serveur de référence s'est arrêté (code ${code})`)));
  });
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}/answers`,
      connections: config.connections,
      duration: config.seconds,
      requests: [{ method: "POST", headers: { "content-type": "text/plain;charset=UTF-8" }, body: JSON.stringify({ type: "qrm", choices: ["a", "c"] }) }],
    });
    return { rps: result.requests.total / result.duration, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
  } finally {
    child.kill("SIGTERM");
  }
}
