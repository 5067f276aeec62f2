/** A fresh, migrated and seeded database in a temporary folder, and read-only access to it. */
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type BenchDatabase = { dir: string; file: string; secret: string };

function tsx(root: string, script: string, env: NodeJS.ProcessEnv): void {
  // react-server condition: the data layer is marked server-only and runs here outside Next.
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", script], { cwd: root, env, stdio: "pipe", encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script} a échoué :\n${result.stdout}${result.stderr}`);
}

export function createBenchDatabase(root: string, label: string): BenchDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `progressif-${label}-`));
  const file = path.join(dir, "bench.db");
  const secret = randomBytes(48).toString("base64url");
  const env = { ...process.env, DATABASE_PATH: file, NEXTAUTH_SECRET: secret, PROGRESSIF_DEMO: "1", NEXT_TELEMETRY_DISABLED: "1" };
  tsx(root, "scripts/migrate.ts", env);
  tsx(root, "scripts/seed.ts", env);
  return { dir, file, secret };
}

export function openReadonly(file: string): Database.Database {
  return new Database(file, { readonly: true, fileMustExist: true });
}

export function removeBenchDatabase(db: BenchDatabase): void {
  if (process.env.BENCH_KEEP === "1") {
    console.log(`(base conservée : ${db.file})`);
    return;
  }
  fs.rmSync(db.dir, { recursive: true, force: true });
}
