/** Idempotent seed: demo accounts (unless PROGRESSIF_DEMO=0) and the bundled cases. */
import { databasePath, openDatabase } from "@/db/client";
import { seedDemoAccounts } from "@/db/seed/demo-accounts";
import { seedBundledCases } from "@/db/seed/bundled-cases";

async function main() {
  const { db, sqlite } = openDatabase(databasePath());
  try {
    if (process.env.PROGRESSIF_DEMO !== "0") {
      const created = await seedDemoAccounts(db);
      console.log(`seed: comptes de démonstration (${created} créés)`);
    }
    const report = seedBundledCases(db);
    for (const line of report) console.log(`seed: ${line}`);
  } finally {
    sqlite.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
