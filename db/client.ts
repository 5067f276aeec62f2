/**
 * The data layer's one database handle per process, on the engine chosen at start-up (db/kind.ts):
 * PostgreSQL when `DATABASE_URL=postgres://…`, else the SQLite file at `DATABASE_PATH`
 * (data/progressif.db). Opened lazily: `next build` imports route modules and must not need a database.
 *
 * - `Db` is the one static type of a connection or an open transaction, on both engines (SQLite's query
 *   builder type; only the builders common to both dialects are used: `await db.select()…`, `.returning()`,
 *   `onConflictDoNothing/DoUpdate`, never `.get()/.all()/.run()`).
 * - `getDb()` reads. Every write goes through `transaction(db, fn, { lock })`: on SQLite the read
 *   connection refuses writes, so a write outside a transaction fails loudly.
 */
import path from "node:path";
import { engineOf, openPgEngine, openSqliteEngine, type Engine, type SqliteDb, type TransactionOptions } from "./engine";
import { engineKind } from "./kind";

export { engineKind } from "./kind";
export type { Engine, TransactionOptions } from "./engine";

/** A connection or an open transaction, on either engine. */
export type Db = SqliteDb;

type Holder = { engine: Engine; key: string };
const globalForDb = globalThis as unknown as { progressifEngine?: Holder };

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH || "data/progressif.db");
}

/** Opens the engine the environment names (a new one each call: scripts and tests close it themselves). */
export function openEngine(env: NodeJS.ProcessEnv = process.env): Engine {
  if (engineKind(env) === "postgres") {
    if (!env.DATABASE_URL) throw new Error("PostgreSQL : DATABASE_URL manquant.");
    return openPgEngine(env.DATABASE_URL, { max: Number(env.PROGRESSIF_PG_POOL) || 10 });
  }
  return openSqliteEngine(env.DATABASE_PATH ? path.resolve(env.DATABASE_PATH) : databasePath());
}

/** The process's engine (kept on globalThis so dev reloads do not open more). */
export function getEngine(): Engine {
  const key = engineKind() === "postgres" ? `pg:${process.env.DATABASE_URL}` : `sqlite:${databasePath()}`;
  if (!globalForDb.progressifEngine || globalForDb.progressifEngine.key !== key) {
    globalForDb.progressifEngine = { engine: openEngine(), key };
  }
  return globalForDb.progressifEngine.engine;
}

/** The process's connection for reads. */
export function getDb(): Db {
  return getEngine().db as unknown as Db;
}

/**
 * Runs fn in a transaction on db's engine (db: a connection or an open transaction; inside a
 * transaction it joins it). `lock` names what it reads then writes (`attempt:<id>`, `cohort:<id>`,
 * `assignment:<id>`, `user:<id>`…): PostgreSQL serializes transactions on the same keys; SQLite takes
 * the database's write lock. Resolves once the commit is durable.
 */
export function transaction<T>(db: Db, fn: (tx: Db) => Promise<T>, options?: TransactionOptions): Promise<T> {
  const engine = engineOf(db);
  return (engine.transaction as (f: (tx: Db) => Promise<T>, o?: TransactionOptions) => Promise<T>)(fn, options);
}

/** Closes the process's engine (scripts, before exiting). */
export async function closeDatabase(): Promise<void> {
  const holder = globalForDb.progressifEngine;
  globalForDb.progressifEngine = undefined;
  if (holder) await holder.engine.close();
}
