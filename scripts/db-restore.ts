/**
 * `npm run db:restore <file>`: replaces the database (DATABASE_PATH, default data/progressif.db)
 * with a backup, after checking the backup's integrity. The replaced database is kept beside it
 * as <name>.before-restore-<date>. Refuses while the server runs, found two ways, neither of which
 * a crash can leave stale (unlike a pid file):
 *  - a Next server process whose DATABASE_PATH (resolved in its working folder) is this file,
 *    even if it has not opened the database yet (it opens it on first use) — Linux /proc;
 *  - any process with the database open: in WAL mode every connection holds a shared lock, so
 *    leaving WAL mode, which needs the database to itself, fails with SQLITE_BUSY.
 * On PostgreSQL (DATABASE_URL set): says to use pg_restore / point-in-time recovery, exits 2.
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { databasePath } from "@/db/client";
import { fsyncPath, stamp } from "./backup/files";
import { refuseOnPostgres } from "./backup/postgres";

const REQUIRED_TABLES = ["users", "cases", "case_versions", "attempts", "responses"];

function checkBackup(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`integrity_check de la sauvegarde : ${String(integrity)}`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw new Error(`pas une base Progressif (tables absentes : ${missing.join(", ")})`);
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return `${count("users")} comptes, ${count("attempts")} tentatives, ${count("responses")} réponses`;
  } finally {
    db.close();
  }
}

/** Next servers (next start / next dev) whose database is `target` (Linux; elsewhere none found). */
function serversUsing(target: string): number[] {
  if (process.platform !== "linux") return [];
  const found: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!/^next-server|\/next\0(start|dev)\0/.test(cmdline)) continue;
      const env = fs.readFileSync(`/proc/${entry}/environ`, "utf8").split("\0");
      const configured = env.find((e) => e.startsWith("DATABASE_PATH="))?.slice("DATABASE_PATH=".length) || "data/progressif.db";
      if (path.resolve(fs.readlinkSync(`/proc/${entry}/cwd`), configured) === target) found.push(Number(entry));
    } catch {
      /* ended meanwhile, or not readable: not ours */
    }
  }
  return found;
}

/** Opens the live database alone, or throws if anyone else has it open. */
function takeOver(target: string): Database.Database {
  const live = new Database(target, { fileMustExist: true, timeout: 0 });
  try {
    // Checkpoints the WAL into the file and removes it; impossible while another connection exists.
    live.pragma("journal_mode = DELETE");
    // Held until the swap: anyone opening the old file meanwhile waits instead of reading it.
    live.pragma("locking_mode = EXCLUSIVE");
    live.exec("BEGIN EXCLUSIVE");
    return live;
  } catch (error) {
    live.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY") {
      throw new Error(`la base est ouverte par un autre processus (le serveur tourne-t-il ?) : arrêtez-le, puis relancez la restauration.\n  ${target}`);
    }
    throw error;
  }
}

function main(): void {
  refuseOnPostgres("db:restore");
  const arg = process.argv[2];
  if (!arg) throw new Error("usage : npm run db:restore <fichier de sauvegarde>");
  const backup = path.resolve(arg);
  const target = databasePath();
  if (backup === target) throw new Error("la sauvegarde et la base sont le même fichier");
  const summary = checkBackup(backup);
  const servers = serversUsing(target);
  if (servers.length > 0) throw new Error(`le serveur tourne sur cette base (processus ${servers.join(", ")}) : arrêtez-le, puis relancez la restauration.\n  ${target}`);

  // Copy first, next to the target (same file system, so the final rename is atomic).
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const incoming = `${target}.restore-${stamp()}.tmp`;
  fs.copyFileSync(backup, incoming);
  fsyncPath(incoming);

  let live: Database.Database | null = null;
  let kept: string | null = null;
  try {
    live = fs.existsSync(target) ? takeOver(target) : null;
    for (const suffix of ["-wal", "-shm", "-journal"]) {
      // Journal files of the replaced database must not be replayed into the restored one.
      if (fs.existsSync(target + suffix)) throw new Error(`${target}${suffix} existe encore : restauration annulée`);
    }
    if (live) {
      kept = `${target}.before-restore-${stamp()}`;
      fs.linkSync(target, kept);
    }
    fs.renameSync(incoming, target);
    fsyncPath(path.dirname(target));
  } catch (error) {
    fs.rmSync(incoming, { force: true });
    throw error;
  } finally {
    live?.close();
  }

  const restored = new Database(target, { fileMustExist: true });
  try {
    restored.pragma("journal_mode = WAL");
    const integrity = restored.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`integrity_check après restauration : ${String(integrity)}`);
  } finally {
    restored.close();
  }
  console.log(`✔ restauration : ${target} ← ${backup} (${summary}, integrity_check ok)`);
  if (kept) console.log(`  ancienne base conservée : ${kept}`);
}

try {
  main();
} catch (error) {
  console.error(`✗ db:restore : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
