/** Starts and stops the production server (`next start`) on a benchmark database. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { BenchConfig } from "./config";
import type { BenchDatabase } from "./database";
import { freePort } from "./ports";

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
  const nodeArgs = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, path.join(config.root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: config.root,
    stdio: ["ignore", out, out],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: config.distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_PATH: db.file,
      NEXTAUTH_SECRET: db.secret,
      NEXTAUTH_URL: url,
      PORT: String(port),
      // BENCH_NODE_OPTIONS: flags for the server only (e.g. --max-semi-space-size=32), to compare.
      ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
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

/** A crash: SIGKILL, no chance to flush or close anything. */
export async function killServer(server: RunningServer): Promise<void> {
  server.child.kill("SIGKILL");
  await server.exited;
}

/** CPU time (user + system, seconds) the server process has used so far, from /proc (Linux). */
export function serverCpuSeconds(server: RunningServer): number {
  try {
    const stat = fs.readFileSync(`/proc/${server.child.pid}/stat`, "utf8");
    // Fields after the command name: state is field 3, utime 14, stime 15 (clock ticks of 1/100 s).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

/** `config.servers` processes on the same database, on consecutive free ports. */
export async function startServers(config: BenchConfig, db: BenchDatabase, options: { profileDir?: string } = {}): Promise<RunningServer[]> {
  const servers: RunningServer[] = [];
  for (let i = 0; i < config.servers; i++) {
    const port = i === 0 ? config.port : await freePort(Number(new URL(servers[i - 1].url).port) + 1);
    servers.push(await startServer(config, db, { ...options, port }));
  }
  return servers;
}
