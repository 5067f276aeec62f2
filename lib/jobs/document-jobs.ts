/**
 * Parsing of uploads, off the request thread: the server's actions call these, never the readers
 * directly, so that a hostile or merely huge document costs a parsing process (bounded in time and
 * memory) and not the answers of everyone else. A job the pool had to stop gets a French message.
 */
import type { ImportInput } from "@/lib/authoring/import-input";
import type { LoadZipResult } from "@/lib/authoring/load-case-zip";
import { workerScript } from "./bundle";
import { JobPool, type JobFailure, type PoolOptions } from "./pool";
import type { AnalyseJobResult, DraftJobResult } from "./run-job";

export const JOB_LIMITS: PoolOptions = {
  // Two cores serve many users: parsing never takes more than two processes.
  size: 2,
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 384,
  maxYoungGenerationSizeMb: 32,
  maxQueue: 16,
};

const globalForPool = globalThis as unknown as { progressifJobPool?: JobPool };
function pool(): JobPool {
  globalForPool.progressifJobPool ??= new JobPool(() => workerScript(), JOB_LIMITS);
  return globalForPool.progressifJobPool;
}

function failureMessage(failure: JobFailure): string {
  switch (failure) {
    case "timeout":
      return `son analyse a dépassé ${JOB_LIMITS.timeoutMs / 1000} s. Le fichier est peut-être malformé : enregistrez-le à nouveau, ou collez le texte.`;
    case "memory":
      return "son analyse demandait trop de mémoire. Le fichier est peut-être malformé : enregistrez-le à nouveau, ou collez le texte.";
    case "busy":
      return "trop de documents sont en cours d'analyse. Réessayez dans un instant.";
    default:
      return "son analyse a échoué. Enregistrez le fichier à nouveau, ou collez le texte.";
  }
}

/** A job the pool had to stop (time, memory, crash, queue full), as the actions report it. */
type Stopped = { ok: false; code: "too-complex"; message: string };

/** Runs a job whose result is already an outcome of the document's; a stopped job becomes `Stopped`. */
async function documentJob<T>(kind: string, payload: unknown): Promise<T | Stopped> {
  const outcome = await pool().run<T>(kind, payload);
  return outcome.ok ? outcome.result : { ok: false, code: "too-complex", message: failureMessage(outcome.failure) };
}

/**
 * Reads `bytes` as the file `fileName` and analyses the text, in a parsing process. `displayName` is
 * the name the analysis keeps. The analysis comes back as the worker's JSON bytes: the request
 * thread hands it to the browser as it is.
 */
export function analyseDocumentJob(fileName: string, bytes: Uint8Array, displayName: string): Promise<AnalyseJobResult | Stopped> {
  return documentJob<AnalyseJobResult>("analyse-document", { fileName, bytes, displayName });
}

/**
 * The draft a reviewed document gives (buildDraftFromImport), the text read and analysed again in
 * a parsing process: a refusal of the document, a refusal of the decisions ("stale", "no-stage"), or
 * the draft.
 */
export function draftFromDocumentJob(input: ImportInput, ids: { slug: string; sourceFile: string }): Promise<DraftJobResult | Stopped> {
  return documentJob<DraftJobResult>("draft-from-document", { input, ids });
}

/**
 * Started with the server (instrumentation.ts): one process is started and loads the worker script
 * and the readers, so that the first upload is answered at the pool's normal speed. Resolves to
 * false (and the first job pays instead) when the warm-up fails.
 */
export async function warmJobPool(): Promise<boolean> {
  const outcome = await pool().run<true>("warm-up", null).catch((error: unknown) => ({ ok: false as const, failure: "crashed" as const, detail: String(error) }));
  return outcome.ok;
}

/** loadCaseZip in a parsing process. */
export async function loadCaseZipJob(bytes: Uint8Array): Promise<LoadZipResult> {
  const outcome = await pool().run<LoadZipResult>("load-case-zip", { bytes });
  if (!outcome.ok) return { ok: false, code: "zip", message: `Archive refusée : ${failureMessage(outcome.failure)}` };
  return outcome.result;
}
