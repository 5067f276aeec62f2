/**
 * What the review page sends to create a draft: the document text it was given, and the author's
 * decisions, item by item, in the order of the extraction. Spans never travel: the server re-runs
 * the extraction on the text and applies the decisions to its own result. Pure module.
 */
import { z } from "zod";
import { labelSchema } from "@/lib/forms/label";

const INVALID_LABEL = "caractère interdit (retour à la ligne, contrôle, inversion du sens d'écriture) ou texte invisible";

/** Longest document text kept as a case's source (characters). */
export const MAX_SOURCE_CHARS = 400_000;
/** Most extracted items of one kind a review may decide on (the analysis refuses a document with more). */
export const MAX_REVIEW_ITEMS = 5000;
/** Most stages a proposed plan may have. */
export const MAX_PLAN_STAGES = 500;

export const labEditSchema = z.strictObject({
  analyte: z.string().trim().min(1, "analyte").max(80),
  value: z.string().trim().min(1, "value").max(40),
  unit: z.string().trim().max(40),
  range: z.string().trim().max(60),
  flag: z.enum(["low", "high", "normal", ""]),
});

/** A value the instructor added from the numbers the extraction left: its place in the text and its row. */
export const addedLabSchema = z
  .strictObject({ start: z.number().int().min(0), end: z.number().int().min(1), edit: labEditSchema })
  .refine((a) => a.end > a.start && a.end - a.start <= 200, "span");

export const importInputSchema = z.strictObject({
  text: z.string().min(1).max(MAX_SOURCE_CHARS),
  format: z.enum(["txt", "md", "docx", "pdf"]),
  fileName: z.string().trim().max(200),
  title: labelSchema({ min: 0, max: 200, invalid: INVALID_LABEL }),
  source: z.strictObject({
    title: labelSchema({ min: 0, max: 300, invalid: INVALID_LABEL }),
    citation: z.string().trim().max(2000),
    licence: z.string().trim().max(300),
  }),
  plan: z.enum(["section", "date"]),
  stages: z
    .array(z.strictObject({ include: z.boolean(), merge: z.boolean(), title: labelSchema({ min: 0, max: 200, invalid: INVALID_LABEL }) }))
    .max(MAX_PLAN_STAGES),
  labs: z.array(z.strictObject({ accepted: z.boolean(), edit: labEditSchema.optional() })).max(MAX_REVIEW_ITEMS),
  events: z.array(z.boolean()).max(MAX_REVIEW_ITEMS),
  treatments: z.array(z.boolean()).max(MAX_REVIEW_ITEMS),
  addedLabs: z.array(addedLabSchema).max(500).optional(),
});

export type LabEdit = z.infer<typeof labEditSchema>;
export type ImportInput = z.infer<typeof importInputSchema>;
export type StageDecision = ImportInput["stages"][number];
export type LabDecision = ImportInput["labs"][number];
export type AddedLab = z.infer<typeof addedLabSchema>;
