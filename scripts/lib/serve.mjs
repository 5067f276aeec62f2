// Serves the production build with `next start`, in PROGRESSIF_WORKERS processes sharing one port.
//
// One process (the default) is `next start` itself, as a child. With N > 1, the calling process
// becomes a node:cluster primary: it runs `next start` N times as workers; every worker's listen()
// on the port is shared through the primary, which hands each new connection to a worker in turn.
// Each worker has its own SQLite connection on the same WAL database (every write is a transaction
// with a busy timeout), so N processes use N cores. A worker that dies is replaced.
import cluster from "node:cluster";
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseWorkers } from "../../lib/env/workers.mjs";

/** `args`: what follows `next start` (e.g. ["-p", "3000"]); `env`: the servers' environment. */
export function serve(args, env, root = process.cwd()) {
  const nextBin = path.join(root, "node_modules/next/dist/bin/next");
  const workers = parseWorkers(env.PROGRESSIF_WORKERS);
  // Each server process learns the client address from its socket (and TRUSTED_PROXIES) this way.
  const preload = ["--import", pathToFileURL(path.join(root, "lib/auth/client-address-preload.mjs")).href];

  if (workers === 1) {
    const server = spawn(process.execPath, [...preload, nextBin, "start", ...args], { stdio: "inherit", env, cwd: root });
    for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
    server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    return;
  }

  let stopping = false;
  const deaths = [];
  cluster.setupPrimary({ exec: nextBin, args: ["start", ...args], execArgv: [...process.execArgv, ...preload], cwd: root });
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
