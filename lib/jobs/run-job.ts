/**
 * What the parsing pool's child processes run (progressif-worker.mjs): reading and analysing an uploaded
 * document, building a draft from a reviewed one, and loading a case-folder zip. Everything here is
 * CPU-bound work on untrusted input, and its result is what the request thread gets: small, or a
 * JSON as bytes (json-bytes.ts) it passes along without walking. Pure of Next and the database.
 */
import { analyseDocumentText, type AnalyseErrorCode, type DocumentAnalysis, type DocumentFormat } from "@/lib/authoring/analyse-document";
import { buildDraftFromImport, type BuildDraftResult } from "@/lib/authoring/build-draft";
import type { ImportInput } from "@/lib/authoring/import-input";
import { loadCaseZip, type LoadZipResult } from "@/lib/authoring/load-case-zip";
import { readDocument, type ReadDocumentErrorCode } from "@/lib/import/read-document";
import { toJsonBytes, type JsonBytes } from "./json-bytes";

export type JobInput =
  /** An upload or a pasted text: read, then analysed under `displayName`. */
  | { kind: "analyse-document"; payload: { fileName: string; bytes: Uint8Array; displayName: string } }
  /** The review's decisions applied to the analysis of `input.text`, re-run here: the draft to create. */
  | { kind: "draft-from-document"; payload: { input: ImportInput; ids: { slug: string; sourceFile: string } } }
  | { kind: "load-case-zip"; payload: { bytes: Uint8Array } }
  /** Loads the readers (mammoth, pdf.js through unpdf) so that the first real job does not wait for them. */
  | { kind: "warm-up"; payload: null };

export type DocumentRefusal = { ok: false; code: ReadDocumentErrorCode | AnalyseErrorCode; message: string };
export type AnalyseJobResult = DocumentRefusal | { ok: true; analysis: JsonBytes<DocumentAnalysis> };
export type DraftJobResult = DocumentRefusal | BuildDraftResult;

export type JobOutput = { "analyse-document": AnalyseJobResult; "draft-from-document": DraftJobResult; "load-case-zip": LoadZipResult; "warm-up": true };

async function analyse(fileName: string, bytes: Uint8Array, displayName: string, format?: DocumentFormat) {
  const read = await readDocument(fileName, bytes);
  if (!read.ok) return read;
  return analyseDocumentText(read.text, format ?? read.format, displayName);
}

export async function runJob(kind: JobInput["kind"], payload: unknown): Promise<JobOutput[JobInput["kind"]]> {
  if (kind === "analyse-document") {
    const p = payload as Extract<JobInput, { kind: "analyse-document" }>["payload"];
    const analysed = await analyse(p.fileName, p.bytes, p.displayName);
    return analysed.ok ? { ok: true, analysis: toJsonBytes(analysed.analysis) } : { ok: false, code: analysed.code, message: analysed.message };
  }
  if (kind === "draft-from-document") {
    // The same checks as an upload (size, letters), then the extraction: nothing the browser computed is trusted.
    const { input, ids } = payload as Extract<JobInput, { kind: "draft-from-document" }>["payload"];
    const analysed = await analyse("document.txt", new TextEncoder().encode(input.text), input.fileName, input.format);
    if (!analysed.ok) return { ok: false, code: analysed.code, message: analysed.message };
    const { text, extraction, plans } = analysed.analysis;
    return buildDraftFromImport(extraction, plans, { ...input, text }, ids);
  }
  if (kind === "load-case-zip") return loadCaseZip((payload as { bytes: Uint8Array }).bytes);
  if (kind === "warm-up") {
    const { getResolvedPDFJS } = await import("unpdf");
    await Promise.all([import("mammoth"), getResolvedPDFJS()]);
    return true;
  }
  throw new Error(`unknown job: ${String(kind)}`);
}
