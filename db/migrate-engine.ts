/** Applies each dialect's own migrations (db/migrations for SQLite, db/migrations-pg for PostgreSQL) to an engine. */
import path from "node:path";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { Engine } from "./engine";

export const migrationsFolder = (kind: Engine["kind"]) => path.resolve(process.cwd(), kind === "sqlite" ? "db/migrations" : "db/migrations-pg");

export async function migrateEngine(engine: Engine): Promise<void> {
  if (engine.kind === "sqlite") {
    // The read connection is query_only: migrations run on the writer, in the process's queue (they open their own transaction).
    await engine.maintenance((db) => migrateSqlite(db, { migrationsFolder: migrationsFolder("sqlite") }));
    return;
  }
  // Two servers starting at once: the advisory lock lets one migrate while the other waits.
  const client = await engine.pool.connect();
  try {
    await client.query("select pg_advisory_lock(hashtextextended('progressif:migrations', 0))");
    await migratePg(engine.db, { migrationsFolder: migrationsFolder("postgres") });
  } finally {
    await client.query("select pg_advisory_unlock(hashtextextended('progressif:migrations', 0))").catch(() => undefined);
    client.release();
  }
}
