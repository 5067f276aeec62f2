/**
 * `npm run bench -- --exam N`: exam day. N students sign in at once (argon2id included), each has
 * an exam-mode attempt, then they answer question after question with think time (BENCH_THINK_MS,
 * default 12.5 s: 10,000 students then offer 800 answers/s) for BENCH_SECONDS, the browser's
 * page refresh when a stage opens included (BENCH_REFRESH=0: without). Investigations are ordered in
 * the main benchmark's journey phase, not here.
 */
import path from "node:path";
import { openEngine, type Db } from "@/db/client";
import { startAttemptFor } from "@/lib/dal/attempt-start";
import { openRawDb } from "../lib/raw-db";
import { distPath, type BenchConfig } from "./config";
import { ensureBenchBuild } from "./build";
import { createBenchDatabase, removeBenchDatabase, type BenchDatabase } from "./database";
import { startServer, stopServer } from "./server";
import { createStudents, type StudentAccount } from "./users";
import { readActionIds } from "./protocol";
import { loadCasePlans, type CasePlan } from "./case-plans";
import { AckLedger } from "./ledger";
import { Recorder } from "./stats";
import { signInWave } from "./sign-in-wave";
import { cpuMeter, describeCpu } from "./cpu";
import { Student } from "./student";
import { runPaced } from "./paced";
import { verifyDatabase } from "./verify";
import { machineLine, printTable, printVerification, round } from "./report";
import { summariseProfiles } from "./profile";
import { freePort } from "./ports";

const ORDER = ["signin", "auth:providers", "auth:csrf", "auth:callback", "order", "close", "submit", "resubmit", "advance", "finish", "refresh"];

/** Every student starts an exam-mode attempt, as the start button does, through the data layer. */
async function startExamAttempts(bench: BenchDatabase, accounts: StudentAccount[], plans: CasePlan[]): Promise<Map<number, { attemptId: string; plan: CasePlan }>> {
  const engine = openEngine({ ...process.env, ...bench.env });
  const raw = openRawDb(bench.target, { readonly: true });
  try {
    const db = engine.db as unknown as Db;
    const idOf = new Map((await raw.query<{ id: string; email: string }>("SELECT id, email FROM users")).map((u) => [u.email, u.id]));
    const started = new Map<number, { attemptId: string; plan: CasePlan }>();
    // Setup, not measured: 100 at a time, so that SQLite's group commit and PostgreSQL's pool share the work.
    for (let from = 0; from < accounts.length; from += 100) {
      await Promise.all(
        accounts.slice(from, from + 100).map(async (a) => {
          const plan = plans[a.index % plans.length];
          const result = await startAttemptFor(db, idOf.get(a.email)!, plan.slug, "exam");
          if (!result.ok) throw new Error(`tentative d'examen impossible pour ${a.email} : ${result.error}`);
          started.set(a.index, { attemptId: result.attemptId, plan });
        }),
      );
    }
    return started;
  } finally {
    await raw.close();
    await engine.close();
  }
}

export async function runExam(config: BenchConfig, n: number): Promise<number> {
  const thinkMs = Number(process.env.BENCH_THINK_MS || 12_500);
  const refresh = process.env.BENCH_REFRESH !== "0";
  console.log(`bench --exam : ${machineLine()}`);
  await ensureBenchBuild(config);
  config.port = await freePort(config.port);
  const db = await createBenchDatabase(config.root, "exam");
  console.log(`bench --exam : ${n} étudiant·es, ${config.connections} connexions, réflexion ${thinkMs} ms, ${config.seconds} s de réponses, rafraîchissement ${refresh ? "oui" : "non"}, ${config.workers} processus serveur, base ${db.label}`);
  const profileDir = config.profile ? path.join(db.dir, "profile") : undefined;
  const accounts = await createStudents(db.target, n);
  const ro = openRawDb(db.target, { readonly: true });
  const plans = await loadCasePlans(ro);
  const ids = readActionIds(distPath(config, "server/server-reference-manifest.json"));
  const attempts = await startExamAttempts(db, accounts, plans);
  const ledger = new AckLedger();
  for (const [index, a] of attempts) ledger.started(a.attemptId, index);
  const server = await startServer(config, db, { profileDir });
  const signins = new Recorder();
  const answers = new Recorder();
  let wave;
  let paced;
  let signInCpu = "";
  let answerCpu = "";
  try {
    console.log(`▶ Connexion de ${n} étudiant·es…`);
    let meter = cpuMeter(server);
    wave = await signInWave(config, server.url, accounts, signins);
    signInCpu = describeCpu(meter(), wave.seconds, wave.cookies.size * 3);
    console.log(`▶ Réponses avec temps de réflexion (${config.seconds} s)…`);
    const students = accounts
      .filter((a) => wave!.cookies.has(a.index))
      .map((a) => new Student(a.index, wave!.cookies.get(a.index)!, plans, ids, ledger, { mode: "exam", pages: false, investigations: false, refresh, restart: false, retryRate: 0.01 }, attempts.get(a.index)));
    meter = cpuMeter(server);
    paced = await runPaced({ url: server.url, actors: students, connections: config.connections, thinkMs, seconds: config.seconds, recorder: answers });
    answerCpu = describeCpu(meter(), paced.seconds, paced.requests);
  } finally {
    await stopServer(server);
  }
  if (profileDir) summariseProfiles(profileDir);
  const verification = await verifyDatabase(ro, ledger, plans);
  await ro.close();

  const signinRate = wave.cookies.size / wave.seconds;
  printTable(`Connexion de ${n} étudiant·es (${round(wave.seconds)} s, ${round(signinRate)} connexions/s)`, signins.summary(wave.seconds), ORDER);
  console.log(`  ${signInCpu}`);
  printTable(`Réponses avec réflexion (${round(paced.seconds)} s, demande ≈ ${round((wave.cookies.size * 1000) / thinkMs)} actions/s)`, answers.summary(paced.seconds), ORDER);
  console.log(`  ${answerCpu}`);
  if (wave.failed.length > 0) console.log(`\n✗ ${wave.failed.length} connexion(s) échouée(s), ex. : ${wave.failed[0].error}`);
  printVerification(verification);
  await removeBenchDatabase(db);

  const submit = answers.find(paced.seconds, "submit");
  const signin = signins.find(wave.seconds, "signin");
  const errors = answers.summary(paced.seconds).reduce((s, r) => s + r.errors, 0);
  console.log(
    `bench-exam: engine=${db.engine} workers=${config.workers} students=${n} signin_seconds=${round(wave.seconds)} signin_per_s=${round(signinRate)} signin_p99_ms=${round(signin?.p99 ?? 0)} signin_failed=${wave.failed.length} submit_rps=${round(submit?.rps ?? 0)} submit_p50_ms=${round(submit?.p50 ?? 0)} submit_p95_ms=${round(submit?.p95 ?? 0)} submit_p99_ms=${round(submit?.p99 ?? 0)} errors=${errors} lost=${verification.lost} duplicated=${verification.duplicated}`,
  );
  return verification.problems.length === 0 && wave.failed.length === 0 ? 0 : 1;
}
