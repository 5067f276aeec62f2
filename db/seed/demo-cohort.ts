import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { assignments, caseVersions, cases, cohorts, users } from "../schema";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { assignableVersions } from "@/lib/dal/assignment-store";
import { addMemberRecord, createCohortRecord } from "@/lib/dal/cohort-store";
import { BUNDLED_SLUGS } from "./bundled-slugs";

export const DEMO_COHORT_NAME = "Démo";

/**
 * The demo instructor's cohort "Démo" with the demo student in it and both bundled cases assigned
 * (training, open now, no due date, 3 attempts, best counts). Idempotent: what exists is kept, and
 * an assignment is added only for a case the cohort does not have yet.
 */
export function seedDemoCohort(db: Db, now = Date.now()): string {
  const email = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
  const instructor = db.select({ id: users.id }).from(users).where(eq(users.email, email("instructor"))).get();
  const student = db.select({ id: users.id }).from(users).where(eq(users.email, email("student"))).get();
  if (!instructor || !student) return "cohorte de démonstration : comptes de démonstration absents, ignorée";
  return db.transaction((tx) => {
    const t = tx as unknown as Db;
    const cohort =
      t.select().from(cohorts).where(and(eq(cohorts.ownerId, instructor.id), eq(cohorts.name, DEMO_COHORT_NAME))).get() ?? createCohortRecord(t, instructor.id, DEMO_COHORT_NAME, now);
    addMemberRecord(t, cohort.id, student.id, now);
    const versions = assignableVersions(t, instructor.id);
    let added = 0;
    for (const slug of BUNDLED_SLUGS) {
      const version = versions.find((v) => v.slug === slug);
      if (!version) continue;
      const has = t
        .select({ id: assignments.id })
        .from(assignments)
        .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
        .innerJoin(cases, eq(cases.id, caseVersions.caseId))
        .where(and(eq(assignments.cohortId, cohort.id), eq(cases.slug, slug)))
        .get();
      if (has) continue;
      t.insert(assignments)
        .values({
          id: crypto.randomUUID(),
          cohortId: cohort.id,
          caseVersionId: version.versionId,
          mode: "training",
          opensAt: now,
          dueAt: null,
          attemptsAllowed: 3,
          countingRule: "best",
          latePolicy: "accept",
          timeLimitMinutes: null,
          createdAt: now,
        })
        .run();
      added++;
    }
    return `cohorte « ${DEMO_COHORT_NAME} » (code ${cohort.joinCode}) : ${added} travail(aux) ajouté(s)`;
  });
}
