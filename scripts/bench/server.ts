/**
 * Starts and stops the production server on a benchmark database: `next start` itself, or with
 * PROGRESSIF_WORKERS > 1 the cluster of `npm start` (scripts/serve.mjs) with its worker processes.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchConfig } from "./config";
import type { BenchDatabase } from "./database";

export type RunningServer = {
  url: string;
  child: ChildProcess;
  log: string;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
};

export async function startServer(config: BenchConfig, db: BenchDatabase, options: { profileDir?: string; port?: number } = {}): Promise<RunningServer> {
  const port = options.port ?? config.port;
  const url = `http://127.0.0.1:${port}`;
  const log = path.join(db.dir, `server-${Date.now()}.log`);
  const out = fs.openSync(log, "a");
  const profile = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  const listen = ["-p", String(port), "-H", "127.0.0.1"];
  const clustered = config.workers > 1;
  // Cluster workers inherit the profiling flags through NODE_OPTIONS; a single server gets them directly.
  const command = clustered ? [path.join(config.root, "scripts/serve.mjs"), ...listen] : [...profile, path.join(config.root, "node_modules/next/dist/bin/next"), "start", ...listen];
  const nodeOptions = [process.env.BENCH_NODE_OPTIONS, clustered ? profile.join(" ") : ""].filter(Boolean).join(" ");
  const child = spawn(process.execPath, command, {
    cwd: config.root,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: config.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      ...db.env,
      NEXTAUTH_SECRET: db.secret,
      NEXTAUTH_URL: url,
      PORT: String(port),
      PROGRESSIF_WORKERS: String(config.workers),
      // BENCH_NODE_OPTIONS: flags for the server only (e.g. --max-semi-space-size=32), to compare.
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    },
  });
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server = { url, child, log, exited };
  await waitReady(server);
  return server;
}

async function waitReady(server: RunningServer, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break;
    try {
      const res = await fetch(`${server.url}/api/auth/csrf`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`le serveur ne répond pas (journal : ${server.log})\n${fs.readFileSync(server.log, "utf8").slice(-2000)}`);
}

/** Graceful stop (SIGTERM, then SIGKILL after 10 s); a CPU profile is written on the way out. */
export async function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  // SIGINT lets Node write its --cpu-prof file; Next exits on it.
  server.child.kill("SIGINT");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 10_000);
  await server.exited;
  clearTimeout(timer);
}

/** A crash: SIGKILL, no chance to flush or close anything (every worker too). */
export async function killServer(server: RunningServer): Promise<void> {
  for (const pid of descendants(server.child.pid!)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* already gone */
    }
  }
  server.child.kill("SIGKILL");
  await server.exited;
}

/**
 * One server process of several (PROGRESSIF_WORKERS > 1) dies: SIGKILL to one cluster worker, the
 * primary and the other workers untouched. Resolves to the killed pid.
 */
export async function killOneWorker(server: RunningServer): Promise<number> {
  const workers = children(server.child.pid!);
  if (workers.length < 2) throw new Error(`killOneWorker : ${workers.length} processus serveur (PROGRESSIF_WORKERS ≥ 2 attendu)`);
  const victim = workers[Math.floor(Math.random() * workers.length)];
  process.kill(victim, "SIGKILL");
  return victim;
}

function children(pid: number): number[] {
  const found: number[] = [];
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      found.push(...fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number));
    } catch {
      /* task gone */
    }
  }
  return found;
}

/** The process ids under `pid` (children, their children…), from /proc (Linux). */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const visit = (p: number) => {
    let tasks: string[] = [];
    try {
      tasks = fs.readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const task of tasks) {
      let children = "";
      try {
        children = fs.readFileSync(`/proc/${p}/task/${task}/children`, "utf8");
      } catch {
        continue;
      }
      for (const child of children.split(" ").filter(Boolean).map(Number)) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}

function cpuSecondsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name: state is field 3, utime 14, stime 15 (clock ticks of 1/100 s).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU time (user + system, seconds) the server has used so far, workers included, from /proc (Linux). */
export function serverCpuSeconds(server: RunningServer): number {
  try {
    return [server.child.pid!, ...descendants(server.child.pid!)].reduce((sum, pid) => {
      try {
        return sum + cpuSecondsOf(pid);
      } catch {
        return sum;
      }
    }, 0);
  } catch {
    return NaN;
  }
}
