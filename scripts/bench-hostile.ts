/**
 * `npm run bench:hostile [-- --seconds 5 --students 16 --rounds 6 --upload-every 500]`
 * Answer submissions while hostile documents are being refused. On the production build (.next, or
 * BENCH_DIST_DIR) with a throwaway database: students sign in, start an attempt and submit an
 * answer again and again (the acknowledged-answer path: session, ownership, one transaction). After
 * a warm-up that is not counted, rounds of three phases: alone ("calme"); while an instructor
 * uploads, one after the other and again (one every 500 ms, or as soon as the last is answered), the probe's hostile documents (a .docx inflating to
 * 50 MB, a PDF declaring a billion pages, a YAML alias bomb and 20,000-deep YAML in case zips, a
 * text with more lab values than a review may send back), all refused; while the instructor uploads
 * a legitimate 395,000-character text whose dense analysis (3,950 values, 3,950 dates, 3.4 MB) is
 * accepted. Prints throughput and p50/p95/p99 of the submissions of each phase and of each kind of
 * phase over all rounds (with the median over rounds of its p99 over the same round's calm p99: the
 * machine's speed drifts within a minute on a shared VM), how long each document took the first
 * time (nothing is warmed here but the server's own start-up warm-up of its parsing pool), and the
 * machine (CPU, cores, load average before and after). BENCH_PROFILE=1 adds the server's CPU profile.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { aliasBombYaml, caseZipWithYaml, deepYaml, pageTreeBombPdf, zipBombDocx } from "../tests/hostile-documents";
import { benchConfig, distPath } from "./bench/config";
import { loadCasePlans, answerFor } from "./bench/case-plans";
import { createBenchDatabase, removeBenchDatabase } from "./bench/database";
import { openRawDb } from "./lib/raw-db";
import { readActionIds, redirectedAttemptId, setCookies, startAttemptRequest, SESSION_COOKIE } from "./bench/protocol";
import { startServer, stopServer } from "./bench/server";
import { summariseProfiles } from "./bench/profile";
import { percentile } from "./bench/stats";
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

/** A server action called as the browser's callServer does with a FormData argument. */
function formActionBody(args: "formData" | "stateAndFormData", fields: [string, Blob | string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(`_1_${name}`, value);
  form.append("0", args === "formData" ? '["$K1"]' : '[{},"$K1"]');
  return form;
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
  const config = { ...benchConfig(), distDir: process.env.BENCH_DIST_DIR || ".next", workers: 1 };
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
    const docx = new Blob([zipBombDocx(50) as Uint8Array<ArrayBuffer>]);
    // Accepted: 395,000 characters giving 3,950 lab values and 3,950 dated events (an analysis of 3.4 MB of JSON).
    const longText = "Observation\nMadame D., 58 ans, revue en consultation ; hémoglobine 9,8 g/dL (12-16) le 3 mars 2024. ".repeat(4400).slice(0, 395_000);
    // Refused: as long, but 8,800 lab values, more than a review may send back.
    const crowdedText = "Observation\nMadame D., 58 ans, hémoglobine 9,8 g/dL (12-16), CRP 12 mg/L le 3 mars 2024. ".repeat(4400).slice(0, 395_000);
    type Upload = [string, string, FormData];
    const refused: Upload[] = [
      [".docx 50 Mo décompressé", analyseId, formActionBody("formData", [["file", new File([docx], "bombe.docx")]])],
      ["PDF d'un milliard de pages", analyseId, formActionBody("formData", [["file", new File([pageTreeBombPdf(9) as Uint8Array<ArrayBuffer>], "pages.pdf")]])],
      ["YAML « billion laughs »", zipId, formActionBody("stateAndFormData", [["zip", new File([caseZipWithYaml(aliasBombYaml()) as Uint8Array<ArrayBuffer>], "alias.zip")]])],
      ["YAML imbriqué 20 000 fois", zipId, formActionBody("stateAndFormData", [["zip", new File([caseZipWithYaml(deepYaml(20000)) as Uint8Array<ArrayBuffer>], "profond.zip")]])],
      ["texte de 8 800 valeurs", analyseId, formActionBody("formData", [["text", crowdedText]])],
    ];
    const accepted: Upload[] = [["texte de 395 000 caractères", analyseId, formActionBody("formData", [["text", longText]])]];
    const firstPass = new Map<string, string>();
    let uploads = 0;
    /**
     * Uploads `documents` one after the other, again and again, for the phase's duration: one every
     * `uploadEvery` ms, or the next as soon as the last is answered when it took longer. (A tight loop
     * of tiny uploads would measure a flood of requests, which any route makes, not parsing.)
     */
    const uploading = (documents: Upload[]) => async () => {
      const stopAt = performance.now() + seconds * 1000;
      while (performance.now() < stopAt) {
        for (const [label, id, body] of documents) {
          if (performance.now() >= stopAt) break;
          const t0 = performance.now();
          const paced = new Promise((resolve) => setTimeout(resolve, uploadEvery));
          const res = await fetch(`${base}/teach/cases/new`, { method: "POST", headers: { cookie: instructor, "next-action": id, accept: "text/x-component" }, body });
          const text = await res.text();
          const refusal = text.match(/"message":"([^"]{0,140})/)?.[1];
          const message = refusal ?? (res.status === 200 && text.includes('"ok":true') ? `accepté : réponse de ${(text.length / 1e6).toFixed(1)} Mo` : `(HTTP ${res.status}) ${text.slice(0, 100)}`);
          if (!firstPass.has(label)) firstPass.set(label, `  ${label.padEnd(30)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${message}`);
          uploads++;
          await paced;
        }
      }
    };

    const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");
    console.log(`\nMachine : ${os.cpus()[0]?.model ?? "?"}, ${os.availableParallelism()} cœurs, charge (1/5/15 min) ${load()}`);
    console.log(`\n${students.length} étudiant·es soumettent une réponse en boucle, ${seconds} s par phase (cas ${plan.slug}, question ${question.id})`);
    // Not counted: the server's code paths are compiled and its caches filled before the first calm phase.
    await phase();
    // The three kinds of phase alternate, so that a drift of the machine's speed weighs on each alike.
    const kinds = [
      { label: "calme", during: undefined, phases: [] as Phase[] },
      { label: "documents hostiles", during: uploading(refused), phases: [] as Phase[] },
      { label: "texte long accepté", during: uploading(accepted), phases: [] as Phase[] },
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
