/**
 * Text normalisation for open answers (QROC) and term matching: lower case, no accents or
 * diacritics, ligatures expanded, every run of punctuation/spaces (apostrophes and hyphens
 * included) turned into one space, trimmed. "L'Œdème  aigu-pulmonaire." → "l oedeme aigu pulmonaire".
 */
const LIGATURES: Record<string, string> = { "œ": "oe", "æ": "ae", "ß": "ss" };

export function normalizeText(input: string): string {
  return input
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
