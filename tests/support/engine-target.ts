/**
 * The database of a test file (tests/support/test-db.ts) as another server process would reach it:
 * the environment that names it for a child process (`DATABASE_PATH` for SQLite, `DATABASE_URL` for
 * PostgreSQL; the child opens it with db/client's getDb()), or a second engine on it in this process.
 */
import type { Db } from "@/db/client";
import { openPgEngine, openSqliteEngine, type Engine } from "@/db/engine";
import type { TestDb } from "./test-db";

function target(t: TestDb): { kind: "sqlite"; file: string } | { kind: "postgres"; url: string } {
  if (t.engine.kind === "sqlite") return { kind: "sqlite", file: t.engine.file };
  const url = t.engine.pool.options.connectionString;
  if (!url) throw new Error("engine-target: PostgreSQL pool without a connection string");
  return { kind: "postgres", url };
}

/** The environment of a child process that must use this test's database. */
export function childEnv(t: TestDb): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, DATABASE_PATH: _path, PROGRESSIF_TEST_ENGINE: _engine, ...rest } = process.env;
  const where = target(t);
  return where.kind === "sqlite" ? { ...rest, DATABASE_PATH: where.file } : { ...rest, DATABASE_URL: where.url };
}

/** A second engine on the same database, as a second server process would have (close it after). */
export function openSecondEngine(t: TestDb): { db: Db; engine: Engine } {
  const where = target(t);
  const engine = where.kind === "sqlite" ? openSqliteEngine(where.file) : openPgEngine(where.url, { max: 8 });
  return { db: engine.db as unknown as Db, engine };
}
