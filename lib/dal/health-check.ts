/**
 * The readiness check behind /api/health, on a given connection, on either engine (no `server-only`:
 * the test runs it on a real temporary database): the database answers, and every committed migration
 * of the engine's dialect is applied.
 */
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { engineOf } from "@/db/engine";
import { engineKind, type EngineKind } from "@/db/kind";

export type HealthReport = {
  ok: boolean;
  database: "ok" | "unreachable";
  migrations: { applied: number; expected: number; upToDate: boolean };
  buildId: string | null;
};

type Journal = { entries: { when: number; tag: string }[] };

/** Each dialect has its own migrations (db/migrations, db/migrations-pg). */
const migrationsDir = (kind: EngineKind) => (kind === "postgres" ? "db/migrations-pg" : "db/migrations");

export function readJournal(migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), migrationsDir(engineKind()))): Journal {
  return JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as Journal;
}

export function readBuildId(distDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next")): string | null {
  try {
    return fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim() || null;
  } catch {
    return null;
  }
}

/**
 * Where drizzle's migrator records what it applied: the database's main schema on SQLite, the
 * `drizzle` schema on PostgreSQL (drizzle-orm's default, kept by db/migrate-engine.ts).
 */
const ledger = {
  sqlite: {
    exists: sql`select count(*) from sqlite_master where type = 'table' and name = '__drizzle_migrations'`,
    table: sql`__drizzle_migrations`,
  },
  postgres: {
    exists: sql`select count(*) from information_schema.tables where table_schema = 'drizzle' and table_name = '__drizzle_migrations'`,
    table: sql`drizzle.__drizzle_migrations`,
  },
};

/** `open` gives the connection (it may throw: the engine could not be opened). */
export async function checkHealth(open: () => Db, journal: Journal, buildId: string | null): Promise<HealthReport> {
  const expected = journal.entries.length;
  const last = Math.max(0, ...journal.entries.map((e) => e.when));
  try {
    const db = open();
    const { exists, table } = ledger[engineOf(db).kind];
    const [probe] = await db.select({ one: sql<number>`1`.mapWith(Number), tables: sql<number>`(${exists})`.mapWith(Number) }).from(sql`(select 1) as probe`);
    const [row] = probe?.tables
      ? await db.select({ n: sql<number>`count(*)`.mapWith(Number), latest: sql<number | null>`max(created_at)`.mapWith(Number) }).from(table)
      : [{ n: 0, latest: null }];
    const applied = row?.n ?? 0;
    const latest = row?.latest ?? null;
    // Drizzle applies, in order, every migration newer than the latest one recorded.
    const upToDate = expected === 0 || (latest !== null && latest >= last);
    return { ok: probe?.one === 1 && upToDate && buildId !== null, database: "ok", migrations: { applied, expected, upToDate }, buildId };
  } catch {
    return { ok: false, database: "unreachable", migrations: { applied: 0, expected, upToDate: false }, buildId };
  }
}
