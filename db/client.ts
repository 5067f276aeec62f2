/**
 * One SQLite connection per process (kept on globalThis so dev reloads do not open more).
 * Opened lazily: `next build` imports route modules and must not need a database.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

type Holder = { sqlite: Database.Database; db: Db; file: string };
const globalForDb = globalThis as unknown as { progressifDb?: Holder };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || "data/progressif.db");
}

export function openDatabase(file: string): Holder {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: an acknowledged answer survives a power loss, not just a process crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return { sqlite, db: drizzle(sqlite, { schema }), file };
}

function holder(): Holder {
  const file = databasePath();
  if (!globalForDb.progressifDb || globalForDb.progressifDb.file !== file) {
    globalForDb.progressifDb = openDatabase(file);
  }
  return globalForDb.progressifDb;
}

export function getDb(): Db {
  return holder().db;
}

export function getSqlite(): Database.Database {
  return holder().sqlite;
}
