/**
 * PostgreSQL for the data-layer tests: PG_TEST_URL when given, else a throw-away cluster started from
 * the local server binaries (scripts/lib/pg-cluster.mjs). With neither, `postgresAvailable()` is false
 * and the PostgreSQL tests are reported as skipped, never as passed.
 */
import pg from "pg";
import { findPostgresBin, startCluster } from "../../scripts/lib/pg-cluster.mjs";

export const postgresAvailable = (): boolean => Boolean(process.env.PG_TEST_URL) || findPostgresBin() !== null;

if (!postgresAvailable()) {
  console.warn("PostgreSQL : ni PG_TEST_URL ni serveur local (paquet `postgresql`) — tests PostgreSQL ignorés (skipped).");
}

let counter = 0;

/** A fresh, empty database for one test file: its URL and a function that drops it (and stops the cluster it started). */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `progressif_test_${process.pid}_${Date.now()}_${counter++}`;
  const cluster = process.env.PG_TEST_URL ? null : await startCluster({ database: "postgres_admin" });
  const adminUrl = process.env.PG_TEST_URL ?? cluster!.url;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      if (cluster) return cluster.stop();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
