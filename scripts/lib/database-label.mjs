// What `npm start`, the migration and the seed print as "the database": the PostgreSQL URL without its
// password when DATABASE_URL selects PostgreSQL (the same test as db/kind.ts), else the SQLite file's path.
import path from "node:path";

const POSTGRES_URL = /^postgres(ql)?:\/\//;

/** The URL with its password (user-info or query parameter) removed; unparseable: the scheme alone. */
export function redactedUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    for (const key of [...parsed.searchParams.keys()]) if (/pass/i.test(key)) parsed.searchParams.delete(key);
    return parsed.toString();
  } catch {
    return `${url.split(":")[0]}://…`;
  }
}

export function databaseLabel(env = process.env) {
  if (POSTGRES_URL.test(env.DATABASE_URL ?? "")) return `PostgreSQL ${redactedUrl(env.DATABASE_URL)}`;
  return `SQLite ${path.resolve(env.DATABASE_PATH || "data/progressif.db")}`;
}
