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

import * as sqliteSchema from "./schema";
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

function configure(connection: Database.Database): void {
  connection.pragma("journal_mode = WAL");
  // FULL: a committed write survives a power loss, not just a process crash.
  connection.pragma("synchronous = FULL");
  connection.pragma("foreign_keys = ON");
  connection.pragma("busy_timeout = 5000");
}

export function openSqliteEngine(file: string): SqliteEngine {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const writer = new Database(file);
  configure(writer);
  const reader = new Database(file);
  configure(reader);
  reader.pragma("query_only = ON");

  const writerDb = drizzleSqlite(writer, { schema: sqliteSchema });
  const readerDb = drizzleSqlite(reader, { schema: sqliteSchema });
  const queue = new Queue();
  const open = new AsyncLocalStorage<SqliteDb>();

  return {
    kind: "sqlite",
    file,
    db: readerDb,
    transaction<T>(fn: (tx: SqliteDb) => Promise<T>): Promise<T> {
      const current = open.getStore();
      if (current) return fn(current);
      return queue.run(async () => {
        writer.exec("BEGIN IMMEDIATE");
        try {
          const result = await open.run(writerDb, () => fn(writerDb));
          writer.exec("COMMIT");
          return result;
        } catch (error) {
          if (writer.inTransaction) writer.exec("ROLLBACK");
          throw error;
        }
      });
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

  return {
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
}
