// Serves the production build, in PROGRESSIF_WORKERS processes sharing one port. Each process is
// server.mjs: Next's request handler in a node:http server that logs every request (see there).
//
// One process (the default) is server.mjs itself, as a child. With N > 1, the calling process
// becomes a node:cluster primary: it runs server.mjs N times as workers; every worker's listen()
// on the port is shared through the primary, which hands each new connection to a worker in turn.
// Each worker has its own SQLite connection on the same WAL database (every write is a transaction
// with a busy timeout), so N processes use N cores. A worker that dies is replaced.
import cluster from "node:cluster";
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseWorkers } from "../../lib/env/workers.mjs";
import { METRICS_REQUEST, METRICS_REPLY } from "../../lib/observability/metrics.mjs";

const serverScript = fileURLToPath(new URL("./server.mjs", import.meta.url));

/** `args`: the server's options (e.g. ["-p", "3000", "-H", "127.0.0.1"]); `env`: the servers' environment. */
export async function serve(args, env, root = process.cwd()) {
  const workers = parseWorkers(env.PROGRESSIF_WORKERS);
  // Each server process learns the client address from its socket (and TRUSTED_PROXIES) this way.
  const preload = ["--import", pathToFileURL(path.join(root, "lib/auth/client-address-preload.mjs")).href];

  if (workers === 1) {
    const server = spawn(process.execPath, [...preload, serverScript, ...args], { stdio: "inherit", env, cwd: root });
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
    server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    return;
  }

  let stopping = false;
  const deaths = [];
  cluster.setupPrimary({ exec: serverScript, args, execArgv: [...process.execArgv, ...preload], cwd: root });
  // /metrics is served by whichever worker took the connection: it asks the primary, which sums
  // every worker's counters and histograms (prom-client's AggregatorRegistry) and replies.
  const { default: client } = await import("prom-client");
  const aggregator = new client.AggregatorRegistry();
  cluster.on("message", (worker, message) => {
    if (message?.type !== METRICS_REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.send({ type: METRICS_REPLY, id: message.id, text }),
      (error) => worker.send({ type: METRICS_REPLY, id: message.id, error: String(error?.message ?? error) }),
    );
  });
  const fork = () => cluster.fork(env);
  for (let i = 0; i < workers; i++) fork();
  console.log(`▶ ${workers} processus serveur (PROGRESSIF_WORKERS)`);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`✗ Processus serveur ${worker.process.pid} arrêté (${signal ?? `code ${code}`}) : remplacé.`);
    // A worker that keeps dying (bad build, port taken) must not be restarted for ever.
    const now = Date.now();
    deaths.push(now);
    while (deaths.length > 0 && deaths[0] < now - 60_000) deaths.shift();
    if (deaths.length > workers * 3) {
      console.error("✗ Trop d'arrêts en une minute : le serveur s'arrête.");
      process.exit(1);
    }
    fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}
