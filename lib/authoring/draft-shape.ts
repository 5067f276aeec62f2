/**
 * What a saved draft must look like. A draft is stored even when it does not pass validation yet
 * (it is work in progress), but never when it is not case-shaped (down to each list's items), or
 * when it is too large. Pure module.
 */
import { z } from "zod";

/** Upper bound of a stored draft (its JSON, source text included). */
export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

/*
 * The shape mirrors the case schema (lib/content/schema.ts) with every leaf loosened to its type
 * (text may be empty, numbers out of range, ids malformed: the editor shows those as issues), but
 * every list holds what the editor maps over, every object has only known keys, and the kinds the
 * editor switches on (finding kind, question type) are known. A draft stored under it can always be
 * opened and repaired in the editor; the same check runs on save and on load.
 */
const str = z.string().optional();
const num = z.number().optional();
const bool = z.boolean().optional();
const numOrStr = z.union([z.number(), z.string()]).optional();
const strList = z.array(z.string()).optional();
const listOf = <T extends z.ZodType>(item: T) => z.array(item).optional();
const ednList = listOf(z.strictObject({ item: num, rank: str }));

const labRow = z.strictObject({ analyte: str, value: numOrStr, unit: str, range: str, low: num, high: num, flag: str, note: str, source: str });
const vitalsItem = z.strictObject({ label: str, value: numOrStr, unit: str, source: str });
const finding = z.strictObject({
  kind: z.enum(["vitals", "lab", "exam", "imaging", "pathology", "history", "note"]),
  title: str,
  text: str,
  date: str,
  source: str,
  rows: listOf(labRow),
  items: listOf(vitalsItem),
});
const investigation = z.strictObject({ id: str, label: str, relevance: str, points: num, cost: num, delay: str, result: str, rationale: str, source: str, catalogue: strList });
const option = z.strictObject({ id: str, text: str, correct: bool, pmz: bool, inacceptable: bool, feedback: str, pinned: bool });
const question = z.strictObject({
  type: z.enum(["qru", "qrm", "qrp", "qroc", "numeric", "ordering", "tcs", "zone", "representation", "differential"]),
  id: str,
  stem: str,
  points: num,
  objectives: strList,
  explanation: str,
  source: str,
  newInformation: z.strictObject({ narrative: str, findings: listOf(finding) }).optional(),
  errata: strList,
  edn: ednList,
  options: listOf(option),
  n: num,
  longMenu: bool,
  accepted: strList,
  display: str,
  answer: num,
  unit: str,
  tolerance: z.union([z.number(), z.strictObject({ below: num, above: num })]).optional(),
  items: listOf(z.strictObject({ id: str, text: str })),
  order: strList,
  rule: z.strictObject({ fixed: strList, perSwap: num, tolerated: listOf(z.tuple([z.string(), z.string()])), text: str }).optional(),
  hypothesis: str,
  information: str,
  panel: z.strictObject({ "-2": num, "-1": num, "0": num, "1": num, "2": num }).optional(),
  illustrativePanel: bool,
  text: str,
  zones: listOf(z.strictObject({ id: str, text: str, correct: bool, feedback: str })),
  // Clinical-reasoning tasks.
  summary: str,
  qualifiers: listOf(z.strictObject({ id: str, text: str })),
  diagnoses: listOf(z.strictObject({ id: str, text: str })),
  ranking: listOf(z.strictObject({ id: str, cantMiss: bool })),
});
const stage = z.strictObject({
  id: str,
  title: str,
  narrative: str,
  sources: strList,
  findings: listOf(finding),
  investigations: listOf(investigation),
  questions: listOf(question),
  errata: strList,
  menuClosesBefore: str,
  menu: str,
  nonContributoryPoints: num,
});

export const draftShapeSchema = z.strictObject({
  slug: z.string().optional(),
  title: str,
  summary: str,
  language: str,
  tags: strList,
  level: str,
  estimatedMinutes: num,
  examMinutes: num,
  objectives: listOf(z.strictObject({ id: str, text: str, edn: ednList })),
  edn: ednList,
  keyDecision: str,
  teachingPoints: strList,
  source: z.strictObject({ file: str, title: str, citation: str, licence: str, url: str }).optional(),
  review: z.strictObject({ status: str, notes: strList }).optional(),
  errata: listOf(z.strictObject({ id: str, quote: str, correction: str })),
  spoilers: listOf(z.strictObject({ term: str, revealedAt: str })),
  assessmentLimits: z.strictObject({ blindMarkMax: num, investigationShareMax: num, pmzMax: num, reason: str }).optional(),
  stages: z.array(stage).max(50, "50 étapes au plus"),
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

/**
 * A stored draft made before the shape was checked this deeply may not pass it: what does not fit
 * is removed (a wrong value, an item of the wrong kind, an unknown key), path by path, so that the
 * editor opens it and the author repairs the rest. Returns the paths removed.
 */
export function repairDraftShape(value: unknown): { ok: true; draft: z.infer<typeof draftShapeSchema>; removed: string[] } | { ok: false } {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { ok: false };
  const current: unknown = structuredClone(value);
  const removed: string[] = [];
  // Each round removes at least one offending value; a draft has far fewer than this many.
  for (let round = 0; round < 10_000; round++) {
    const parsed = draftShapeSchema.safeParse(current);
    if (parsed.success) return { ok: true, draft: parsed.data, removed };
    const issue = parsed.error.issues[0];
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
    if (path.length === 0) return { ok: false };
    if (path.length === 1 && path[0] === "stages") {
      (current as Record<string, unknown>).stages = Array.isArray((current as Record<string, unknown>).stages) ? ((current as Record<string, unknown[]>).stages).slice(0, 50) : [];
      if (!Array.isArray((value as Record<string, unknown>).stages)) removed.push("stages");
      continue;
    }
    removeAt(current, path);
    removed.push(path.map(String).join("."));
  }
  return { ok: false };
}

function removeAt(root: unknown, path: PropertyKey[]): void {
  let parent = root as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
  else delete parent[last];
}
