import { defineConfig } from "drizzle-kit";

/** PostgreSQL's migrations (`npm run db:generate:pg`), kept in step with SQLite's by tests/schema-parity.test.ts. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.pg.ts",
  out: "./db/migrations-pg",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost/progressif" },
});
