import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import path from "node:path";
import type { Db } from "./client";

export function runMigrations(db: Db): void {
  migrate(db, { migrationsFolder: path.resolve(process.cwd(), "db/migrations") });
}
