/**
 * `npm run db:seed-cohort -- --students N [--cohort NAME] [--owner EMAIL] [--seed S]`
 * Creates (or completes) a synthetic cohort owned by the demo instructor, with N students who
 * played both bundled cases through the player's own code paths. Run `npm run db:seed` first.
 * The database is the one the environment names: DATABASE_URL (PostgreSQL), else DATABASE_PATH.
 */
import { eq } from "drizzle-orm";
import { closeDatabase, getDb } from "@/db/client";
import { users } from "@/db/schema";
import { seedSyntheticCohort } from "@/db/seed/synthetic-cohort";
import { hashPassword } from "@/lib/auth/password";
import { formatJoinCode } from "@/lib/teach/join-code";
import { databaseLabel } from "./lib/database-label.mjs";

const SYNTHETIC_PASSWORD = "synthetique-demo";

type Args = { students: number; cohort: string; owner: string; seed: number };

function parseArgs(argv: string[]): Args {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const students = Number(get("students"));
  if (!Number.isInteger(students) || students < 1 || students > 20_000) {
    throw new Error("Usage : npm run db:seed-cohort -- --students N [--cohort NOM] [--owner EMAIL] [--seed S]  (1 ≤ N ≤ 20000)");
  }
  const seed = Number(get("seed") ?? 42);
  if (!Number.isInteger(seed)) throw new Error("--seed : un entier est attendu.");
  return { students, cohort: get("cohort")?.trim() || `Promotion synthétique (${students})`, owner: get("owner") ?? "instructor@demo.test", seed };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const db = getDb();
  try {
    const [owner] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, args.owner)).limit(1);
    if (!owner || owner.role === "student") throw new Error(`Enseignant·e « ${args.owner} » introuvable : lancez d'abord npm run db:seed (ou --owner EMAIL).`);
    const t0 = performance.now();
    const report = await seedSyntheticCohort(db, {
      students: args.students,
      cohortName: args.cohort,
      ownerId: owner.id,
      passwordHash: await hashPassword(SYNTHETIC_PASSWORD),
      seed: args.seed,
    });
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`seed-cohort: « ${args.cohort} » (${databaseLabel()})`);
    console.log(`  cohorte ${report.cohortId}, code ${formatJoinCode(report.joinCode)}`);
    console.log(`  ${args.students} étudiant·es (${report.studentsCreated} créé·es), ${report.attemptsPlayed} tentatives jouées en ${seconds} s`);
    console.log(`  travaux : ${report.assignmentIds.map((id) => `/teach/assignments/${id}`).join("  ")}`);
    console.log(`  mot de passe des comptes synthétiques : ${SYNTHETIC_PASSWORD}`);
  } finally {
    await closeDatabase();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
