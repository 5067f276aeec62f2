/**
 * Normalises extracted or pasted text before extraction: NFC (so "é" is one character, as the
 * extractor expects), Unix line ends, no byte-order mark, soft hyphens, ligatures or control
 * characters. Call it on pasted text too, so spans refer to the same string everywhere.
 */
const LIGATURES: Record<string, string> = { "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st" };

export function normalizeDocumentText(text: string): string {
  return text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\ufb00-\ufb06]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/\u00ad/g, "")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .normalize("NFC")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
