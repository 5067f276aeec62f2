/**
 * A migrated, empty database for one data-layer test file, on the engine of this test run: SQLite (a
 * temporary file) by default, PostgreSQL (a fresh database on PG_TEST_URL or a throw-away cluster) in
 * the PostgreSQL pass (`PROGRESSIF_TEST_ENGINE=postgres`, vitest project "postgres").
 *
 *   const { db, close } = await openTestDb();   // db: the Db every DAL function takes
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/db/client";
import { openPgEngine, openSqliteEngine, type Engine } from "@/db/engine";
import { engineKind } from "@/db/kind";
import { migrateEngine } from "@/db/migrate-engine";
import { freshPostgresDatabase } from "./postgres";

export type TestDb = { db: Db; engine: Engine; kind: Engine["kind"]; close: () => Promise<void> };

/** A fresh store for the engine of this run: where it lives, and how to remove it once closed. */
async function freshStore(): Promise<{ engine: Engine; remove: () => Promise<void> }> {
  if (engineKind() === "postgres") {
    const database = await freshPostgresDatabase();
    return { engine: openPgEngine(database.url, { max: 8 }), remove: database.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-dal-"));
  return { engine: openSqliteEngine(path.join(dir, "test.db")), remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function openTestDb(): Promise<TestDb> {
  const { engine, remove } = await freshStore();
  await migrateEngine(engine);
  return {
    db: engine.db as unknown as Db,
    engine,
    kind: engine.kind,
    close: async () => {
      await engine.close();
      await remove();
    },
  };
}
