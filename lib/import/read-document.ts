/**
 * Reads an uploaded case report into plain text: .txt and .md (UTF-8, Windows-1252 fallback),
 * .docx (mammoth raw text) and text-based .pdf. Every refusal has a code and a French message.
 * Bounds are checked before the costly step: the byte length of a text before it is decoded, the
 * .docx central directory before anything is inflated, the PDF page count before any page is
 * read. Run it off the request thread (lib/jobs). Server-side (Node) module; imports neither Next
 * nor the database.
 */
import { decodeTextFile } from "./read/decode-text-file";
import { normalizeDocumentText } from "./read/normalize-document-text";
import { readDocxText } from "./read/read-docx-text";
import { PDF_LIMITS, readPdfText } from "./read/read-pdf-text";
import { DOCX_LIMITS } from "./read/docx-parts";

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
/** Fewer letters than this is not a case report. */
export const MIN_DOCUMENT_LETTERS = 100;

/** Longest text kept (characters), as MAX_SOURCE_CHARS of the authoring import. */
export const MAX_TEXT_CHARS = 400_000;

export type ReadDocumentErrorCode = "empty" | "too-large" | "unsupported" | "unreadable" | "no-text" | "too-short" | "too-long" | "too-complex";

export type ReadDocumentResult =
  | { ok: true; text: string; format: "txt" | "md" | "docx" | "pdf" }
  | { ok: false; code: ReadDocumentErrorCode; message: string };

const tooLong = (n: number, unit: string) =>
  `${n.toLocaleString("fr-FR")} ${unit}, ${MAX_TEXT_CHARS.toLocaleString("fr-FR")} caractères au plus.`;

const fail = (code: ReadDocumentErrorCode, message: string): ReadDocumentResult => ({ ok: false, code, message });

export async function readDocument(fileName: string, bytes: Uint8Array): Promise<ReadDocumentResult> {
  const extension = /\.([^./\\]+)$/.exec(fileName.trim().toLowerCase())?.[1] ?? "";
  if (extension === "doc") return fail("unsupported", "Les fichiers .doc (Word 97-2003) ne sont pas pris en charge : enregistrez le document au format .docx ou PDF.");
  if (!["txt", "md", "markdown", "docx", "pdf"].includes(extension)) {
    return fail("unsupported", "Format de fichier non pris en charge : déposez un fichier .txt, .md, .docx ou .pdf.");
  }
  if (bytes.length === 0) return fail("empty", "Le fichier est vide.");
  if (bytes.length > MAX_DOCUMENT_BYTES) return fail("too-large", "Le fichier dépasse la taille maximale de 5 Mo.");
  const format = extension === "markdown" ? "md" : (extension as "txt" | "md" | "docx" | "pdf");
  let raw: string | undefined;
  if (format === "docx") {
    const docx = await readDocxText(bytes);
    if (!docx.ok) {
      if (docx.reason === "too-many-entries") return fail("too-complex", `Le fichier .docx contient trop d'éléments (${DOCX_LIMITS.maxEntries} au plus) : ce n'est pas un document Word ordinaire.`);
      if (docx.reason === "too-large") {
        return fail("too-complex", `Le texte du fichier .docx dépasserait ${DOCX_LIMITS.maxTextPartsBytes / (1024 * 1024)} Mo une fois décompressé : document refusé.`);
      }
      return fail("unreadable", "Le fichier .docx est illisible ou endommagé. Ouvrez-le dans un traitement de texte et enregistrez-le à nouveau.");
    }
    raw = docx.text;
  } else if (format === "pdf") {
    const pdf = await readPdfText(bytes);
    if (!pdf.ok) {
      if (pdf.reason === "too-many-pages") return fail("too-complex", `Le PDF a trop de pages (${PDF_LIMITS.maxPages} au plus) : déposez l'observation seule.`);
      if (pdf.reason === "too-much-text") return fail("too-long", `le texte du PDF dépasse ${PDF_LIMITS.maxTextChars.toLocaleString("fr-FR")} caractères.`);
      return pdf.reason === "password"
        ? fail("unreadable", "Ce PDF est protégé par un mot de passe : déposez une version non protégée.")
        : fail("unreadable", "Le fichier PDF est illisible ou endommagé.");
    }
    if (!/\p{L}/u.test(pdf.text)) {
      return fail("no-text", "Ce PDF ne contient pas de texte sélectionnable (document numérisé ?). Déposez un PDF avec sa couche texte, un .docx, ou collez le texte.");
    }
    raw = pdf.text;
  } else {
    // Checked before decoding: no text of MAX_TEXT_CHARS characters takes more than 4 bytes each.
    if (bytes.length > 4 * MAX_TEXT_CHARS) return fail("too-long", tooLong(bytes.length, "octets"));
    raw = decodeTextFile(bytes);
    if (raw === undefined) return fail("unreadable", "Le fichier n'est pas un fichier texte lisible.");
  }
  // Before the normalisation passes, which are linear but not free.
  if (raw.length > 2 * MAX_TEXT_CHARS) return fail("too-long", tooLong(raw.length, "caractères"));
  const text = normalizeDocumentText(raw);
  if (text.length === 0) return fail("empty", "Le document ne contient aucun texte.");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_DOCUMENT_LETTERS) {
    return fail("too-short", `Le document est trop court pour en tirer un cas : ${letters} lettres, il en faut au moins ${MIN_DOCUMENT_LETTERS}.`);
  }
  return { ok: true, text, format };
}
