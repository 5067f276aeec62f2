/**
 * `npm run bench:hostile [-- --seconds 5 --students 16 --rounds 6 --upload-every 500]`
 * Answer submissions while hostile documents are being refused. On the production build (.next, or
 * BENCH_DIST_DIR) with a throwaway database: students sign in, start an attempt and submit an
 * answer again and again (the acknowledged-answer path: session, ownership, one transaction). After
 * a warm-up that is not counted, rounds of three phases: alone ("calme"); while an instructor (a
 * process of its own, scripts/bench/uploader.ts) uploads, one after the other and again (one every
 * 500 ms, or as soon as the last is answered), the probe's hostile documents (a .docx inflating to
 * 50 MB, a PDF declaring a billion pages, a YAML alias bomb and 20,000-deep YAML in case zips, a
 * text with more lab values than a review may send back), all refused; while the instructor uploads
 * a legitimate 395,000-character text whose dense analysis (3,950 values, 3,950 dates, 3.4 MB) is
 * accepted. Prints throughput and p50/p95/p99 of the submissions of each phase and of each kind of
 * phase over all rounds (with the median over rounds of its p99 over the same round's calm p99: the
 * machine's speed drifts within a minute on a shared VM), how long each document took the first
 * time (nothing is warmed here but the server's own start-up warm-up of its parsing pool), and the
 * machine (CPU, cores, load average before and after). BENCH_PROFILE=1 adds the server's CPU profile.
 */
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { benchConfig, distPath } from "./bench/config";
import { loadCasePlans, answerFor } from "./bench/case-plans";
import { createBenchDatabase, removeBenchDatabase } from "./bench/database";
import { openRawDb } from "./lib/raw-db";
import { readActionIds, redirectedAttemptId, setCookies, startAttemptRequest, SESSION_COOKIE } from "./bench/protocol";
import { startServer, stopServer } from "./bench/server";
import { summariseProfiles } from "./bench/profile";
import { percentile } from "./bench/stats";
import type { UploaderReply, UploaderRequest, UploadSet } from "./bench/uploader";
import { createStudents } from "./bench/users";
// @ts-expect-error plain JavaScript module shared with `npm start`
import { ensureBuild } from "./lib/prepare.mjs";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

type Headers = Record<string, string>;

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = setCookies(csrf.headers);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = setCookies(res.headers).get(SESSION_COOKIE);
  if (!session) throw new Error(`sign-in failed for ${email}: ${res.status}`);
  return `${SESSION_COOKIE}=${session}`;
}

function actionIdOf(file: string, exportedName: string, manifest: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const entries = Object.entries((require(manifest) as { node: Record<string, { filename?: string; exportedName?: string }> }).node);
  const found = entries.find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!found) throw new Error(`action ${exportedName} absente du manifeste`);
  return found[0];
}

function describe(label: string, latencies: number[], seconds: number, errors: number): string {
  const s = [...latencies].sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(1).padStart(7)} ms`;
  return `${label.padEnd(22)} ${String(s.length).padStart(6)} envois  ${(s.length / seconds).toFixed(1).padStart(7)} /s  p50 ${f(percentile(s, 50))}  p95 ${f(percentile(s, 95))}  p99 ${f(percentile(s, 99))}  max ${f(s[s.length - 1] ?? 0)}  erreurs ${errors}`;
}

async function main() {
  const seconds = arg("seconds", 5);
  const studentCount = arg("students", 16);
  const rounds = arg("rounds", 6);
  const uploadEvery = arg("upload-every", 500);
  // One server process unless PROGRESSIF_WORKERS says otherwise (as npm start runs them).
  const config = { ...benchConfig(), distDir: process.env.BENCH_DIST_DIR || ".next" };
  if (config.distDir === ".next") ensureBuild(config.root);
  const db = await createBenchDatabase(config.root, "hostile");
  const accounts = await createStudents(db.target, studentCount);
  const ro = openRawDb(db.target, { readonly: true });
  const plans = await loadCasePlans(ro);
  await ro.close();
  // BENCH_PROFILE=1: the server's CPU profile, summarised at the end (both phases).
  const profileDir = config.profile ? path.join(db.dir, "profile") : undefined;
  const server = await startServer(config, db, { profileDir });
  const base = server.url;
  try {
    const manifest = distPath(config, "server", "server-reference-manifest.json");
    const ids = readActionIds(manifest);
    const analyseId = actionIdOf("app/(teach)/teach/cases/new/actions.ts", "analyseDocumentAction", manifest);
    const zipId = actionIdOf("app/(teach)/teach/cases/new/actions.ts", "importCaseZipAction", manifest);
    const plan = plans[0];
    const question = plan.stages[0].questions[0];
    if (!question) throw new Error(`le cas ${plan.slug} n'a pas de question à l'étape 1`);

    // Each student: signed in, an attempt started, its first answer acknowledged once.
    const students: { cookie: string; attemptId: string }[] = [];
    for (const account of accounts) {
      const cookie = await signIn(base, account.email, account.password);
      const start = startAttemptRequest(cookie, plan.slug, "training", ids.startAttemptAction);
      const res = await fetch(`${base}${start.path}`, { method: "POST", headers: start.headers as Headers, body: start.body as string, redirect: "manual" });
      const attemptId = redirectedAttemptId(Object.fromEntries(res.headers));
      if (!attemptId) throw new Error(`attempt not started: ${res.status}`);
      students.push({ cookie, attemptId });
    }
    let lostReported = false;
    const submit = async (s: { cookie: string; attemptId: string }) => {
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/attempts/${s.attemptId}`, {
          method: "POST",
          headers: { cookie: s.cookie, "next-action": ids.submitAnswerAction, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
          body: JSON.stringify([s.attemptId, question.id, answerFor(question, 0), 1000]),
        });
        await res.text();
        return { ms: performance.now() - t0, ok: res.status === 200 };
      } catch (error) {
        // A lost connection counts as an error of the phase, with its cause printed once.
        if (!lostReported) console.error(`connexion perdue : ${String((error as { cause?: unknown }).cause ?? error)}`);
        lostReported = true;
        return { ms: performance.now() - t0, ok: false };
      }
    };
    await Promise.all(students.map(submit));

    type Phase = { latencies: number[]; errors: number; clientDelayP99: number };
    const phase = async (during?: () => Promise<void>): Promise<Phase> => {
      const result: Phase = { latencies: [], errors: 0, clientDelayP99: 0 };
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      const stopAt = performance.now() + seconds * 1000;
      const loops = students.map(async (s) => {
        while (performance.now() < stopAt) {
          const r = await submit(s);
          result.latencies.push(r.ms);
          if (!r.ok) result.errors++;
        }
      });
      await Promise.all([...loops, during?.()]);
      delay.disable();
      result.clientDelayP99 = delay.percentile(99) / 1e6;
      return result;
    };

    const instructor = await signIn(base, "instructor@demo.test", "instructor-demo");
    // The instructor uploads from a process of its own (scripts/bench/uploader.ts).
    const uploader = fork(path.join(__dirname, "bench/uploader.ts"), [], { execArgv: process.execArgv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
    let pending: { resolve: (reply: UploaderReply) => void; reject: (error: Error) => void } | undefined;
    uploader.on("message", (reply: UploaderReply) => pending?.resolve(reply));
    uploader.on("exit", (code) => pending?.reject(new Error(`l'instructeur s'est arrêté (${code})`)));
    const ask = (request: UploaderRequest) =>
      new Promise<UploaderReply>((resolve, reject) => {
        pending = { resolve, reject };
        uploader.send(request);
      });
    const ready = await ask({ setup: { base, cookie: instructor, analyseId, zipId, uploadEvery } });
    if (!("labels" in ready)) throw new Error("réponse inattendue de l'instructeur");
    const firstPass = new Map<string, string>();
    let uploads = 0;
    const uploading = (set: UploadSet) => async () => {
      const reply = await ask({ set, seconds });
      if (!("uploads" in reply)) throw new Error("réponse inattendue de l'instructeur");
      uploads += reply.uploads;
      for (const [label, ms, message] of reply.firstPass) if (!firstPass.has(label)) firstPass.set(label, `  ${label.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms  ${message}`);
    };

    const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
    console.log(`\nMachine : ${os.cpus()[0]?.model ?? "?"}, ${os.availableParallelism()} cœurs, charge (1/5/15 min) ${load()}`);
    console.log(`\n${students.length} étudiant·es soumettent une réponse en boucle, ${seconds} s par phase (cas ${plan.slug}, question ${question.id})`);
    // Not counted: the server's code paths are compiled and its caches filled before the first calm phase.
    await phase();
    // The three kinds of phase alternate, so that a drift of the machine's speed weighs on each alike.
    const kinds = [
      { label: "calme", during: undefined, phases: [] as Phase[] },
      { label: "documents hostiles", during: uploading("refused"), phases: [] as Phase[] },
      { label: "texte long accepté", during: uploading("accepted"), phases: [] as Phase[] },
    ];
    for (let r = 1; r <= rounds; r++) {
      for (const kind of kinds) {
        const before = uploads;
        const result = await phase(kind.during);
        kind.phases.push(result);
        const sent = kind.during ? `  documents ${uploads - before}` : "";
        console.log(`${describe(`${kind.label} ${r}`, result.latencies, seconds, result.errors)}  boucle du client p99 ${result.clientDelayP99.toFixed(0)} ms${sent}`);
      }
    }
    const sorted = (latencies: number[]) => [...latencies].sort((x, y) => x - y);
    const p99 = (phase: Phase) => percentile(sorted(phase.latencies), 99);
    const median = (xs: number[]) => sorted(xs)[Math.floor((xs.length - 1) / 2)];
    console.log(`\nLes ${rounds} tours ensemble (rapport : médiane, sur les tours, du p99 de la phase sur le p99 de la phase calme du même tour) :`);
    for (const kind of kinds) {
      const all = sorted(kind.phases.flatMap((p) => p.latencies));
      const ratios = kind.phases.map((p, r) => p99(p) / p99(kinds[0].phases[r]));
      const ratio = kind.during ? `  p99 / calme ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : "";
      console.log(`${describe(kind.label, all, seconds * rounds, kind.phases.reduce((n, p) => n + p.errors, 0))}${ratio}`);
    }
    // What each document costs the server's request thread (its CPU time, from /proc, Linux only),
    // uploaded alone 10 times with nothing else running; and what one answer costs, for scale.
    const mainThreadMs = () => {
      try {
        const stat = fs.readFileSync(`/proc/${server.child.pid}/task/${server.child.pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
      } catch {
        return null;
      }
    };
    // With several server processes the child is the primary, which serves nothing: not measured.
    if (config.workers === 1 && mainThreadMs() !== null) {
      const TIMES = 10;
      console.log(`\nTemps CPU du fil des requêtes du serveur, par requête (${TIMES} de suite, rien d'autre en cours ; résolution 1 ms) :`);
      const before = mainThreadMs()!;
      const answers = 200;
      for (let i = 0; i < answers / students.length; i++) await Promise.all(students.map(submit));
      console.log(`  ${"une réponse d'étudiant·e".padEnd(30)} ${((mainThreadMs()! - before) / answers).toFixed(1).padStart(6)} ms`);
      for (const [document, label] of ready.labels.entries()) {
        const start = mainThreadMs()!;
        await ask({ document, times: TIMES });
        console.log(`  ${label.padEnd(30)} ${((mainThreadMs()! - start) / TIMES).toFixed(1).padStart(6)} ms`);
      }
    }
    uploader.disconnect();
    console.log("\nDocuments (premier passage : durée de la réponse du serveur, message) :");
    for (const line of firstPass.values()) console.log(line);
    console.log(`\nCharge après la mesure (1/5/15 min) : ${load()}`);
  } finally {
    await stopServer(server);
    if (profileDir) summariseProfiles(profileDir);
    if (process.env.BENCH_KEEP_PROFILE && profileDir) fs.cpSync(profileDir, process.env.BENCH_KEEP_PROFILE, { recursive: true });
    await removeBenchDatabase(db);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
