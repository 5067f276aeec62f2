/**
 * One SQLite connection per process (kept on globalThis so dev reloads do not open more).
 * Opened lazily: `next build` imports route modules and must not need a database.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";
import { metrics } from "../lib/observability/metrics.mjs";

export type Db = BetterSQLite3Database<typeof schema>;

type Holder = { sqlite: Database.Database; db: Db; file: string; wal: WalSync };
const globalForDb = globalThis as unknown as { progressifDb?: Holder };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || "data/progressif.db");
}

/**
 * fsyncs the WAL in the thread pool. `afterNow` resolves once an fsync that began after the call
 * has completed; the commits made while one is running share the next one (group commit).
 */
class WalSync {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly file: string) {}

  afterNow(): Promise<void> {
    if (!this.running) return (this.running = this.sync());
    // The fsync in flight may have started before the caller's commit: wait for the next one.
    this.queued ??= this.running.then(
      () => this.next(),
      () => this.next(),
    );
    return this.queued;
  }

  private next(): Promise<void> {
    this.queued = null;
    return (this.running = this.sync());
  }

  private async sync(): Promise<void> {
    const timed = metrics().fsyncDuration.startTimer();
    try {
      const wal = await fs.promises.open(`${this.file}-wal`, "r").catch((e: NodeJS.ErrnoException) => {
        // No WAL file: everything committed is in the database file itself.
        if (e.code === "ENOENT") return fs.promises.open(this.file, "r");
        throw e;
      });
      try {
        await wal.datasync();
      } finally {
        await wal.close();
      }
    } finally {
      timed();
      this.running = null;
    }
  }
}

export function openDatabase(file: string): Holder {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  // FULL: an acknowledged answer survives a power loss, not just a process crash.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  return { sqlite, db: drizzle(sqlite, { schema }), file, wal: new WalSync(file) };
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

/**
 * Runs synchronous writes (whole transactions) on the process's connection and resolves once
 * they are on disk, for a caller that acknowledges them only then (the player's actions).
 *
 * Why: with synchronous=FULL every commit fsyncs the WAL on the event loop (0.2–2 ms on this kind
 * of disk), during which the server serves nobody. Here the commits skip that fsync
 * (synchronous=NORMAL, for these statements only) and one fsync of the WAL in the thread pool
 * covers every commit made before it started. An acknowledged write is thus exactly as durable
 * as with FULL (power loss included); the WAL is a log, so a crash can only lose a suffix of
 * unacknowledged commits, never one in the middle.
 */
export async function writeDurably<T>(write: () => T): Promise<T> {
  const h = holder();
  h.sqlite.pragma("synchronous = NORMAL");
  let result: T;
  try {
    result = write();
  } finally {
    // Every other writer keeps SQLite's own fsync at commit.
    h.sqlite.pragma("synchronous = FULL");
  }
  if (result instanceof Promise) throw new Error("writeDurably: the write must be synchronous");
  await h.wal.afterNow();
  return result;
}

const preparedByDb = new WeakMap<Db, Map<string, unknown>>();

/**
 * A query built and compiled once per connection (drizzle `.prepare()` with placeholders), then
 * reused: the hot paths skip drizzle's SQL building and SQLite's statement compilation. Run it on
 * the connection's `db` even inside `db.transaction(...)`: better-sqlite3 transactions are
 * per-connection, so its statements take part in the open transaction.
 */
export function prepared<T>(db: Db, name: string, build: (db: Db) => T): T {
  let statements = preparedByDb.get(db);
  if (!statements) {
    statements = new Map();
    preparedByDb.set(db, statements);
  }
  let statement = statements.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    statements.set(name, statement);
  }
  return statement;
}
