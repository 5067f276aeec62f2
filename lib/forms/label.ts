/**
 * The one rule for names and labels typed by people (user names, cohort names, case and assignment
 * titles): trimmed and normalised to NFC, refused when they hold control characters (NUL, line
 * breaks, tabs…), bidirectional overrides or isolates (which reorder what others see), or nothing
 * visible (only spaces, zero-width or format characters). Pure module (zod).
 */
import { z } from "zod";

// C0 and C1 controls (line breaks and tabs included), DEL, line/paragraph separators.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Embeddings and overrides (U+202A–E), isolates (U+2066–9), and the marks that steer them.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// What is left once spaces, format characters (zero-width, joiners, BOM…) and variation selectors go.
const INVISIBLE = /[\s\p{Cf}\p{Z}\u115f\u1160\u3164\uffa0\u2800\ufe00-\ufe0f]/gu;

export type LabelProblem = "control" | "bidi" | "invisible";

/** Why a label is refused, or null; `text` is the normalised value. */
export function labelProblem(text: string): LabelProblem | null {
  if (CONTROL.test(text)) return "control";
  if (BIDI.test(text)) return "bidi";
  if (text.length > 0 && text.replace(INVISIBLE, "").length === 0) return "invisible";
  return null;
}

export function normaliseLabel(raw: string): string {
  return raw.normalize("NFC").trim();
}

/**
 * A zod schema for one label. The messages are what the form shows (catalogue keys or text):
 * `tooShort` / `tooLong` for the length (both default to `message`), `invalid` for a refused
 * character or an invisible-only value (defaults to `message`).
 */
export function labelSchema(opts: { min: number; max: number; message?: string; tooShort?: string; tooLong?: string; invalid?: string }) {
  const invalid = opts.invalid ?? opts.message;
  return z
    .string()
    .transform(normaliseLabel)
    .pipe(
      z
        .string()
        .min(opts.min, opts.tooShort ?? opts.message)
        .max(opts.max, opts.tooLong ?? opts.message)
        .superRefine((value, ctx) => {
          const problem = labelProblem(value);
          if (problem) ctx.addIssue({ code: "custom", message: invalid ?? `caractère interdit ou texte invisible (${problem})`, params: { problem } });
        }),
    );
}
