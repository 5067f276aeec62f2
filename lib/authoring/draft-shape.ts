/**
 * What a saved draft must look like at the top level. A draft is stored even when it does not pass
 * validation yet (it is work in progress), but never when it is not a case-shaped object at all, or
 * when it is too large. Pure module.
 */
import { z } from "zod";

/** Upper bound of a stored draft (its JSON, source text included). */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();
const list = z.array(z.unknown()).optional();
const record = z.record(z.string(), z.unknown());

export const draftShapeSchema = z.strictObject({
  slug: z.string().optional(),
  title: scalar,
  summary: scalar,
  language: scalar,
  tags: list,
  level: scalar,
  estimatedMinutes: scalar,
  examMinutes: scalar,
  objectives: list,
  keyDecision: scalar,
  teachingPoints: list,
  source: record.optional(),
  review: record.optional(),
  errata: list,
  spoilers: list,
  assessmentLimits: record.optional(),
  stages: z.array(record).max(50, "50 étapes au plus"),
  sourceText: z.string().optional(),
});

export type DraftShapeResult = { ok: true; draft: z.infer<typeof draftShapeSchema> } | { ok: false; message: string };

/** Byte size of a value once stored as JSON (UTF-8). */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

export function checkDraftShape(value: unknown): DraftShapeResult {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { ok: false, message: "Le brouillon doit être un objet." };
  let size: number;
  try {
    size = jsonBytes(value);
  } catch {
    return { ok: false, message: "Le brouillon n'est pas sérialisable en JSON." };
  }
  if (size > MAX_DRAFT_BYTES) return { ok: false, message: `Le brouillon dépasse la taille maximale de 2 Mo (${Math.ceil(size / 1024)} Ko).` };
  const parsed = draftShapeSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map(String).join(".") || "brouillon";
    const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
    return { ok: false, message: `Forme du brouillon invalide : ${where} — ${issue.message}${keys}` };
  }
  return { ok: true, draft: parsed.data };
}
