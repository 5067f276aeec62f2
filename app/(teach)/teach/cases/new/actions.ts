"use server";
import { formValue } from "@/lib/actions/form";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { fail, succeed, type ActionResult } from "@/lib/actions/result";
import type { AnalyseErrorCode, DocumentAnalysis } from "@/lib/authoring/analyse-document";
import { importInputSchema, type ImportInput } from "@/lib/authoring/import-input";
import { ZIP_LIMITS } from "@/lib/authoring/read-case-zip";
import { newCaseSlug, sourceFileName } from "@/lib/authoring/slug";
import { createMyCase } from "@/lib/dal/authoring";
import { MAX_DOCUMENT_BYTES, type ReadDocumentErrorCode } from "@/lib/import/read-document";
import { analyseDocumentJob, draftFromDocumentJob, loadCaseZipJob } from "@/lib/jobs/document-jobs";
import type { JsonBytes } from "@/lib/jobs/json-bytes";

// Nothing is written to the database before the final "create" step, and that step re-reads the
// text and re-runs the extraction itself: no span or value computed by the browser is trusted.

export type ImportErrorCode = "unauthenticated" | "forbidden" | "invalid" | "stale" | "no-stage" | ReadDocumentErrorCode | AnalyseErrorCode;
/** The analysis as the parsing process serialized it: the server never walks it (lib/jobs/json-bytes.ts). */
export type AnalyseDocumentResult = ActionResult<{ analysis: JsonBytes<DocumentAnalysis> }, ImportErrorCode, never, { message?: string }>;

const PASTED_NAME = "texte-colle.txt";

async function documentFrom(formData: FormData): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; code: ImportErrorCode; message: string }> {
  const file = formValue(formData, "file");
  if (file instanceof File && file.size > 0) {
    // Checked before reading the body into memory.
    if (file.size > MAX_DOCUMENT_BYTES) return { ok: false, code: "too-large", message: "Le fichier dépasse la taille maximale de 5 Mo." };
    return { ok: true, name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const text = formValue(formData, "text");
  if (typeof text === "string" && text.trim() !== "") return { ok: true, name: PASTED_NAME, bytes: new TextEncoder().encode(text) };
  if (file instanceof File && file.name) return { ok: false, code: "empty", message: "Le fichier est vide." };
  return { ok: false, code: "empty", message: "Déposez un fichier ou collez le texte de l'observation." };
}

const AUTHORS = ["instructor", "admin"] as const;

const analyse = defineAction({
  name: "analyse-document",
  access: AUTHORS,
  input: z.instanceof(FormData),
  invalid: () => fail("invalid", { message: "Formulaire attendu." }),
  run: async (formData) => {
    const input = await documentFrom(formData);
    if (!input.ok) return input;
    // Reading and extraction run in a parsing process, bounded in time and memory (lib/jobs).
    const analysed = await analyseDocumentJob(input.name, input.bytes, input.name === PASTED_NAME ? "" : input.name);
    return analysed.ok ? succeed({ analysis: analysed.analysis }) : fail(analysed.code, { message: analysed.message });
  },
});

export async function analyseDocumentAction(formData: FormData): Promise<AnalyseDocumentResult> {
  return analyse(formData);
}

const createDraft = defineAction({
  name: "create-draft-from-document",
  access: AUTHORS,
  input: importInputSchema,
  invalid: (error) => {
    const issue = error.issues[0];
    return fail("invalid", { message: `${issue.path.join(".")} : ${issue.message}` });
  },
  run: async (input) => {
    // The same checks as an upload (size, letters), then the extraction and the draft, in a parsing process.
    const slug = newCaseSlug(input.title || input.fileName.replace(/\.[^.]+$/, "") || "cas");
    const built = await draftFromDocumentJob(input, { slug, sourceFile: sourceFileName(slug, input.format) });
    if (!built.ok) return fail(built.code, { message: built.message });
    const created = await createMyCase(built.draft);
    if (!created) return fail("forbidden");
    redirect(`/teach/cases/${created.caseId}?created=1`);
  },
});

export type CreateDraftResult = ActionResult<never, ImportErrorCode, never, { message?: string }>;

export async function createDraftFromDocumentAction(input: ImportInput): Promise<CreateDraftResult> {
  return createDraft(input);
}

const importZip = defineAction({
  name: "import-case-zip",
  access: AUTHORS,
  input: z.instanceof(File).refine((file) => file.size > 0),
  invalid: () => fail("empty"),
  run: async (file) => {
    if (file.size > ZIP_LIMITS.maxZipBytes) return fail("too-large");
    if (!/\.zip$/i.test(file.name)) return fail("unsupported");
    const loaded = await loadCaseZipJob(new Uint8Array(await file.arrayBuffer()));
    if (!loaded.ok) return fail("zip", { message: loaded.message });
    // The imported case becomes the user's own draft (version 1), under a new slug.
    const created = await createMyCase({ ...loaded.case, slug: newCaseSlug(loaded.case.slug) });
    if (!created) return fail("forbidden");
    redirect(`/teach/cases/${created.caseId}?imported=1`);
  },
});

export type ImportZipState = ActionResult<never, ImportErrorCode | "zip", never, { message?: string }> | null;

export async function importCaseZipAction(_prev: ImportZipState, formData: FormData): Promise<ImportZipState> {
  return importZip(formValue(formData, "zip"));
}
