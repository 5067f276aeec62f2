/**
 * The asynchronous database engines behind the data layer: SQLite (embedded default) and PostgreSQL
 * (`DATABASE_URL=postgres://…`). Each gives a connection for reads and `transaction(fn, { lock })`
 * for every write, with the same guarantees on both:
 *
 * - a transaction that reads then writes cannot interleave with another that touches the same data:
 *   SQLite takes the database's write lock at BEGIN (IMMEDIATE), and this process runs its
 *   transactions one at a time (better-sqlite3 has one connection, so an `await` inside a transaction
 *   must not let another request's statements in); PostgreSQL takes a transaction-scoped advisory
 *   lock per key given (e.g. `attempt:<id>`), in sorted order, and retries a bounded number of times
 *   on a serialization failure or a deadlock;
 * - a transaction called inside another joins it (one commit, one rollback);
 * - SQLite's read connection is `query_only`: a write outside a transaction fails instead of slipping
 *   past the process's transaction queue. It reads only committed data (WAL snapshot per statement).
 *
 * Rule for callers: no network or disk wait inside a transaction (hash passwords, read files and send
 * e-mail before or after it), since every other writer of the process queues behind it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { sql } from "drizzle-orm";
import pg from "pg";
import { metrics } from "../lib/observability/metrics.mjs";

import * as sqliteSchema from "./schema.sqlite";
import * as pgSchema from "./schema.pg";

export type SqliteDb = BetterSQLite3Database<typeof sqliteSchema>;
export type PgDb = NodePgDatabase<typeof pgSchema>;
/** A PostgreSQL transaction: the same query builder as PgDb, bound to one pooled connection. */
export type PgTx = Parameters<Parameters<PgDb["transaction"]>[0]>[0];

export type TransactionOptions = {
  /** What the transaction reads then writes, e.g. ["attempt:" + id]: PostgreSQL serializes transactions on the same keys. */
  lock?: string[];
};

type EngineOf<K extends string, D, Tx> = {
  kind: K;
  /** For reads outside a transaction. */
  db: D;
  transaction<T>(fn: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
};
export type SqliteEngine = EngineOf<"sqlite", SqliteDb, SqliteDb> & {
  file: string;
  /** Runs fn on the write connection in the process's queue, outside a transaction (migrations and backups, which manage their own). */
  maintenance<T>(fn: (db: SqliteDb) => T | Promise<T>): Promise<T>;
};
export type PgEngine = EngineOf<"postgres", PgDb, PgTx> & { pool: pg.Pool };
export type Engine = SqliteEngine | PgEngine;

/**
 * Which engine a connection or an open transaction belongs to (db/client.ts's `transaction(conn, …)`).
 * Kept on globalThis: Next bundles this module into several server chunks, each with its own module
 * scope, while the process's engine (db/client.ts) is one.
 */
const globalForOwners = globalThis as unknown as { progressifEngineOwners?: WeakMap<object, Engine> };
const owners = (globalForOwners.progressifEngineOwners ??= new WeakMap<object, Engine>());
export function engineOf(conn: object): Engine {
  const engine = owners.get(conn);
  if (!engine) throw new Error("engineOf: this connection does not belong to an open engine");
  return engine;
}

/**
 * fsyncs the SQLite WAL in the thread pool. `afterNow` resolves once an fsync that began after the call
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

/** Runs functions one after the other, in call order, whether they succeed or fail. */
class Queue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

/** How long a transaction waits for another process's write lock before failing ("database is locked"). */
const LOCK_WAIT_MS = 5000;

/**
 * BEGIN IMMEDIATE without blocking the event loop: SQLite's own busy timeout would sleep inside the
 * synchronous call (the whole server process waiting for another process's transaction), so the
 * writer has none and waits here, between tries, with timers: 1 ms, doubling, at most 20 ms apart.
 */
async function beginImmediate(writer: Database.Database): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
    try {
      writer.exec("BEGIN IMMEDIATE");
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "SQLITE_BUSY" || Date.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

function configure(connection: Database.Database): void {
  connection.pragma("journal_mode = WAL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
}

export function openSqliteEngine(file: string): SqliteEngine {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const writer = new Database(file);
  configure(writer);
  // Durability without an fsync on the event loop at every commit: the commit itself does not fsync
  // (NORMAL), and `transaction` resolves only once an fsync of the WAL that began after the commit has
  // completed in the thread pool (one fsync covers every commit made before it started). An acknowledged
  // write thus survives a power loss exactly as with FULL; the WAL being a log, a crash can only lose a
  // suffix of commits nobody was told about.
  writer.pragma("synchronous = NORMAL");
  // Waits for other processes' write locks are asynchronous (beginImmediate); once BEGIN IMMEDIATE
  // holds the lock, nothing in the transaction waits for another writer.
  writer.pragma("busy_timeout = 0");
  const wal = new WalSync(file);
  const reader = new Database(file);
  configure(reader);
  reader.pragma("query_only = ON");

  const writerDb = drizzleSqlite(writer, { schema: sqliteSchema });
  const readerDb = drizzleSqlite(reader, { schema: sqliteSchema });
  const queue = new Queue();
  const open = new AsyncLocalStorage<SqliteDb>();

  const engine: SqliteEngine = {
    kind: "sqlite",
    file,
    db: readerDb,
    async transaction<T>(fn: (tx: SqliteDb) => Promise<T>): Promise<T> {
      const current = open.getStore();
      if (current) return fn(current);
      const result = await queue.run(async () => {
        await beginImmediate(writer);
        try {
          const value = await open.run(writerDb, () => fn(writerDb));
          writer.exec("COMMIT");
          return value;
        } catch (error) {
          if (writer.inTransaction) writer.exec("ROLLBACK");
          throw error;
        }
      });
      await wal.afterNow();
      return result;
    },
    maintenance<T>(fn: (db: SqliteDb) => T | Promise<T>): Promise<T> {
      return queue.run(async () => fn(writerDb));
    },
    async close() {
      await queue.run(async () => undefined);
      reader.close();
      writer.close();
    },
  };
  owners.set(readerDb, engine);
  owners.set(writerDb, engine);
  return engine;
}

/** PostgreSQL's codes for "try the transaction again": serialization failure, deadlock detected. */
const RETRYABLE = new Set(["40001", "40P01"]);
const MAX_RETRIES = 3;

export function openPgEngine(url: string, { max = 10 }: { max?: number } = {}): PgEngine {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle pooled connection that the server drops (restart, failover) emits "error" on the pool:
  // without a listener that would end the process. The pool discards the client and opens a new one on demand.
  pool.on("error", () => undefined);
  const db = drizzlePg(pool, { schema: pgSchema });
  const open = new AsyncLocalStorage<PgTx>();

  const engine: PgEngine = {
    kind: "postgres",
    pool,
    db,
    async transaction<T>(fn: (tx: PgTx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
      const current = open.getStore();
      if (current) return fn(current);
      const keys = [...new Set(options.lock ?? [])].sort();
      for (let attempt = 0; ; attempt++) {
        try {
          return await db.transaction(async (tx) => {
            for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
            owners.set(tx, engine);
            return open.run(tx, () => fn(tx));
          });
        } catch (error) {
          const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
          if (code && RETRYABLE.has(code) && attempt < MAX_RETRIES) continue;
          throw error;
        }
      }
    },
    async close() {
      await pool.end();
    },
  };
  owners.set(db, engine);
  return engine;
}
