/** The readiness check on a real database of this run's engine (SQLite, or PostgreSQL in the "postgres" project). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/db/client";
import { openPgEngine, openSqliteEngine, type Engine } from "@/db/engine";
import { engineKind } from "@/db/kind";
import { openTestDb, type TestDb } from "@/tests/support/test-db";
import { freshPostgresDatabase } from "@/tests/support/postgres";
import { checkHealth, readJournal } from "./health-check";

/** A database of this run's engine that nothing has migrated. */
async function openEmpty(): Promise<{ engine: Engine; close: () => Promise<void> }> {
  if (engineKind() === "postgres") {
    const database = await freshPostgresDatabase();
    const engine = openPgEngine(database.url, { max: 2 });
    return { engine, close: async () => (await engine.close(), await database.drop()) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-health-"));
  const engine = openSqliteEngine(path.join(dir, "db.sqlite"));
  return { engine, close: async () => (await engine.close(), fs.rmSync(dir, { recursive: true, force: true })) };
}

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe("checkHealth", () => {
  const journal = readJournal();

  it("reads the journal of this engine's migrations", () => {
    const folder = engineKind() === "postgres" ? "db/migrations-pg" : "db/migrations";
    expect(journal).toEqual(JSON.parse(fs.readFileSync(path.resolve(folder, "meta/_journal.json"), "utf8")));
    expect(journal.entries.length).toBeGreaterThan(0);
  });

  it("is healthy on a migrated database with a build", async () => {
    const report = await checkHealth(() => t.db, journal, "build-123");
    expect(report).toEqual({ ok: true, database: "ok", migrations: { applied: journal.entries.length, expected: journal.entries.length, upToDate: true }, buildId: "build-123" });
  });

  it("is unhealthy when migrations are missing", async () => {
    const empty = await openEmpty();
    try {
      const report = await checkHealth(() => empty.engine.db as unknown as Db, journal, "build-123");
      expect(report.ok).toBe(false);
      expect(report.database).toBe("ok");
      expect(report.migrations).toEqual({ applied: 0, expected: journal.entries.length, upToDate: false });
    } finally {
      await empty.close();
    }
  });

  it("is unhealthy when the latest migration is not applied", async () => {
    const newer = { entries: [...journal.entries, { when: Math.max(...journal.entries.map((e) => e.when)) + 1, tag: "9999_next" }] };
    expect((await checkHealth(() => t.db, newer, "build-123")).migrations.upToDate).toBe(false);
  });

  it("is unhealthy without a build or a database", async () => {
    expect((await checkHealth(() => t.db, journal, null)).ok).toBe(false);
    const closed = await openTestDb();
    await closed.close();
    const report = await checkHealth(() => closed.db, journal, "build-123");
    expect(report).toMatchObject({ ok: false, database: "unreachable" });
    // An engine that cannot even be opened is unreachable too.
    const failing = await checkHealth(() => {
      throw new Error("no engine");
    }, journal, "build-123");
    expect(failing).toMatchObject({ ok: false, database: "unreachable" });
  });
});
