import { and, asc, eq } from "drizzle-orm";
import { transaction, type Db } from "../client";
import { assignments, caseVersions, cases, cohorts, users } from "../schema";
import { DEMO_ACCOUNTS } from "@/lib/auth/demo-accounts";
import { assignableVersions } from "@/lib/dal/assignment-store";
import { addMemberRecord, createCohortRecord } from "@/lib/dal/cohort-store";
import { BUNDLED_SLUGS } from "./bundled-slugs";

export const DEMO_COHORT_NAME = "Démo";

/**
 * The demo instructor's cohort "Démo" with the demo student in it and both bundled cases assigned
 * (training, open now, no due date, 3 attempts, best counts). Idempotent: what exists is kept, and
 * an assignment is added only for a case the cohort does not have yet. Locked on the instructor: two
 * servers seeding at start-up create one cohort, not two.
 */
export async function seedDemoCohort(db: Db, now = Date.now()): Promise<string> {
  const email = (role: string) => DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
  const [instructor] = await db.select({ id: users.id }).from(users).where(eq(users.email, email("instructor"))).limit(1);
  const [student] = await db.select({ id: users.id }).from(users).where(eq(users.email, email("student"))).limit(1);
  if (!instructor || !student) return "cohorte de démonstration : comptes de démonstration absents, ignorée";
  return transaction(
    db,
    async (t) => {
      const [existing] = await t
        .select()
        .from(cohorts)
        .where(and(eq(cohorts.ownerId, instructor.id), eq(cohorts.name, DEMO_COHORT_NAME)))
        .orderBy(asc(cohorts.createdAt), asc(cohorts.id))
        .limit(1);
      const cohort = existing ?? (await createCohortRecord(t, instructor.id, DEMO_COHORT_NAME, now));
      await addMemberRecord(t, cohort.id, student.id, now);
      const versions = await assignableVersions(t, instructor.id);
      let added = 0;
      for (const slug of BUNDLED_SLUGS) {
        const version = versions.find((v) => v.slug === slug);
        if (!version) continue;
        const [has] = await t
          .select({ id: assignments.id })
          .from(assignments)
          .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
          .innerJoin(cases, eq(cases.id, caseVersions.caseId))
          .where(and(eq(assignments.cohortId, cohort.id), eq(cases.slug, slug)))
          .limit(1);
        if (has) continue;
        await t.insert(assignments).values({
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
        });
        added++;
      }
      return `cohorte « ${DEMO_COHORT_NAME} » (code ${cohort.joinCode}) : ${added} travail(aux) ajouté(s)`;
    },
    { lock: [`user:${instructor.id}`] },
  );
}
