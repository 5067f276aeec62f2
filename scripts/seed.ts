/** Idempotent seed: demo accounts and cohort (when demoEnabled: loopback URL or PROGRESSIF_DEMO=1) and the bundled cases. */
import path from "node:path";
import { demoEnabled } from "@/lib/auth/demo-mode.mjs";
import { closeDatabase, getDb } from "@/db/client";
import { seedDemoAccounts } from "@/db/seed/demo-accounts";
import { seedBundledCases } from "@/db/seed/bundled-cases";
import { seedDemoCohort } from "@/db/seed/demo-cohort";
import { databaseLabel } from "./lib/database-label.mjs";

async function main() {
  // The engine the environment names: PostgreSQL when DATABASE_URL is a postgres:// URL, else DATABASE_PATH.
  const db = getDb();
  const demo = demoEnabled(process.env);
  try {
    console.log(`seed: ${databaseLabel()}`);
    if (demo) {
      const created = await seedDemoAccounts(db);
      console.log(`seed: comptes de démonstration (${created} créés)`);
    }
    const report = await seedBundledCases(db);
    // Extra case folders (e.g. the end-to-end tests' sentinel case), never set in production.
    for (const root of (process.env.PROGRESSIF_EXTRA_CASES ?? "").split(":").filter(Boolean)) {
      report.push(...(await seedBundledCases(db, path.resolve(root))));
    }
    // After the cases: the demo cohort assigns the bundled ones.
    if (demo) report.push(await seedDemoCohort(db));
    for (const line of report) console.log(`seed: ${line}`);
  } finally {
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
