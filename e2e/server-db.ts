/**
 * The end-to-end server's own database, for the few tests that set up or check what the UI cannot
 * (an account without the sign-up flow, time passing, a stored row): SQLite (E2E_DATABASE_PATH) in
 * the first pass, PostgreSQL (E2E_DATABASE_URL) in the second (scripts/e2e.mjs). Queries are written
 * once, with `?` placeholders and SQL both engines accept (scripts/lib/raw-db.ts).
 */
import { openRawDb, type RawDb } from "../scripts/lib/raw-db";

export { jsonValue } from "../scripts/lib/raw-db";

export const serverEngine: "sqlite" | "postgres" = process.env.E2E_DATABASE_URL ? "postgres" : "sqlite";

let db: RawDb | undefined;
function server(): RawDb {
  if (db) return db;
  if (process.env.E2E_DATABASE_URL) return (db = openRawDb({ url: process.env.E2E_DATABASE_URL }));
  if (!process.env.E2E_DATABASE_PATH) throw new Error("E2E_DATABASE_PATH manquant : lancez les tests avec `npm run test:e2e`.");
  return (db = openRawDb({ file: process.env.E2E_DATABASE_PATH }));
}

export const query = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => server().query<T>(text, params);
export const queryOne = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => server().one<T>(text, params);
export const execute = (text: string, params: unknown[] = []) => server().execute(text, params);
export const tableNames = () => server().tables();
