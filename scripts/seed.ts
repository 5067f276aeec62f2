/** Idempotent seed: demo accounts (unless PROGRESSIF_DEMO=0) and the bundled cases. */
import path from "node:path";
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
    const report = await seedBundledCases(db);
    // Extra case folders (e.g. the end-to-end tests' sentinel case), never set in production.
    for (const root of (process.env.PROGRESSIF_EXTRA_CASES ?? "").split(":").filter(Boolean)) {
      report.push(...(await seedBundledCases(db, path.resolve(root))));
    }
    for (const line of report) console.log(`seed: ${line}`);
  } finally {
    sqlite.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
