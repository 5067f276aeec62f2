/**
 * The analysis the review page shows: the document text, what the extraction found in it (each
 * item with its span) and the two stage plans. Refuses text with nothing recognisable in it.
 * Pure module.
 */
import { extractDocument } from "@/lib/import/extract-document";
import type { Extraction } from "@/lib/import/types";
import { MAX_PLAN_STAGES, MAX_REVIEW_ITEMS, MAX_SOURCE_CHARS } from "./import-input";
import { stagePlans, type StagePlans } from "./stage-plans";

export type DocumentFormat = "txt" | "md" | "docx" | "pdf";

export type DocumentAnalysis = {
  text: string;
  format: DocumentFormat;
  fileName: string;
  extraction: Extraction;
  plans: StagePlans;
};

export type AnalyseErrorCode = "too-long" | "no-content" | "too-many-items";
export type AnalyseResult = { ok: true; analysis: DocumentAnalysis } | { ok: false; code: AnalyseErrorCode; message: string };

/** Something a case can be built on: a recognised heading, a lab value, a dated event or a treatment. */
export function hasRecognisableContent(extraction: Extraction): boolean {
  return extraction.sections.some((s) => s.fromHeading) || extraction.labs.length > 0 || extraction.events.length > 0 || extraction.treatments.length > 0;
}

/** `text` must already be normalised (readDocument does it; normalizeDocumentText for pasted text). */
export function analyseDocumentText(text: string, format: DocumentFormat, fileName: string): AnalyseResult {
  if (text.length > MAX_SOURCE_CHARS) {
    return {
      ok: false,
      code: "too-long",
      message: `Le document est trop long : ${text.length.toLocaleString("fr-FR")} caractères, ${MAX_SOURCE_CHARS.toLocaleString("fr-FR")} au plus.`,
    };
  }
  const extraction = extractDocument(text);
  if (!hasRecognisableContent(extraction)) {
    return {
      ok: false,
      code: "no-content",
      message:
        "Aucun contenu reconnaissable : ni titre de section (Observation, Examen clinique…), ni valeur biologique, ni date, ni traitement. Vérifiez qu'il s'agit bien d'une observation clinique.",
    };
  }
  // What the review could not send back (importInputSchema) is refused now, not after the review.
  const counts: [number, string][] = [
    [extraction.labs.length, "valeurs biologiques"],
    [extraction.events.length, "repères chronologiques"],
    [extraction.treatments.length, "traitements"],
  ];
  const over = counts.find(([n]) => n > MAX_REVIEW_ITEMS);
  if (over) return tooMany(`${over[0].toLocaleString("fr-FR")} ${over[1]}, ${MAX_REVIEW_ITEMS.toLocaleString("fr-FR")} au plus`);
  const plans = stagePlans(extraction, text);
  const longest = Math.max(plans.section.length, plans.date.length);
  if (longest > MAX_PLAN_STAGES) return tooMany(`${longest.toLocaleString("fr-FR")} étapes proposées, ${MAX_PLAN_STAGES.toLocaleString("fr-FR")} au plus`);
  return { ok: true, analysis: { text, format, fileName, extraction, plans } };
}

function tooMany(detail: string): AnalyseResult {
  return { ok: false, code: "too-many-items", message: `${detail}. Déposez l'observation seule, ou découpez le document.` };
}
