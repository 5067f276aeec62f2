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

export async function openTestDb(): Promise<TestDb> {
  if (engineKind() === "postgres") {
    const database = await freshPostgresDatabase();
    const engine = openPgEngine(database.url, { max: 8 });
    await migrateEngine(engine);
    return {
      db: engine.db as unknown as Db,
      engine,
      kind: "postgres",
      close: async () => {
        await engine.close();
        await database.drop();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "progressif-dal-"));
  const engine = openSqliteEngine(path.join(dir, "test.db"));
  await migrateEngine(engine);
  return {
    db: engine.db as unknown as Db,
    engine,
    kind: "sqlite",
    close: async () => {
      await engine.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
