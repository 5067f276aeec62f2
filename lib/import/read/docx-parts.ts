/**
 * The parts of a .docx that hold its text, read without trusting the archive: the central
 * directory is read first and the entry count and the declared inflated size of the text parts are
 * bounded before anything is inflated; each part is inflated into a buffer of its declared size
 * (a lying header cannot make it grow). Images and other media are never inflated. The parts are
 * re-packed uncompressed, so the .docx reader that follows inflates nothing. Pure module.
 */
import { unzipSync, zipSync } from "fflate";

export const DOCX_LIMITS = {
  /** A Word document has a few dozen entries; thousands mean a crafted archive. */
  maxEntries: 2000,
  /** Declared inflated size of all text parts (XML and relationships) together. */
  maxTextPartsBytes: 16 * 1024 * 1024,
};

export type DocxPartsResult = { ok: true; zip: Uint8Array } | { ok: false; reason: "not-zip" | "too-many-entries" | "too-large" };

class Refusal extends Error {
  constructor(readonly reason: "too-many-entries" | "too-large") {
    super(reason);
  }
}

/** What mammoth reads: the XML parts, the relationships and the content types. */
const isTextPart = (name: string) => /\.(?:xml|rels)$/i.test(name);

export function docxTextParts(bytes: Uint8Array, limits = DOCX_LIMITS): DocxPartsResult {
  let entries = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        entries += 1;
        if (entries > limits.maxEntries) throw new Refusal("too-many-entries");
        if (!isTextPart(file.name) || file.name.endsWith("/")) return false;
        total += file.originalSize;
        if (total > limits.maxTextPartsBytes) throw new Refusal("too-large");
        return true;
      },
    });
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.reason };
    return { ok: false, reason: "not-zip" };
  }
  // Stored entries are copied as they are: their real size counts too.
  const real = Object.values(files).reduce((sum, data) => sum + data.length, 0);
  if (real > limits.maxTextPartsBytes) return { ok: false, reason: "too-large" };
  return { ok: true, zip: zipSync(files, { level: 0 }) };
}
