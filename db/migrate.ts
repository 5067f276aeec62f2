/** Migrates an engine (default: the process's) with its dialect's migrations: db/migrate-engine.ts. */
import { getEngine, type Engine } from "./client";
import { migrateEngine } from "./migrate-engine";

export async function runMigrations(engine: Engine = getEngine()): Promise<void> {
  await migrateEngine(engine);
}
