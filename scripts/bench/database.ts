/**
 * A fresh, migrated and seeded database for a benchmark, on either engine:
 * - SQLite (default): a file in a temporary folder;
 * - PostgreSQL: BENCH_DATABASE_URL=postgres://… names a server (a fresh database `progressif_bench_*` is
 *   created in it and dropped afterwards), or BENCH_ENGINE=postgres starts a throw-away cluster from the
 *   local server binaries, durable (fsync on) so that the figures and the crash test mean something.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { throwAwayDatabase } from "../lib/pg-cluster.mjs";
import type { RawTarget } from "../lib/raw-db";

export type BenchDatabase = {
  dir: string;
  secret: string;
  engine: "sqlite" | "postgres";
  /** Where the app's database is, for raw checks (scripts/lib/raw-db.ts). */
  target: RawTarget;
  /** What a server or a tool needs in its environment to use this database. */
  env: Record<string, string>;
  /** How the report names it (no password). */
  label: string;
  drop: () => Promise<void>;
};

function tsx(root: string, script: string, env: NodeJS.ProcessEnv): void {
  // react-server condition: the data layer is marked server-only and runs here outside Next.
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", script], { cwd: root, env, stdio: "pipe", encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script} a échoué :\n${result.stdout}${result.stderr}`);
}

export function benchEngine(): "sqlite" | "postgres" {
  return process.env.BENCH_DATABASE_URL || process.env.BENCH_ENGINE === "postgres" ? "postgres" : "sqlite";
}

async function createPostgresDatabase(dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `progressif_bench_${process.pid}_${path.basename(dir).replace(/[^a-z0-9]/gi, "").toLowerCase()}`;
  return throwAwayDatabase({ name, serverUrl: process.env.BENCH_DATABASE_URL, durable: true });
}

export async function createBenchDatabase(root: string, label: string): Promise<BenchDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `progressif-${label}-`));
  const secret = randomBytes(48).toString("base64url");
  let db: BenchDatabase;
  if (benchEngine() === "postgres") {
    const created = await createPostgresDatabase(dir);
    db = {
      dir,
      secret,
      engine: "postgres",
      target: { url: created.url },
      env: { DATABASE_URL: created.url },
      label: `PostgreSQL ${created.url.replace(/:[^:@/]*@/, ":***@")}`,
      drop: created.drop,
    };
  } else {
    const file = path.join(dir, "bench.db");
    db = { dir, secret, engine: "sqlite", target: { file }, env: { DATABASE_PATH: file }, label: `SQLite ${file}`, drop: async () => undefined };
  }
  const env = { ...process.env, ...db.env, NEXTAUTH_SECRET: secret, PROGRESSIF_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1" };
  tsx(root, "scripts/migrate.ts", env);
  tsx(root, "scripts/seed.ts", env);
  return db;
}

export async function removeBenchDatabase(db: BenchDatabase): Promise<void> {
  if (process.env.BENCH_KEEP === "1") {
    console.log(`(base conservée : ${db.label})`);
    return;
  }
  await db.drop();
  fs.rmSync(db.dir, { recursive: true, force: true });
}
