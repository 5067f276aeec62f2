/**
 * What the parsing pool's worker threads run (worker.mjs): reading and analysing an uploaded
 * document, and loading a case-folder zip. Everything here is CPU-bound parsing of untrusted input.
 * Pure of Next and the database: only the readers and the extraction.
 */
import { analyseDocumentText, type AnalyseResult, type DocumentFormat } from "@/lib/authoring/analyse-document";
import { loadCaseZip, type LoadZipResult } from "@/lib/authoring/load-case-zip";
import { readDocument, type ReadDocumentResult } from "@/lib/import/read-document";

export type JobInput =
  /** An upload or a pasted text: read, then analysed under `displayName` (and `format`, for a re-read text). */
  | { kind: "analyse-document"; payload: { fileName: string; bytes: Uint8Array; displayName: string; format?: DocumentFormat } }
  | { kind: "load-case-zip"; payload: { bytes: Uint8Array } }
  /** Loads the readers (mammoth, pdf.js through unpdf) so that the first real job does not wait for them. */
  | { kind: "warm-up"; payload: null };

export type AnalyseJobResult = { read: ReadDocumentResult & { ok: false } } | { read: { ok: true; text: string }; analysed: AnalyseResult };

export type JobOutput = { "analyse-document": AnalyseJobResult; "load-case-zip": LoadZipResult; "warm-up": true };

export async function runJob(kind: JobInput["kind"], payload: unknown): Promise<JobOutput[JobInput["kind"]]> {
  if (kind === "analyse-document") {
    const p = payload as Extract<JobInput, { kind: "analyse-document" }>["payload"];
    const read = await readDocument(p.fileName, p.bytes);
    if (!read.ok) return { read };
    return { read: { ok: true, text: read.text }, analysed: analyseDocumentText(read.text, p.format ?? read.format, p.displayName) };
  }
  if (kind === "load-case-zip") return loadCaseZip((payload as { bytes: Uint8Array }).bytes);
  if (kind === "warm-up") {
    const { getResolvedPDFJS } = await import("unpdf");
    await Promise.all([import("mammoth"), getResolvedPDFJS()]);
    return true;
  }
  throw new Error(`unknown job: ${String(kind)}`);
}
