/**
 * A synthetic cohort for demos and benchmarks: N students with latent abilities who play the
 * bundled cases through the same DAL functions as the player (startAssignmentAttempt,
 * orderInvestigation, submitAnswer, advanceStage, finishAttempt), with simulated clock times so
 * that stage durations and lateness are realistic. Re-running with the same cohort name reuses
 * the cohort and its students and only plays what each student has not played yet. Runs on either
 * engine; each student's attempts are played in one transaction (the player's own transactions join
 * it), so that a large cohort costs one durable commit per student rather than one per answer.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { transaction, type Db } from "../client";
import { assignments, attempts, caseVersions, cases, cohorts, users } from "../schema";
import type { CaseDefinition } from "@/lib/content/schema";
import type { Catalogue } from "@/lib/content/catalogue";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import { advanceStage, closeInvestigationMenu, finishAttempt, orderInvestigation, submitAnswer } from "@/lib/dal/attempt-play";
import { orderCatalogueTest } from "@/lib/dal/catalogue-play";
import { startAssignmentAttempt } from "@/lib/dal/attempt-start";
import { assignableVersions } from "@/lib/dal/assignment-store";
import { addMemberRecord, createCohortRecord } from "@/lib/dal/cohort-store";
import { getCaseDefinition } from "@/lib/dal/case-content";
import { closesBeforeFirstQuestion } from "@/lib/player/disclosure";
import { itemParams, ordersInvestigation, simulateAnswer, type ItemParams } from "./synthetic/learner-model";
import { BUNDLED_SLUGS } from "./bundled-slugs";
import { syntheticName } from "./synthetic/names";
import { normal, seededRng, type Rng } from "./synthetic/random";

const DAY = 86_400_000;
const MINUTE = 60_000;

export type SyntheticOptions = { students: number; cohortName: string; ownerId: string; passwordHash: string; seed?: number; now?: number };
export type SyntheticReport = { cohortId: string; joinCode: string; assignmentIds: string[]; studentsCreated: number; attemptsPlayed: number };

function emailKey(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "cohorte";
}

/** The owner's cohort of this name, created once (locked on the owner: two runs at once make one). */
async function ensureCohort(db: Db, ownerId: string, name: string, now: number) {
  return transaction(
    db,
    async (tx) => {
      const [existing] = await tx
        .select()
        .from(cohorts)
        .where(and(eq(cohorts.ownerId, ownerId), eq(cohorts.name, name)))
        .orderBy(asc(cohorts.createdAt), asc(cohorts.id))
        .limit(1);
      return existing ?? (await createCohortRecord(tx, ownerId, name, now));
    },
    { lock: [`user:${ownerId}`] },
  );
}

/** One training assignment (2 attempts, best counts) and one exam whose due date has passed (late accepted). */
async function ensureAssignments(db: Db, ownerId: string, cohortId: string, now: number): Promise<{ id: string; def: CaseDefinition }[]> {
  const versions = await assignableVersions(db, ownerId);
  const work = await transaction(
    db,
    async (tx) => {
      const out: { id: string; versionId: string }[] = [];
      for (const [i, slug] of BUNDLED_SLUGS.entries()) {
        const version = versions.find((v) => v.slug === slug);
        if (!version) throw new Error(`Cas « ${slug} » introuvable : lancez d'abord npm run db:seed.`);
        const [existing] = await tx
          .select({ id: assignments.id, versionId: assignments.caseVersionId })
          .from(assignments)
          .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
          .innerJoin(cases, eq(cases.id, caseVersions.caseId))
          .where(and(eq(assignments.cohortId, cohortId), eq(cases.slug, slug)))
          .orderBy(asc(assignments.createdAt), asc(assignments.id))
          .limit(1);
        const id = existing?.id ?? crypto.randomUUID();
        if (!existing) {
          await tx.insert(assignments).values({
            id,
            cohortId,
            caseVersionId: version.versionId,
            mode: i === 0 ? "training" : "exam",
            opensAt: now - 14 * DAY,
            dueAt: i === 0 ? now + 7 * DAY : now - 2 * DAY,
            attemptsAllowed: i === 0 ? 2 : 1,
            countingRule: i === 0 ? "best" : "first",
            latePolicy: "accept",
            timeLimitMinutes: i === 0 ? null : 120,
            createdAt: now - 15 * DAY,
          });
        }
        out.push({ id, versionId: existing?.versionId ?? version.versionId });
      }
      return out;
    },
    { lock: [`cohort:${cohortId}`] },
  );
  const out: { id: string; def: CaseDefinition }[] = [];
  for (const w of work) {
    const def = await getCaseDefinition(db, w.versionId);
    if (!def) throw new Error(`synthetic cohort: version ${w.versionId} illisible`);
    out.push({ id: w.id, def });
  }
  return out;
}

async function ensureStudents(db: Db, cohortId: string, opts: SyntheticOptions, now: number): Promise<{ ids: string[]; created: number }> {
  const key = emailKey(opts.cohortName);
  const wanted = Array.from({ length: opts.students }, (_, i) => ({ i, email: `etudiant-${String(i + 1).padStart(4, "0")}.${key}@synthetique.test` }));
  const ids: string[] = [];
  let created = 0;
  await transaction(
    db,
    async (tx) => {
      for (let start = 0; start < wanted.length; start += 500) {
        const chunk = wanted.slice(start, start + 500);
        const rows = await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, chunk.map((w) => w.email)));
        const known = new Map(rows.map((u) => [u.email, u.id]));
        for (const w of chunk) {
          let id = known.get(w.email);
          if (!id) {
            id = crypto.randomUUID();
            // One shared argon2id hash: hashing per account would cost ~12 ms each for nothing.
            await tx.insert(users).values({ id, email: w.email, name: syntheticName(w.i), passwordHash: opts.passwordHash, role: "student", createdAt: now - 20 * DAY });
            created++;
          }
          await addMemberRecord(tx, cohortId, id, now - 15 * DAY);
          ids.push(id);
        }
      }
    },
    { lock: [`cohort:${cohortId}`] },
  );
  return { ids, created };
}

function check(result: { ok: boolean; error?: string }, what: string): void {
  if (!result.ok) throw new Error(`synthetic cohort: ${what} refused (${result.error})`);
}

/**
 * Orders an investigation as the player would: from the stage's list, or, in a `menu: catalogue`
 * stage, through the first catalogue test that names it (the case's own ids are not offered there).
 */
async function order(db: Db, catalogue: Catalogue, userId: string, attemptId: string, stage: CaseDefinition["stages"][number], inv: CaseDefinition["stages"][number]["investigations"][number], t: number) {
  const testId = stage.menu === "catalogue" ? inv.catalogue?.[0] : undefined;
  if (stage.menu === "catalogue" && !testId) throw new Error(`synthetic cohort: ${inv.id} has no catalogue test`);
  return testId ? orderCatalogueTest(db, catalogue, userId, attemptId, testId, t) : orderInvestigation(db, userId, attemptId, inv.id, t);
}

type Play = { catalogue: Catalogue; params: Map<string, ItemParams>; theta: number; start: number; rng: Rng; stopAfter: number | null };

/** Plays one attempt; `stopAfter` (a stage index) leaves it in progress, as a student who dropped out. */
async function playAttempt(db: Db, userId: string, assignmentId: string, def: CaseDefinition, { catalogue, params, theta, start, rng, stopAfter }: Play): Promise<void> {
  const started = await startAssignmentAttempt(db, userId, assignmentId, start);
  check(started, "start");
  if (!started.ok) return;
  const id = started.attemptId;
  let t = start;
  const pace = Math.exp(-0.15 * theta);
  for (const [s, stage] of def.stages.entries()) {
    t += Math.round((20_000 + 8_000 * stage.findings.length) * pace * Math.exp(normal(rng, 0, 0.3)));
    for (const inv of stage.investigations) {
      if (!ordersInvestigation(inv, theta, params.get(inv.id)!, rng)) continue;
      t += Math.round(6_000 * Math.exp(normal(rng, 0, 0.4)));
      check(await order(db, catalogue, userId, id, stage, inv, t), `order ${inv.id}`);
    }
    // "J'ai terminé mes demandes": a menu that closes before the stage's first question hides it until then.
    if (closesBeforeFirstQuestion(stage)) check(await closeInvestigationMenu(db, userId, id, stage.id, t), `close menu ${stage.id}`);
    for (const q of stage.questions) {
      const spent = Math.round(45_000 * pace * Math.exp(normal(rng, 0, 0.4)));
      t += spent;
      check(await submitAnswer(db, userId, id, q.id, simulateAnswer(q, theta, params.get(q.id)!, rng), spent, "fr", t), `answer ${q.id}`);
    }
    if (stopAfter === s) return;
    t += 2_000;
    const last = s === def.stages.length - 1;
    check(last ? await finishAttempt(db, userId, id, t) : await advanceStage(db, userId, id, t), last ? "finish" : "advance");
  }
}

export async function seedSyntheticCohort(db: Db, opts: SyntheticOptions): Promise<SyntheticReport> {
  const now = opts.now ?? Date.now();
  const rng = seededRng(opts.seed ?? 42);
  const catalogue = await loadCatalogue();
  const cohort = await ensureCohort(db, opts.ownerId, opts.cohortName, now - 15 * DAY);
  const work = await ensureAssignments(db, opts.ownerId, cohort.id, now);
  const { ids, created } = await ensureStudents(db, cohort.id, opts, now);
  // Item parameters are drawn once per cohort, so every student faces the same items.
  const params = new Map<string, ItemParams>();
  for (const { def } of work) for (const stage of def.stages) for (const item of [...stage.questions, ...stage.investigations]) params.set(`${def.slug}:${item.id}`, itemParams(item, rng));

  let played = 0;
  for (const userId of ids) {
    // One transaction per student: the draws below happen in the same order as before, whatever the engine.
    played += await transaction(
      db,
      async (tx) => {
        let n = 0;
        const ability = normal(rng);
        for (const [w, { id: assignmentId, def }] of work.entries()) {
          const [already] = await tx.select({ id: attempts.id }).from(attempts).where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, userId))).limit(1);
          const roll = rng();
          if (already || roll < 0.04) continue; // 4 % never start
          const local = new Map(def.stages.flatMap((s) => [...s.questions, ...s.investigations]).map((item) => [item.id, params.get(`${def.slug}:${item.id}`)!]));
          const theta = ability + normal(rng, 0, 0.3);
          const start = now - 14 * DAY + Math.floor(rng() * (14 * DAY - 3 * 60 * MINUTE));
          const stopAfter = roll < 0.07 ? Math.floor(rng() * (def.stages.length - 1)) : null; // 3 % drop out
          await playAttempt(tx, userId, assignmentId, def, { catalogue, params: local, theta, start, rng, stopAfter });
          n++;
          // The training case allows a second attempt: some students retake it, a little better.
          if (w === 0 && stopAfter === null && rng() < 0.15 && start + DAY < now - 3 * 60 * MINUTE) {
            await playAttempt(tx, userId, assignmentId, def, { catalogue, params: local, theta: theta + 0.4, start: start + DAY, rng, stopAfter: null });
            n++;
          }
        }
        return n;
      },
      { lock: [`user:${userId}`] },
    );
  }
  return { cohortId: cohort.id, joinCode: cohort.joinCode, assignmentIds: work.map((w) => w.id), studentsCreated: created, attemptsPlayed: played };
}
