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

/**
 * A QROC answer reduced to what it names, so that grammar never makes a right answer wrong:
 * a trailing parenthesis ("biopsie ostéomédullaire (BOM)") is dropped, then one leading
 * determiner (le, la, l', les, un, une, des, du, de la, d'), then a final plural -s/-x of each
 * word of four letters or more ("inhibiteurs de BCL-2" = "inhibiteur de BCL-2"). Applied to both
 * the learner's answer and the accepted answers, so the comparison stays symmetrical; short words
 * keep their last letter so that "bas", "pus" or "os" are not mangled.
 */
const LEADING_DETERMINER = /^(?:de la|les|le|la|l|une|un|des|du|d) (?=\S)/;
const TRAILING_PARENTHESIS = /\s*\([^()]*\)\s*[.!?…]*\s*$/u;

export function normalizeAnswer(input: string): string {
  const text = normalizeText(input.replace(TRAILING_PARENTHESIS, ""));
  return text
    .replace(LEADING_DETERMINER, "")
    .split(" ")
    .map((word) => (word.length >= 4 && /[sx]$/.test(word) ? word.slice(0, -1) : word))
    .join(" ");
}
