/**
 * The readiness check behind /api/health, on a given connection (no `server-only`: the test runs it
 * on a real temporary database): the database answers, and every committed migration is applied.
 */
import type Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";

export type HealthReport = {
  ok: boolean;
  database: "ok" | "unreachable";
  migrations: { applied: number; expected: number; upToDate: boolean };
  buildId: string | null;
};

type Journal = { entries: { when: number; tag: string }[] };

export function readJournal(migrationsFolder = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "db/migrations")): Journal {
  return JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as Journal;
}

export function readBuildId(distDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.NEXT_DIST_DIR || ".next")): string | null {
  try {
    return fs.readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim() || null;
  } catch {
    return null;
  }
}

export function checkHealth(open: () => Database.Database, journal: Journal, buildId: string | null): HealthReport {
  const expected = journal.entries.length;
  const last = Math.max(0, ...journal.entries.map((e) => e.when));
  try {
    const sqlite = open();
    sqlite.prepare("SELECT 1").get();
    const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
    const row = table
      ? (sqlite.prepare("SELECT COUNT(*) AS n, MAX(created_at) AS latest FROM __drizzle_migrations").get() as { n: number; latest: number | null })
      : { n: 0, latest: null };
    // Drizzle applies, in order, every migration newer than the latest one recorded.
    const upToDate = expected === 0 || (row.latest !== null && Number(row.latest) >= last);
    return { ok: upToDate && buildId !== null, database: "ok", migrations: { applied: row.n, expected, upToDate }, buildId };
  } catch {
    return { ok: false, database: "unreachable", migrations: { applied: 0, expected, upToDate: false }, buildId };
  }
}
