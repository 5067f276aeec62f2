// A throw-away PostgreSQL cluster owned by the caller: its own data folder and socket folder in the
// temporary directory, a free TCP port on the loopback, no system service. Used by the tests and the
// benchmarks when no PG_TEST_URL is given. `stop()` (also run on exit) shuts it down and removes it.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";
import pg from "pg";

/** The folder of PostgreSQL's server binaries: PG_BIN, then Debian's /usr/lib/postgresql/<newest>/bin, then the PATH. */
export function findPostgresBin() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(debian, v, "bin"));
  }
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (onPath.status === 0 && onPath.stdout.trim()) candidates.push(path.dirname(onPath.stdout.trim()));
  return candidates.find((dir) => fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "postgres"))) ?? null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/**
 * initdb and postgres refuse to run as root: as root, they run as the `postgres` user (spawned with its
 * uid and gid directly, not through runuser, so that signals reach the server itself).
 */
function ownerIds() {
  if (!isRoot()) return {};
  const id = (flag) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  const uid = id("-u");
  const gid = id("-g");
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error("utilisateur `postgres` introuvable (installez le paquet postgresql)");
  return { uid, gid };
}

async function waitReady(bin, socketDir, port, child, deadlineMs) {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`postgres s'est arrêté au démarrage (code ${child.exitCode})`);
    const ready = spawnSync(path.join(bin, "pg_isready"), ["-h", socketDir, "-p", String(port), "-q"]);
    if (ready.status === 0) return;
    if (Date.now() - started > deadlineMs) throw new Error("postgres n'a pas répondu en 30 s");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts a cluster and creates `database` in it. `durable: false` turns fsync off (tests only: a
 * crash of the machine would lose the throw-away data, never anything else).
 * @returns {Promise<{ url: string, port: number, dir: string, stop: () => Promise<void> }>}
 */
export async function startCluster({ database = "progressif", durable = false, log = () => {} } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL introuvable (paquet Debian `postgresql`, ou PG_BIN=/chemin/vers/bin)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-pg-"));
  const data = path.join(dir, "data");
  const socketDir = path.join(dir, "socket");
  fs.mkdirSync(socketDir);
  if (isRoot()) spawnSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o755);

  const owner = ownerIds();
  const init = spawnSync(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], {
    encoding: "utf8",
    cwd: dir,
    ...owner,
  });
  if (init.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb a échoué : ${init.stderr || init.stdout}`);
  }

  const port = await freePort();
  const settings = [
    "-D", data,
    "-p", String(port),
    "-k", socketDir,
    "-c", "listen_addresses=127.0.0.1",
    "-c", "max_connections=200",
    "-c", "shared_buffers=128MB",
    ...(durable ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
  ];
  const child = spawn(path.join(bin, "postgres"), settings, { stdio: ["ignore", "ignore", "pipe"], cwd: dir, ...owner });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stopSync);
    if (child.exitCode === null) {
      // SIGINT: PostgreSQL's "fast" shutdown (rolls back open transactions, no recovery needed).
      child.kill("SIGINT");
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 10_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const stopSync = () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stopSync);

  try {
    await waitReady(bin, socketDir, port, child, 30_000);
  } catch (e) {
    await stop();
    throw new Error(`${e.message}\n${stderr}`);
  }
  const create = spawnSync(path.join(bin, "createdb"), ["-h", socketDir, "-p", String(port), "-U", "postgres", database], { encoding: "utf8" });
  if (create.status !== 0) {
    await stop();
    throw new Error(`createdb a échoué : ${create.stderr}`);
  }
  const url = `postgres://postgres@127.0.0.1:${port}/${database}`;
  log(`▶ PostgreSQL jetable : ${url} (${bin})`);
  return { url, port, dir, stop };
}

/**
 * A fresh, empty database `name` for one test run or benchmark: on the server at `serverUrl` (an
 * existing PostgreSQL: PG_TEST_URL, BENCH_DATABASE_URL) or, without one, in a throw-away cluster
 * started for it (see startCluster; `durable` keeps fsync on). `drop()` drops the database, forcing
 * out any connection left, or stops the cluster it started (which removes everything).
 * @param {{ name: string, serverUrl?: string, durable?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function throwAwayDatabase({ name, serverUrl, durable = false, log }) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`nom de base invalide : ${name}`);
  const cluster = serverUrl ? null : await startCluster({ database: "postgres_admin", durable, log });
  const adminUrl = serverUrl || cluster.url;
  const admin = async (sql) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  try {
    await admin(`drop database if exists ${name} with (force)`);
    await admin(`create database ${name}`);
  } catch (e) {
    if (cluster) await cluster.stop();
    throw e;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      if (cluster) return cluster.stop();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
