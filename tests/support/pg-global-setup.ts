/**
 * One throw-away PostgreSQL cluster for the whole unit-test run (unless PG_TEST_URL names a server):
 * each test file then makes its own database in it (tests/support/postgres.ts).
 */
import { findPostgresBin, startCluster } from "../../scripts/lib/pg-cluster.mjs";

export default async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env.PG_TEST_URL || !findPostgresBin()) return;
  const cluster = await startCluster({ database: "postgres_admin" });
  process.env.PG_TEST_URL = cluster.url;
  return async () => {
    await cluster.stop();
  };
}
