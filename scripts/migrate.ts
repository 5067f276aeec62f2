/** Applies the committed Drizzle migrations to DATABASE_PATH. */
import { databasePath, openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";

const file = databasePath();
const { db, sqlite } = openDatabase(file);
runMigrations(db);
sqlite.close();
console.log(`migrate: ${file} à jour`);
