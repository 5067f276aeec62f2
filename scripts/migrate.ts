/** Applies the committed Drizzle migrations of the engine the environment names (DATABASE_URL, else DATABASE_PATH). */
import { closeDatabase, getEngine } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { databaseLabel } from "./lib/database-label.mjs";

async function main() {
  try {
    await runMigrations(getEngine());
  } finally {
    await closeDatabase();
  }
  console.log(`migrate: ${databaseLabel()} à jour`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
