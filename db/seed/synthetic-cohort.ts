/**
 * A synthetic cohort for demos and benchmarks: N students with latent abilities who play the
 * bundled cases through the same DAL functions as the player (startAssignmentAttempt,
 * orderInvestigation, submitAnswer, advanceStage, finishAttempt), with simulated clock times so
 * that stage durations and lateness are realistic. Re-running with the same cohort name reuses
 * the cohort and its students and only plays what each student has not played yet.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { assignments, attempts, caseVersions, cases, cohorts, users } from "../schema";
import type { CaseDefinition } from "@/lib/content/schema";
import { advanceStage, finishAttempt, orderInvestigation, submitAnswer } from "@/lib/dal/attempt-play";
import { startAssignmentAttempt } from "@/lib/dal/attempt-start";
import { assignableVersions } from "@/lib/dal/assignment-store";
import { addMemberRecord, createCohortRecord } from "@/lib/dal/cohort-store";
import { getCaseDefinition } from "@/lib/dal/case-content";
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

function ensureCohort(db: Db, ownerId: string, name: string, now: number) {
  const existing = db.select().from(cohorts).where(and(eq(cohorts.ownerId, ownerId), eq(cohorts.name, name))).get();
  return existing ?? createCohortRecord(db, ownerId, name, now);
}

/** One training assignment (2 attempts, best counts) and one exam whose due date has passed (late accepted). */
function ensureAssignments(db: Db, ownerId: string, cohortId: string, now: number): { id: string; def: CaseDefinition }[] {
  const versions = assignableVersions(db, ownerId);
  return BUNDLED_SLUGS.map((slug, i) => {
    const version = versions.find((v) => v.slug === slug);
    if (!version) throw new Error(`Cas « ${slug} » introuvable : lancez d'abord npm run db:seed.`);
    const existing = db
      .select({ id: assignments.id, versionId: assignments.caseVersionId })
      .from(assignments)
      .innerJoin(caseVersions, eq(caseVersions.id, assignments.caseVersionId))
      .innerJoin(cases, eq(cases.id, caseVersions.caseId))
      .where(and(eq(assignments.cohortId, cohortId), eq(cases.slug, slug)))
      .get();
    const id = existing?.id ?? crypto.randomUUID();
    if (!existing) {
      db.insert(assignments)
        .values({
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
        })
        .run();
    }
    return { id, def: getCaseDefinition(db, existing?.versionId ?? version.versionId)! };
  });
}

function ensureStudents(db: Db, cohortId: string, opts: SyntheticOptions, now: number): { ids: string[]; created: number } {
  const key = emailKey(opts.cohortName);
  const wanted = Array.from({ length: opts.students }, (_, i) => ({ i, email: `etudiant-${String(i + 1).padStart(4, "0")}.${key}@synthetique.test` }));
  const ids: string[] = [];
  let created = 0;
  db.transaction((tx) => {
    for (let start = 0; start < wanted.length; start += 500) {
      const chunk = wanted.slice(start, start + 500);
      const known = new Map(tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, chunk.map((w) => w.email))).all().map((u) => [u.email, u.id]));
      for (const w of chunk) {
        let id = known.get(w.email);
        if (!id) {
          id = crypto.randomUUID();
          // One shared argon2id hash: hashing per account would cost ~12 ms each for nothing.
          tx.insert(users).values({ id, email: w.email, name: syntheticName(w.i), passwordHash: opts.passwordHash, role: "student", createdAt: now - 20 * DAY }).run();
          created++;
        }
        addMemberRecord(tx as unknown as Db, cohortId, id, now - 15 * DAY);
        ids.push(id);
      }
    }
  });
  return { ids, created };
}

function check(result: { ok: boolean; error?: string }, what: string): void {
  if (!result.ok) throw new Error(`synthetic cohort: ${what} refused (${result.error})`);
}

/** Plays one attempt; `stopAfter` (a stage index) leaves it in progress, as a student who dropped out. */
function playAttempt(db: Db, userId: string, assignmentId: string, def: CaseDefinition, params: Map<string, ItemParams>, theta: number, start: number, rng: Rng, stopAfter: number | null): void {
  const started = startAssignmentAttempt(db, userId, assignmentId, start);
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
      check(orderInvestigation(db, userId, id, inv.id, t), `order ${inv.id}`);
    }
    for (const q of stage.questions) {
      const spent = Math.round(45_000 * pace * Math.exp(normal(rng, 0, 0.4)));
      t += spent;
      check(submitAnswer(db, userId, id, q.id, simulateAnswer(q, theta, params.get(q.id)!, rng), spent, "fr", t), `answer ${q.id}`);
    }
    if (stopAfter === s) return;
    t += 2_000;
    check(s < def.stages.length - 1 ? advanceStage(db, userId, id, t) : finishAttempt(db, userId, id, t), s < def.stages.length - 1 ? "advance" : "finish");
  }
}

export function seedSyntheticCohort(db: Db, opts: SyntheticOptions): SyntheticReport {
  const now = opts.now ?? Date.now();
  const rng = seededRng(opts.seed ?? 42);
  const cohort = ensureCohort(db, opts.ownerId, opts.cohortName, now - 15 * DAY);
  const work = ensureAssignments(db, opts.ownerId, cohort.id, now);
  const { ids, created } = ensureStudents(db, cohort.id, opts, now);
  // Item parameters are drawn once per cohort, so every student faces the same items.
  const params = new Map<string, ItemParams>();
  for (const { def } of work) for (const stage of def.stages) for (const item of [...stage.questions, ...stage.investigations]) params.set(`${def.slug}:${item.id}`, itemParams(item, rng));

  let played = 0;
  for (const userId of ids) {
    const ability = normal(rng);
    for (const [w, { id: assignmentId, def }] of work.entries()) {
      const already = db.select({ id: attempts.id }).from(attempts).where(and(eq(attempts.assignmentId, assignmentId), eq(attempts.userId, userId))).get();
      const roll = rng();
      if (already || roll < 0.04) continue; // 4 % never start
      const local = new Map(def.stages.flatMap((s) => [...s.questions, ...s.investigations]).map((item) => [item.id, params.get(`${def.slug}:${item.id}`)!]));
      const theta = ability + normal(rng, 0, 0.3);
      const start = now - 14 * DAY + Math.floor(rng() * (14 * DAY - 3 * 60 * MINUTE));
      const stopAfter = roll < 0.07 ? Math.floor(rng() * (def.stages.length - 1)) : null; // 3 % drop out
      playAttempt(db, userId, assignmentId, def, local, theta, start, rng, stopAfter);
      played++;
      // The training case allows a second attempt: some students retake it, a little better.
      if (w === 0 && stopAfter === null && rng() < 0.15 && start + DAY < now - 3 * 60 * MINUTE) {
        playAttempt(db, userId, assignmentId, def, local, theta + 0.4, start + DAY, rng, null);
        played++;
      }
    }
  }
  return { cohortId: cohort.id, joinCode: cohort.joinCode, assignmentIds: work.map((w) => w.id), studentsCreated: created, attemptsPlayed: played };
}
