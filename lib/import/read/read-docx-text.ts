/**
 * Text of a .docx file through mammoth's HTML (which keeps tables, unlike its raw text). The
 * archive is bounded first (docx-parts.ts); images are neither inflated nor read.
 */
import { docxTextParts, DOCX_LIMITS } from "./docx-parts";
import { htmlToText } from "./html-to-text";

export type DocxTextResult = { ok: true; text: string } | { ok: false; reason: "invalid" | "too-many-entries" | "too-large" };

export async function readDocxText(bytes: Uint8Array, limits = DOCX_LIMITS): Promise<DocxTextResult> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) return { ok: false, reason: "invalid" };
  const parts = docxTextParts(bytes, limits);
  if (!parts.ok) return { ok: false, reason: parts.reason === "not-zip" ? "invalid" : parts.reason };
  try {
    const mammoth = (await import("mammoth")).default;
    // The media were left out of the archive: an image becomes nothing, without being read.
    const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(parts.zip) }, { convertImage });
    return { ok: true, text: htmlToText(result.value) };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}
