/**
 * `npm run bench:crash`: students answer at full speed; the server is killed with SIGKILL at a
 * random moment, restarted on the same database, and checked: every acknowledged answer there
 * exactly once, nothing half-written, integrity_check ok, the interrupted attempts open again in
 * progress, and the students carry on (the submissions cut by the crash are sent again and
 * accepted once). Several cycles; exits non-zero on any loss.
 */
import { distPath, type BenchConfig } from "./config";
import { ensureBenchBuild } from "./build";
import { createBenchDatabase, removeBenchDatabase } from "./database";
import { openRawDb } from "../lib/raw-db";
import { killOneWorker, killServer, startServer, stopServer, type RunningServer } from "./server";
import { createStudents } from "./users";
import { readActionIds } from "./protocol";
import { loadCasePlans } from "./case-plans";
import { AckLedger } from "./ledger";
import { Recorder } from "./stats";
import { idleRequest, signInWave } from "./sign-in-wave";
import { Student } from "./student";
import { runLoad } from "./load";
import { verifyDatabase, type Verification } from "./verify";
import { machineLine, printVerification } from "./report";
import { freePort } from "./ports";
import { checkAttemptsResume } from "./resume-check";
import { ackedKeys, checkRestored, runTool, type ToolRun } from "./backup-check";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runCrashBench(config: BenchConfig): Promise<number> {
  const cycles = Number(process.env.BENCH_CRASH_CYCLES || 3);
  console.log(`bench:crash : ${machineLine()}`);
  await ensureBenchBuild(config);
  config.port = await freePort(config.port);
  const db = await createBenchDatabase(config.root, "crash");
  console.log(`bench:crash : ${config.connections} étudiant·es, ${cycles} arrêts brutaux (SIGKILL) de ${config.workers > 1 ? `1 processus serveur sur ${config.workers}` : "du serveur"} ; base ${db.label}`);
  const accounts = await createStudents(db.target, config.connections);
  const ids = readActionIds(distPath(config, "server/server-reference-manifest.json"));
  const ro = openRawDb(db.target, { readonly: true });
  const plans = await loadCasePlans(ro);
  const ledger = new AckLedger();
  const recorder = new Recorder();
  const problems: string[] = [];
  let server: RunningServer = await startServer(config, db);
  let last: Verification | null = null;
  const backupFile = `${db.dir}/under-load-backup.db`;
  let backup: ToolRun | null = null;
  let refused: ToolRun | null = null;
  let ackedBeforeBackup = new Set<string>();
  try {
    const wave = await signInWave(config, server.url, accounts, new Recorder());
    if (wave.failed.length > 0) throw new Error(`${wave.failed.length} connexion(s) refusée(s)`);
    const students = accounts.map(
      (a) => new Student(a.index, wave.cookies.get(a.index)!, plans, ids, ledger, { mode: "training", pages: false, investigations: true, refresh: false, restart: true, retryRate: 0.02 }),
    );
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const killAfter = 2000 + Math.random() * 4000;
      let killedAt = 0;
      if (config.workers > 1) {
        // Several servers on one database: one of them dies; the others keep serving its students
        // (their next request reaches a survivor), and the primary replaces it.
        let victim = 0;
        const killed = sleep(killAfter).then(async () => {
          killedAt = ledger.count("acked");
          victim = await killOneWorker(server);
        });
        await runLoad({ url: server.url, seconds: 12, lanes: students, recorder, idleRequest: idleRequest(config) });
        await killed;
        console.log(`▶ Cycle ${cycle} : SIGKILL du processus serveur ${victim} après ${(killAfter / 1000).toFixed(1)} s (${killedAt} réponses acquittées jusque-là) ; les autres ont continué : ${ledger.count("acked") - killedAt} acquittées depuis, ${ledger.count("unknown")} envoyées sans réponse`);
        if (ledger.count("acked") === killedAt) problems.push(`cycle ${cycle} : plus aucune réponse acceptée après l'arrêt d'un processus`);
        report(`après l'arrêt d'un processus ${cycle}`, await verifyDatabase(ro, ledger, plans), problems);
        continue;
      }
      const killed = sleep(killAfter).then(async () => {
        killedAt = ledger.count("acked");
        await killServer(server);
      });
      await runLoad({ url: server.url, seconds: 30, lanes: students, recorder, idleRequest: idleRequest(config), stop: killed });
      const unknown = ledger.count("unknown");
      console.log(`▶ Cycle ${cycle} : SIGKILL après ${(killAfter / 1000).toFixed(1)} s (${killedAt} réponses acquittées jusque-là, ${unknown} envoyées sans réponse) ; redémarrage…`);
      server = await startServer(config, db);
      const check = await verifyDatabase(ro, ledger, plans);
      report(`après redémarrage ${cycle}`, check, problems);
      const resume = await checkAttemptsResume(
        server.url,
        db.target,
        students.filter((s) => s.currentAttempt).map((s) => ({ attemptId: s.currentAttempt!, cookie: s.cookie })),
      );
      console.log(`  tentatives interrompues rouvertes en cours : ${resume.checked - resume.failures.length}/${resume.checked}`);
      if (resume.failures.length > 0) problems.push(`cycle ${cycle} : tentatives qui ne reprennent pas : ${resume.failures.slice(0, 5).join(", ")}`);
    }
    // The students carry on (the submissions cut by the last crash are sent again), and an
    // online backup is taken meanwhile, as an operator would.
    const before = ledger.count("acked");
    const interrupted = new Set(students.map((s) => s.currentAttempt).filter((a): a is string => a !== null));
    // PostgreSQL is backed up with its own tools (pg_dump, base backups): db:backup says so and does nothing.
    const backupRun =
      db.engine === "sqlite"
        ? sleep(2500).then(() => {
            ackedBeforeBackup = ackedKeys(ledger);
            return runTool(config, "scripts/db-backup.ts", [backupFile], db.env);
          })
        : null;
    await runLoad({ url: server.url, seconds: 8, lanes: students, recorder, idleRequest: idleRequest(config) });
    const after = ledger.count("acked");
    const resumed = new Set([...ledger.entries.values()].filter((e) => e.state === "acked" && interrupted.has(e.attemptId)).map((e) => e.attemptId));
    console.log(`▶ Reprise : ${after - before} réponses acquittées en 8 s après le dernier redémarrage, dont des réponses dans ${resumed.size}/${interrupted.size} tentatives interrompues ; envoyées sans réponse restantes : ${ledger.count("unknown")}`);
    if (after - before === 0) problems.push("aucune réponse acceptée après le redémarrage");
    if (backupRun) {
      backup = await backupRun;
      console.log(`▶ Sauvegarde en charge (npm run db:backup) : ${backup.output.split("\n").pop()}`);
      if (backup.code !== 0) problems.push(`db:backup a échoué : ${backup.output}`);
      refused = await runTool(config, "scripts/db-restore.ts", [backupFile], db.env);
      console.log(`▶ Restauration serveur en marche : ${refused.code !== 0 ? "refusée ✔" : "acceptée ✗"} — ${refused.output.split("\n")[0]}`);
      if (refused.code === 0) problems.push("db:restore a accepté de restaurer pendant que le serveur tournait");
    } else console.log("▶ Sauvegarde en charge : PostgreSQL se sauvegarde avec ses propres outils (pg_dump, sauvegardes de base + archivage WAL) — non testée ici.");
  } finally {
    await stopServer(server);
  }
  last = await verifyDatabase(ro, ledger, plans);
  await ro.close();
  printVerification(last);
  problems.push(...last.problems);
  if (backup?.code === 0 && db.target.file) {
    const restore = await runTool(config, "scripts/db-restore.ts", [backupFile], db.env);
    const restored = await checkRestored(db.target.file, ackedBeforeBackup);
    console.log(`▶ Restauration serveur arrêté : ${restore.output.split("\n")[0]}`);
    console.log(`  base restaurée : integrity_check ${restored.integrity}, ${restored.rows} réponses ; acquittées avant la sauvegarde absentes : ${restored.missing}/${ackedBeforeBackup.size}`);
    if (restore.code !== 0) problems.push(`db:restore a échoué : ${restore.output}`);
    if (restored.integrity !== "ok") problems.push(`base restaurée : integrity_check ${restored.integrity}`);
    if (restored.missing > 0) problems.push(`base restaurée : ${restored.missing} réponses acquittées avant la sauvegarde absentes`);
  }
  await removeBenchDatabase(db);
  console.log(problems.length === 0 ? "✔ bench:crash : aucune perte" : `✗ bench:crash : ${problems.length} problème(s)`);
  for (const p of problems) console.log(`  ✗ ${p}`);
  console.log(`bench-crash: engine=${db.engine} workers=${config.workers} cycles=${cycles} acked=${last.acked} lost=${last.lost} duplicated=${last.duplicated} integrity=${last.integrity} problems=${problems.length}`);
  return problems.length === 0 ? 0 : 1;
}

function report(label: string, v: Verification, problems: string[]): void {
  console.log(`  ${label} : ${v.acked} acquittées, perdues ${v.lost}, en double ${v.duplicated}, integrity_check ${v.integrity}${v.problems.length ? "" : ", cohérente"}`);
  for (const p of v.problems) problems.push(`${label} : ${p}`);
}
