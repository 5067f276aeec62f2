/**
 * `npm run bench`: sign-in, a warm-up, then two timed phases on the production server —
 *  1. journey: students play cases as the browser does (page, investigations, answers, refreshes);
 *  2. submissions: students answer as fast as they can (no page loads), the write path alone;
 * then the baseline server, then the database check. Exits non-zero on any loss.
 */
import path from "node:path";
import { distPath, type BenchConfig } from "./config";
import { ensureBenchBuild } from "./build";
import { createBenchDatabase, removeBenchDatabase } from "./database";
import { openRawDb } from "../lib/raw-db";
import { startServer, stopServer, type RunningServer } from "./server";
import { createStudents } from "./users";
import { readActionIds } from "./protocol";
import { loadCasePlans } from "./case-plans";
import { AckLedger } from "./ledger";
import { Recorder } from "./stats";
import { signInWave, idleRequest } from "./sign-in-wave";
import { Student, type StudentOptions } from "./student";
import { runLoad, type Lane } from "./load";
import { runBaseline, type BaselineResult } from "./baseline";
import { verifyDatabase } from "./verify";
import { machineLine, printTable, printVerification, round } from "./report";
import { summariseProfiles } from "./profile";
import { freePort } from "./ports";
import { cpuMeter, describeCpu } from "./cpu";

const ORDER = ["signin", "auth:providers", "auth:csrf", "auth:callback", "start", "page", "refresh", "order", "close", "submit", "resubmit", "advance", "finish", "debrief"];

const JOURNEY: Omit<StudentOptions, "mode"> = { pages: true, investigations: true, refresh: true, restart: true, retryRate: 0.02 };
const STORM: Omit<StudentOptions, "mode"> = { pages: false, investigations: false, refresh: false, restart: true, retryRate: 0.02 };

type Phase = { seconds: number; cpu: string };

/** One timed run of the lanes against the server. */
async function phase(config: BenchConfig, server: RunningServer, lanes: Lane[], seconds: number, recorder: Recorder): Promise<Phase> {
  const meter = cpuMeter(server);
  const run = await runLoad({ url: server.url, seconds, lanes, recorder, idleRequest: idleRequest(config) });
  return { seconds: run.seconds, cpu: describeCpu(meter(), run.seconds, run.requests) };
}

export async function runMainBench(config: BenchConfig): Promise<number> {
  const phases = (process.env.BENCH_PHASES || "journey,storm").split(",");
  const warmup = Number(process.env.BENCH_WARMUP ?? 5);
  console.log(`bench : ${machineLine()}`);
  await ensureBenchBuild(config);
  config.port = await freePort(config.port);
  const db = await createBenchDatabase(config.root, "bench");
  console.log(`bench : ${config.connections} connexions, ${config.seconds} s par phase, ${config.workers} processus serveur, base ${db.label}`);
  const profileDir = config.profile ? path.join(db.dir, "profile") : undefined;
  const accounts = await createStudents(db.target, config.connections);
  const ids = readActionIds(distPath(config, "server/server-reference-manifest.json"));
  const ro = openRawDb(db.target, { readonly: true });
  const plans = await loadCasePlans(ro);
  const ledger = new AckLedger();
  const server = await startServer(config, db, { profileDir });
  const signins = new Recorder();
  const journey = new Recorder();
  const storm = new Recorder();
  let signInSeconds = 0;
  let journeyRun: Phase = { seconds: 0, cpu: "" };
  let stormRun: Phase = { seconds: 0, cpu: "" };
  try {
    const wave = await signInWave(config, server.url, accounts, signins);
    signInSeconds = wave.seconds;
    if (wave.failed.length > 0) throw new Error(`${wave.failed.length} connexion(s) refusée(s) : ${wave.failed[0].error}`);
    const students = (options: Omit<StudentOptions, "mode">) => accounts.map((a) => new Student(a.index, wave.cookies.get(a.index)!, plans, ids, ledger, { mode: "training", ...options }));
    if (warmup > 0) {
      console.log(`▶ Mise en route (${warmup} s, non mesurée)…`);
      await phase(config, server, students(JOURNEY), warmup, new Recorder());
    }
    if (phases.includes("journey")) {
      console.log(`▶ Phase 1 — parcours complet (${config.seconds} s)…`);
      journeyRun = await phase(config, server, students(JOURNEY), config.seconds, journey);
    }
    if (phases.includes("storm")) {
      console.log(`▶ Phase 2 — soumissions en rafale (${config.seconds} s)…`);
      stormRun = await phase(config, server, students(STORM), config.seconds, storm);
    }
  } finally {
    await stopServer(server);
  }
  if (profileDir) summariseProfiles(profileDir);

  let baseline: BaselineResult = { rps: NaN, p50: NaN, p99: NaN, errors: 0 };
  if (process.env.BENCH_BASELINE !== "0") {
    console.log(`▶ Référence : node:http + une insertion better-sqlite3 par requête (${config.seconds} s)…`);
    baseline = await runBaseline(config, db.dir);
  }
  const verification = await verifyDatabase(ro, ledger, plans);
  await ro.close();

  printTable(`Connexion (providers + csrf + callback, argon2id compris ; ${round(signInSeconds)} s)`, signins.summary(signInSeconds), ORDER);
  printTable(`Phase 1 — parcours complet (${round(journeyRun.seconds)} s, ${config.connections} connexions)`, journey.summary(journeyRun.seconds), ORDER);
  console.log(`  ${journeyRun.cpu}`);
  printTable(`Phase 2 — soumissions en rafale (${round(stormRun.seconds)} s, ${config.connections} connexions)`, storm.summary(stormRun.seconds), ORDER);
  console.log(`  ${stormRun.cpu}`);
  console.log(`\nRéférence node:http + better-sqlite3 (WAL, synchronous=FULL) : ${round(baseline.rps)} req/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms, erreurs ${baseline.errors}`);
  printVerification(verification);
  await removeBenchDatabase(db);

  const submit = storm.find(stormRun.seconds, "submit");
  // Every render of the player page: HTML when it opens, RSC payload on each router.refresh().
  const page = journey.merged(journeyRun.seconds, "page+refresh", ["page", "refresh"]);
  console.log(`\nRendu de la page du lecteur (page + refresh) : ${page.count} rendus, p50 ${round(page.p50)} ms, p95 ${round(page.p95)} ms, p99 ${round(page.p99)} ms`);
  const submitRps = submit ? submit.count / stormRun.seconds : 0;
  console.log(
    `bench: engine=${db.engine} workers=${config.workers} submit_rps=${round(submitRps)} submit_p99_ms=${round(submit?.p99 ?? 0)} page_p99_ms=${round(page.p99)} baseline_rps=${round(baseline.rps)} ratio=${round(submitRps / baseline.rps, 3)} lost=${verification.lost} duplicated=${verification.duplicated}`,
  );
  return verification.problems.length === 0 ? 0 : 1;
}
