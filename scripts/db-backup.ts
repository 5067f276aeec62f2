/**
 * `npm run db:backup [file]`: a consistent online backup of the database (DATABASE_PATH, default
 * data/progressif.db), safe while the server runs and writes. SQLite's backup API copies a
 * snapshot of one read transaction (WAL readers never block the server's writes); the copy is
 * checked with PRAGMA integrity_check before it gets its final name.
 * Default file: <database folder>/backups/progressif-<date>-<time>.db
 * On PostgreSQL (DATABASE_URL set): says to use pg_dump / base backups with WAL archiving, exits 2.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { fsyncPath, stamp } from "./backup/files";
import { refuseOnPostgres } from "./backup/postgres";

async function main(): Promise<void> {
  refuseOnPostgres("db:backup");
  const source = databasePath();
  if (!fs.existsSync(source)) throw new Error(`base introuvable : ${source} (DATABASE_PATH)`);
  const target = path.resolve(process.argv[2] ?? path.join(path.dirname(source), "backups", `progressif-${stamp()}.db`));
  if (target === source) throw new Error("la sauvegarde doit être un autre fichier que la base");
  if (fs.existsSync(target)) throw new Error(`le fichier existe déjà : ${target}`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });

  const started = performance.now();
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    // After the first step, copy everything left in one step: a snapshot that a concurrent write
    // cannot restart again and again.
    await db.backup(partial, { progress: ({ totalPages }) => totalPages });
  } finally {
    db.close();
  }

  const copy = new Database(partial, { fileMustExist: true });
  let summary: string;
  try {
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`integrity_check de la copie : ${String(integrity)}`);
    const count = (table: string) => (copy.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    summary = `${count("users")} comptes, ${count("attempts")} tentatives, ${count("responses")} réponses`;
  } finally {
    copy.close();
  }
  fsyncPath(partial);
  fs.renameSync(partial, target);
  fsyncPath(path.dirname(target));
  const size = (fs.statSync(target).size / 2 ** 20).toFixed(1);
  console.log(`✔ sauvegarde : ${target} (${size} Mio, ${summary}, integrity_check ok, ${Math.round(performance.now() - started)} ms)`);
}

main().catch((error: unknown) => {
  console.error(`✗ db:backup : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
