/**
 * Format of the hand-written expected extractions in content/import-eval/<source>.expected.json,
 * read by scripts/import-eval.ts. Quotes are exact substrings of the source (whitespace runs may
 * differ) and are checked, so an expected item always points at real text.
 */
import { z } from "zod";

const quote = z.string().min(1);

export const expectedLabSchema = z.strictObject({
  /** Canonical analyte key (lib/import/analytes.ts), or "unknown" with the label as written. */
  analyte: z.string().min(1),
  label: z.string().min(1),
  value: z.number(),
  /** As written in the source; absent when the source gives none. */
  unit: z.string().min(1).optional(),
  range: z.strictObject({ low: z.number().optional(), high: z.number().optional() }).optional(),
  flag: z.enum(["low", "high", "normal"]).optional(),
  /** The flag the text states in words beside the value ("élevée à", "normale"), apart from the computed one. */
  statedFlag: z.enum(["low", "high", "normal"]).optional(),
  quote,
  note: z.string().optional(),
});

export const expectedEventSchema = z.strictObject({
  kind: z.enum(["absolute", "relative"]),
  /** "YYYY-MM" or "YYYY"; absolute events only. */
  date: z.string().regex(/^\d{4}(?:-\d{2})?$/).optional(),
  /** The time expression as written. */
  text: quote,
  note: z.string().optional(),
});

export const expectedTreatmentSchema = z.strictObject({
  /** Canonical drug key (lib/import/drugs.ts). */
  drug: z.string().min(1),
  dose: z.number().optional(),
  unit: z.string().min(1).optional(),
  schedule: z.string().min(1).optional(),
  quote,
  note: z.string().optional(),
});

export const expectedFileSchema = z.strictObject({
  source: z.string().min(1),
  annotator: z.string().min(1),
  labs: z.array(expectedLabSchema),
  labsNotCounted: z.array(z.strictObject({ quote, why: z.string().min(1) })).optional(),
  /** In timeline order. */
  events: z.array(expectedEventSchema),
  treatments: z.array(expectedTreatmentSchema),
});

export type ExpectedFile = z.infer<typeof expectedFileSchema>;
export type ExpectedLab = z.infer<typeof expectedLabSchema>;
export type ExpectedEvent = z.infer<typeof expectedEventSchema>;
export type ExpectedTreatment = z.infer<typeof expectedTreatmentSchema>;
