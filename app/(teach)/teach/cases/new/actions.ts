"use server";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import type { AnalyseErrorCode, DocumentAnalysis } from "@/lib/authoring/analyse-document";
import { buildDraftFromImport } from "@/lib/authoring/build-draft";
import { importInputSchema, type ImportInput } from "@/lib/authoring/import-input";
import { ZIP_LIMITS } from "@/lib/authoring/read-case-zip";
import { newCaseSlug, sourceFileName } from "@/lib/authoring/slug";
import { createAuthoredCase } from "@/lib/dal/authoring-store";
import { authorizeAction } from "@/lib/dal/session";
import { MAX_DOCUMENT_BYTES, type ReadDocumentErrorCode } from "@/lib/import/read-document";
import { analyseDocumentJob, loadCaseZipJob } from "@/lib/jobs/document-jobs";

// Nothing is written to the database before the final "create" step, and that step re-reads the
// text and re-runs the extraction itself: no span or value computed by the browser is trusted.

export type ImportErrorCode = "unauthenticated" | "forbidden" | "invalid" | "stale" | "no-stage" | ReadDocumentErrorCode | AnalyseErrorCode;
export type AnalyseDocumentResult = { ok: true; analysis: DocumentAnalysis } | { ok: false; error: ImportErrorCode; message: string };

const PASTED_NAME = "texte-colle.txt";

async function documentFrom(formData: FormData): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; error: ImportErrorCode; message: string }> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    // Checked before reading the body into memory.
    if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, error: "too-large", message: "Le fichier dépasse la taille maximale de 5 Mo." };
    return { ok: true, name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const text = formData.get("text");
  if (typeof text === "string" && text.trim() !== "") return { ok: true, name: PASTED_NAME, bytes: new TextEncoder().encode(text) };
  if (file instanceof File && file.name) return { ok: false, error: "empty", message: "Le fichier est vide." };
  return { ok: false, error: "empty", message: "Déposez un fichier ou collez le texte de l'observation." };
}

export async function analyseDocumentAction(formData: FormData): Promise<AnalyseDocumentResult> {
  const auth = await authorizeAction("instructor", "admin");
  if (!auth.ok) return { ok: false, error: auth.error, message: auth.error };
  if (!(formData instanceof FormData)) return { ok: false, error: "invalid", message: "Formulaire attendu." };
  const input = await documentFrom(formData);
  if (!input.ok) return input;
  // Reading and extraction run in a worker thread, bounded in time and memory (lib/jobs).
  const analysed = await analyseDocumentJob(input.name, input.bytes, input.name === PASTED_NAME ? "" : input.name);
  return analysed.ok ? { ok: true, analysis: analysed.analysis } : { ok: false, error: analysed.code, message: analysed.message };
}

export type CreateDraftResult = { ok: false; error: ImportErrorCode; message: string };

export async function createDraftFromDocumentAction(input: ImportInput): Promise<CreateDraftResult> {
  const auth = await authorizeAction("instructor", "admin");
  if (!auth.ok) return { ok: false, error: auth.error, message: auth.error };
  const parsed = importInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: "invalid", message: `${issue.path.join(".")} : ${issue.message}` };
  }
  // The same checks as an upload (size, letters), then the extraction, on the server's side.
  const analysed = await analyseDocumentJob("document.txt", new TextEncoder().encode(parsed.data.text), parsed.data.fileName, parsed.data.format);
  if (!analysed.ok) return { ok: false, error: analysed.code, message: analysed.message };
  const read = { text: analysed.text };
  const { extraction, plans } = analysed.analysis;
  const slug = newCaseSlug(parsed.data.title || parsed.data.fileName.replace(/\.[^.]+$/, "") || "cas");
  const built = buildDraftFromImport(extraction, plans, { ...parsed.data, text: read.text }, { slug, sourceFile: sourceFileName(slug, parsed.data.format) });
  if (!built.ok) return { ok: false, error: built.error, message: built.message };
  const created = createAuthoredCase(getDb(), auth.user.id, built.draft);
  redirect(`/teach/cases/${created.caseId}?created=1`);
}

export type ImportZipState = { error?: ImportErrorCode | "zip"; message?: string };

export async function importCaseZipAction(_prev: ImportZipState, formData: FormData): Promise<ImportZipState> {
  const auth = await authorizeAction("instructor", "admin");
  if (!auth.ok) return { error: auth.error };
  const file = formData instanceof FormData ? formData.get("zip") : null;
  if (!(file instanceof File) || file.size === 0) return { error: "empty" };
  if (file.size > ZIP_LIMITS.maxZipBytes) return { error: "too-large" };
  if (!/\.zip$/i.test(file.name)) return { error: "unsupported" };
  const loaded = await loadCaseZipJob(new Uint8Array(await file.arrayBuffer()));
  if (!loaded.ok) return { error: "zip", message: loaded.message };
  // The imported case becomes the user's own draft (version 1), under a new slug.
  const created = createAuthoredCase(getDb(), auth.user.id, { ...loaded.case, slug: newCaseSlug(loaded.case.slug) });
  redirect(`/teach/cases/${created.caseId}?imported=1`);
}
