/**
 * Validates a draft with exactly the checks a case folder goes through (lib/content): the strict
 * zod schemas of case.yaml and of each stage, then the semantic checks of checkCase. The no-spoiler
 * check is reported as warnings: it guides the author but does not block preview or publication.
 * Pure module: no Next, React or database imports (the editor may run it in the browser).
 */
import { catalogueLinkErrors } from "@/lib/content/catalogue";
import { checkCaseMarked } from "@/lib/content/check";
import type { CaseError } from "@/lib/content/errors";
import { caseMetaSchema, stageSchema, type CaseDefinition, type Stage } from "@/lib/content/schema";
import { frenchErrorMap, zodErrorsFor } from "@/lib/content/zod-errors";
import type { DraftIssue } from "./draft";

export type DraftCheck = { ok: true; def: CaseDefinition; issues: DraftIssue[] } | { ok: false; issues: DraftIssue[] };

const CASE_FILE = "case.yaml";

/** The file name a stage gets in a case folder (also used by the zip export). */
export function stageFileName(index: number, id: unknown): string {
  const safe = typeof id === "string" && /^[a-z0-9][a-z0-9-]*$/.test(id) ? id : "etape";
  return `stages/${String(index + 1).padStart(2, "0")}-${safe}.yaml`;
}

/** "stages[1]" + "questions[0].id" → "stages[1].questions[0].id". */
function joinPath(prefix: string, path: string): string {
  if (!path) return prefix;
  if (!prefix) return path;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** Maps a case-folder error (file + path) to a path inside the draft. */
function toIssue(error: CaseError, stageFiles: readonly string[], severity: DraftIssue["severity"]): DraftIssue {
  const stageIndex = stageFiles.indexOf(error.file);
  const path = stageIndex >= 0 ? joinPath(`stages[${stageIndex}]`, error.path) : error.path;
  return { path, message: error.message, severity };
}

/** Parses and checks a draft; on success also returns the case as it would be published. */
/** `catalogueIds`: the shared catalogue's test ids (given on the server), to check catalogue-menu links. */
export function checkDraft(draft: unknown, catalogueIds?: ReadonlySet<string>): DraftCheck {
  if (!draft || typeof draft !== "object" || Array.isArray(draft)) {
    return { ok: false, issues: [{ path: "", message: "objet attendu", severity: "error" }] };
  }
  const { slug, stages, sourceText, ...metaFields } = draft as Record<string, unknown>;
  const issues: DraftIssue[] = [];
  const stageList = Array.isArray(stages) ? stages : [];
  const stageFiles = stageList.map((s, i) => stageFileName(i, (s as { id?: unknown } | null)?.id));

  const meta = caseMetaSchema.safeParse({ ...metaFields, stages: Array.isArray(stages) ? stageFiles : stages }, { error: frenchErrorMap });
  if (!meta.success) issues.push(...zodErrorsFor(CASE_FILE, meta.error).map((e) => toIssue(e, stageFiles, "error")));

  const parsedStages: Stage[] = [];
  stageList.forEach((stage, i) => {
    const parsed = stageSchema.safeParse(stage, { error: frenchErrorMap });
    if (parsed.success) parsedStages.push(parsed.data);
    else issues.push(...zodErrorsFor(stageFiles[i], parsed.error).map((e) => toIssue(e, stageFiles, "error")));
  });
  if (typeof sourceText !== "string" || sourceText.trim() === "") {
    issues.push({ path: "sourceText", message: "texte source manquant", severity: "error" });
  }
  if (typeof slug !== "string" || slug === "") issues.push({ path: "slug", message: "identifiant du cas manquant", severity: "error" });
  // Semantic checks need the whole case parsed; report structural errors first, as the loader does.
  if (issues.length > 0 || !meta.success) return { ok: false, issues };

  const { stages: _files, ...rest } = meta.data;
  const def: CaseDefinition = { ...rest, slug: slug as string, stages: parsedStages, sourceText: sourceText as string };
  for (const { error, spoiler, warning } of checkCaseMarked(def, stageFiles)) issues.push(toIssue(error, stageFiles, spoiler || warning ? "warning" : "error"));
  if (catalogueIds) {
    def.stages.forEach((stage, i) => {
      for (const e of catalogueLinkErrors(stage, catalogueIds)) issues.push(toIssue({ file: stageFiles[i], path: e.path, message: e.message }, stageFiles, "error"));
    });
  }
  return issues.some((i) => i.severity === "error") ? { ok: false, issues } : { ok: true, def, issues };
}

/** Every problem of a draft, errors and warnings, located by their path in the draft. */
export function validateDraft(draft: unknown): DraftIssue[] {
  return checkDraft(draft).issues;
}
