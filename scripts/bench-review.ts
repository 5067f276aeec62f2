/**
 * `npm run bench:review [-- --students 500 --runs 100 --db PATH]`
 * Server time to compute one assignment's cohort review (what /teach/assignments/[id] and the CSV
 * exports call: load the rows, pick the counted attempts, item statistics) for a synthetic cohort.
 * With DATABASE_URL=postgres://… it runs on that (migrated, seeded) PostgreSQL database; with --db, on
 * that SQLite file; without either it builds a throwaway SQLite database in the temp folder (migrate,
 * seed, synthetic cohort).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { closeDatabase, engineKind, getDb, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { users } from "@/db/schema";
import { seedBundledCases } from "@/db/seed/bundled-cases";
import { seedDemoAccounts } from "@/db/seed/demo-accounts";
import { seedSyntheticCohort } from "@/db/seed/synthetic-cohort";
import { hashPassword } from "@/lib/auth/password";
import { loadAssignmentReview } from "@/lib/dal/review-store";
import { questionsCsv, studentsCsv } from "@/lib/review/exports";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function summary(label: string, samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((x, y) => x + y, 0) / s.length;
  const f = (x: number) => x.toFixed(1).padStart(7);
  return `${label.padEnd(26)} p50 ${f(percentile(s, 50))} ms  p95 ${f(percentile(s, 95))} ms  p99 ${f(percentile(s, 99))} ms  mean ${f(mean)} ms  max ${f(s[s.length - 1])} ms`;
}

async function prepare(students: number): Promise<{ db: Db; close: () => Promise<void>; ownerId: string; assignmentId: string }> {
  const given = arg("db", "");
  const postgres = engineKind() === "postgres";
  const dir = given || postgres ? null : fs.mkdtempSync(path.join(os.tmpdir(), "progressif-bench-"));
  // The process's engine (db/client.ts) on the file chosen here, unless DATABASE_URL names PostgreSQL.
  if (!postgres) process.env.DATABASE_PATH = given || path.join(dir!, "bench.db");
  const db = getDb();
  const close = async () => {
    await closeDatabase();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
  if (dir) {
    await runMigrations();
    await seedDemoAccounts(db);
    await seedBundledCases(db);
  }
  const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.email, "instructor@demo.test")).limit(1);
  if (!owner) throw new Error("bench: instructor@demo.test introuvable (npm run db:seed).");
  const t0 = performance.now();
  const report = await seedSyntheticCohort(db, { students, cohortName: `Bench ${students}`, ownerId: owner.id, passwordHash: await hashPassword("synthetique-demo"), seed: 7 });
  console.log(`cohorte synthétique de ${students} étudiant·es prête (${report.attemptsPlayed} tentatives jouées, ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return { db, close, ownerId: owner.id, assignmentId: report.assignmentIds[0] };
}

async function main() {
  const students = Number(arg("students", "500"));
  const runs = Number(arg("runs", "100"));
  const { db, close, ownerId, assignmentId } = await prepare(students);
  try {
    const review = async () => {
      const r = await loadAssignmentReview(db, ownerId, assignmentId);
      if (!r) throw new Error("bench: review introuvable");
      return r;
    };
    for (let i = 0; i < 3; i++) await review(); // warm-up: JIT, page cache, parsed case cache
    const compute: number[] = [];
    const exports: number[] = [];
    let last = await review();
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      last = await review();
      const t1 = performance.now();
      studentsCsv(last.review);
      questionsCsv(last.review);
      exports.push(performance.now() - t1);
      compute.push(t1 - t0);
    }
    const r = last.review;
    console.log(`\ntravail ${assignmentId} : ${r.completion.members} membres, ${r.n} tentatives comptées, ${r.questions.length} questions, alpha ${r.alpha?.toFixed(3)}`);
    console.log(`${runs} mesures (Node ${process.version}, ${engineKind()}) :`);
    console.log(summary("revue (chargement + stats)", compute));
    console.log(summary("exports CSV (2 fichiers)", exports));
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
