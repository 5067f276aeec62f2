/**
 * Checks the database against what the load generator saw: every acknowledged submission stored
 * exactly once, and nothing half-written (orphans, stage visits out of step, unreadable answers).
 */
import type { RawDb } from "../lib/raw-db";
import { jsonValue } from "../lib/raw-db";
import type { Question } from "@/lib/content/schema";
import { validateAnswer } from "@/lib/scoring/validate";
import type { CasePlan } from "./case-plans";
import type { AckLedger } from "./ledger";

export type Verification = {
  acked: number;
  lost: number;
  duplicated: number;
  /** Sent without an answer from the server (cut by the end of the run or a crash), yet stored: allowed. */
  unackedStored: number;
  /** Submissions the server refused, by the action's failure code. */
  rejected: Map<string, number>;
  rows: number;
  attempts: number;
  integrity: string;
  problems: string[];
};

type Row = { attempt_id: string; question_id: string; stage_index: number; answer: unknown; current_stage: number | null; case_version_id: string | null };

function sample(list: string[], n = 5): string {
  return list.slice(0, n).join(", ") + (list.length > n ? `, … (${list.length})` : "");
}

export async function verifyDatabase(db: RawDb, ledger: AckLedger, plans: CasePlan[]): Promise<Verification> {
  const problems: string[] = [];
  const integrity = await db.integrity();
  if (integrity !== "ok") problems.push(`intégrité : ${integrity}`);

  const rows = await db.query<Row>(
    `SELECT r.attempt_id, r.question_id, r.stage_index, r.answer, a.current_stage, a.case_version_id
     FROM responses r LEFT JOIN attempts a ON a.id = r.attempt_id`,
  );
  const stored = new Map<string, number>();
  const questions = new Map(plans.map((p) => [p.versionId, new Map(p.def.stages.flatMap((s, i) => s.questions.map((q) => [q.id, { q, stage: i }] as const)))]));
  const bad: string[] = [];
  for (const r of rows) {
    const key = `${r.attempt_id}|${r.question_id}`;
    stored.set(key, (stored.get(key) ?? 0) + 1);
    if (r.current_stage === null || r.case_version_id === null) {
      bad.push(`${key} sans tentative`);
      continue;
    }
    const found = questions.get(r.case_version_id)?.get(r.question_id);
    if (!found) {
      bad.push(`${key} : question inconnue de la version`);
      continue;
    }
    if (found.stage !== r.stage_index || r.stage_index > r.current_stage) bad.push(`${key} : étape ${r.stage_index} incohérente`);
    if (!answerReadable(found.q, r.answer)) bad.push(`${key} : réponse illisible`);
  }
  if (bad.length > 0) problems.push(`réponses incohérentes : ${sample(bad)}`);

  let acked = 0;
  let lost = 0;
  let unackedStored = 0;
  const rejected = new Map<string, number>();
  const lostKeys: string[] = [];
  for (const [key, e] of ledger.entries) {
    const n = stored.get(key) ?? 0;
    if (e.state === "acked") {
      acked++;
      if (n === 0) {
        lost++;
        lostKeys.push(key);
      }
    } else if (e.state === "unknown" && n > 0) unackedStored++;
    else if (e.state === "rejected") rejected.set(e.error ?? "?", (rejected.get(e.error ?? "?") ?? 0) + 1);
  }
  if (lost > 0) problems.push(`réponses acquittées perdues : ${sample(lostKeys)}`);
  let duplicated = 0;
  for (const n of stored.values()) if (n > 1) duplicated += n - 1;
  if (duplicated > 0) problems.push(`réponses en double : ${duplicated}`);

  problems.push(...(await checkAttempts(db, plans)));
  const attempts = Number((await db.one<{ n: number }>("SELECT COUNT(*) AS n FROM attempts"))!.n);
  return { acked, lost, duplicated, unackedStored, rejected, rows: rows.length, attempts, integrity, problems };
}

function answerReadable(q: Question, stored: unknown): boolean {
  try {
    const parsed = jsonValue(stored) as { type?: string };
    return parsed.type === q.type && validateAnswer(q, parsed).ok;
  } catch {
    return false;
  }
}

type AttemptRow = {
  id: string;
  case_version_id: string;
  status: string;
  current_stage: number;
  score: number | null;
  finished_at: number | null;
  visits: number;
  min_stage: number | null;
  max_stage: number | null;
  open_before: number;
  last_completed: number | null;
  answered_before: number;
  orders_ahead: number;
};

/** Stage visits, scores and answers must agree with each attempt's current stage and status. */
async function checkAttempts(db: RawDb, plans: CasePlan[]): Promise<string[]> {
  const rows = (
    await db.query<AttemptRow>(
      `SELECT a.id, a.case_version_id, a.status, a.current_stage, a.score, a.finished_at,
         (SELECT COUNT(*) FROM stage_visits v WHERE v.attempt_id = a.id) AS visits,
         (SELECT MIN(stage_index) FROM stage_visits v WHERE v.attempt_id = a.id) AS min_stage,
         (SELECT MAX(stage_index) FROM stage_visits v WHERE v.attempt_id = a.id) AS max_stage,
         (SELECT COUNT(*) FROM stage_visits v WHERE v.attempt_id = a.id AND v.stage_index < a.current_stage AND v.completed_at IS NULL) AS open_before,
         (SELECT completed_at FROM stage_visits v WHERE v.attempt_id = a.id AND v.stage_index = a.current_stage) AS last_completed,
         (SELECT COUNT(*) FROM responses r WHERE r.attempt_id = a.id AND r.stage_index < a.current_stage) AS answered_before,
         (SELECT COUNT(*) FROM investigation_requests i WHERE i.attempt_id = a.id AND i.stage_index > a.current_stage) AS orders_ahead
       FROM attempts a`,
    )
  ).map((a) => ({ ...a, visits: Number(a.visits), open_before: Number(a.open_before), answered_before: Number(a.answered_before), orders_ahead: Number(a.orders_ahead) }));
  const questionsBefore = new Map(plans.map((p) => [p.versionId, p.def.stages.map((_, k) => p.def.stages.slice(0, k).reduce((n, s) => n + s.questions.length, 0))]));
  const bad: string[] = [];
  for (const a of rows) {
    const why: string[] = [];
    if (a.visits !== a.current_stage + 1 || a.min_stage !== 0 || a.max_stage !== a.current_stage) why.push("visites d'étapes");
    if (a.open_before > 0) why.push("étape passée non close");
    if (a.orders_ahead > 0) why.push("examen d'une étape verrouillée");
    const expected = questionsBefore.get(a.case_version_id)?.[a.current_stage];
    if (expected !== undefined && a.answered_before !== expected) why.push(`étape ouverte avec ${a.answered_before}/${expected} réponses`);
    if (a.status === "finished" && (a.score === null || a.finished_at === null || a.last_completed === null)) why.push("terminée sans score");
    if (a.status === "in_progress" && (a.score !== null || a.finished_at !== null)) why.push("en cours avec un score");
    if (why.length > 0) bad.push(`${a.id} (${why.join(", ")})`);
  }
  return bad.length > 0 ? [`tentatives incohérentes : ${sample(bad)}`] : [];
}
