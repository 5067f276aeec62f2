/**
 * PostgreSQL for the data-layer tests: PG_TEST_URL when given, else a throw-away cluster started from
 * the local server binaries (scripts/lib/pg-cluster.mjs). With neither, `postgresAvailable()` is false
 * and the PostgreSQL tests are reported as skipped, never as passed.
 */
import { findPostgresBin, throwAwayDatabase } from "../../scripts/lib/pg-cluster.mjs";

export const postgresAvailable = (): boolean => Boolean(process.env.PG_TEST_URL) || findPostgresBin() !== null;

if (!postgresAvailable()) {
  console.warn("PostgreSQL : ni PG_TEST_URL ni serveur local (paquet `postgresql`) — tests PostgreSQL ignorés (skipped).");
}

let counter = 0;

/** A fresh, empty database for one test file: its URL and a function that drops it (and stops the cluster it started). */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  return throwAwayDatabase({ name: `progressif_test_${process.pid}_${Date.now()}_${counter++}`, serverUrl: process.env.PG_TEST_URL });
}
