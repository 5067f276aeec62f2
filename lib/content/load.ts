/**
 * Loads case folders from disk (server side): `case.yaml`, the stage files it lists and the source
 * text, validated by the zod schema and the semantic checks. Errors name file, path and line.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isAcceptedLeak } from "./accepted-leaks";
import { checkCaseMarked } from "./check";
import type { CaseError } from "./errors";
import { caseMetaSchema, stageSchema, type CaseDefinition, type Stage } from "./schema";
import { catalogueLinkErrors } from "./catalogue";
import { loadCatalogue } from "./catalogue-load";
import { lineOf, readYamlFile, type YamlFile } from "./yaml-file";
import { frenchErrorMap, zodErrorsFor } from "./zod-errors";

export type LoadResult = { ok: true; case: CaseDefinition; warnings?: CaseError[] } | { ok: false; errors: CaseError[] };
export type LoadOptions = {
  /** Folder of source texts; default: `<dir>/../../sources` (content/cases/x → content/sources). */
  sourcesDir?: string;
  /**
   * "error" (default, bundled cases and case:check): a spoiler shown too early fails the load.
   * "warning": it is returned as a warning, as the editor shows it (an instructor may publish with one).
   */
  spoilers?: "error" | "warning";
};

const CASE_FILE = "case.yaml";

function withLines(errors: CaseError[], files: Map<string, YamlFile>): CaseError[] {
  return errors.map((e) => {
    const y = files.get(e.file);
    const line = e.line ?? (y ? lineOf(y, e.path) : undefined);
    return line === undefined ? e : { ...e, line };
  });
}

export async function loadCaseFolder(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const sourcesDir = options.sourcesDir ?? path.resolve(dir, "..", "..", "sources");
  const files = new Map<string, YamlFile>();
  const errors: CaseError[] = [];

  const caseFile = await readYamlFile(path.join(dir, CASE_FILE), CASE_FILE);
  if (!caseFile.ok) return { ok: false, errors: caseFile.errors };
  files.set(CASE_FILE, caseFile.value);
  const meta = caseMetaSchema.safeParse(caseFile.value.data, { error: frenchErrorMap });
  if (!meta.success) return { ok: false, errors: withLines(zodErrorsFor(CASE_FILE, meta.error), files) };

  const stages: Stage[] = [];
  const seenFiles = new Set<string>();
  for (const [i, stageFile] of meta.data.stages.entries()) {
    if (seenFiles.has(stageFile)) errors.push({ file: CASE_FILE, path: `stages[${i}]`, message: `fichier d'étape listé deux fois : ${stageFile}` });
    seenFiles.add(stageFile);
    // Stage files live inside the case folder; "../" would let a case read any file on the server.
    if (path.relative(dir, path.resolve(dir, stageFile)).startsWith("..")) {
      errors.push({ file: CASE_FILE, path: `stages[${i}]`, message: `le fichier d'étape doit être dans le dossier du cas : ${stageFile}` });
      continue;
    }
    const read = await readYamlFile(path.join(dir, stageFile), stageFile);
    if (!read.ok) {
      errors.push(...read.errors);
      continue;
    }
    files.set(stageFile, read.value);
    const stage = stageSchema.safeParse(read.value.data, { error: frenchErrorMap });
    if (stage.success) stages.push(stage.data);
    else errors.push(...zodErrorsFor(stageFile, stage.error));
  }

  let sourceText = "";
  try {
    sourceText = await readFile(path.join(/*turbopackIgnore: true*/ sourcesDir, meta.data.source.file), "utf8");
  } catch {
    errors.push({ file: CASE_FILE, path: "source.file", message: `texte source introuvable : ${path.join(/*turbopackIgnore: true*/ sourcesDir, meta.data.source.file)}` });
  }
  // Semantic checks need every stage parsed and the source text; report structural errors first.
  if (errors.length > 0) return { ok: false, errors: withLines(errors, files) };

  const { stages: stageFiles, ...rest } = meta.data;
  const caseDef: CaseDefinition = { ...rest, slug: path.basename(path.resolve(dir)), stages, sourceText };
  const linkErrors = await catalogueErrors(caseDef, stageFiles);
  if (linkErrors.length > 0) return { ok: false, errors: withLines(linkErrors, files) };
  const semantic = checkCaseMarked(caseDef, stageFiles);
  const warn = options.spoilers === "warning";
  // A leak listed in accepted-leaks.ts (bundled cases under revision) is a warning, never more.
  const refused = semantic.filter((m) => !m.warning && !(m.spoiler && (warn || isAcceptedLeak(caseDef.slug, m.error)))).map((m) => m.error);
  if (refused.length > 0) return { ok: false, errors: withLines(refused, files) };
  // Past this point only warnings remain (and leaks accepted as warnings).
  const warnings = semantic.map((m) => m.error);
  return warnings.length > 0 ? { ok: true, case: caseDef, warnings: withLines(warnings, files) } : { ok: true, case: caseDef };
}

/** The links of catalogue-menu stages to the shared catalogue (read only when a case uses it). */
async function catalogueErrors(def: CaseDefinition, stageFiles: string[]): Promise<CaseError[]> {
  const uses = def.stages.some((s) => s.menu === "catalogue" || s.investigations.some((i) => i.catalogue));
  if (!uses) return [];
  const known = new Set((await loadCatalogue()).tests.map((t) => t.id));
  return def.stages.flatMap((stage, i) => catalogueLinkErrors(stage, known).map((e) => ({ file: stageFiles[i], path: e.path, message: e.message })));
}

export type LoadedFolder = { slug: string; dir: string; result: LoadResult };

/** Every case folder under `root` (folders starting with "." or "_" are skipped), sorted by name. */
export async function loadAllCases(root = "content/cases", options: LoadOptions = {}): Promise<LoadedFolder[]> {
  const entries = await readdir(/*turbopackIgnore: true*/ root, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !e.name.startsWith("_"))
    .map((e) => e.name)
    .sort();
  // Case folders are read at run time from wherever they are given: nothing here is for the bundler to trace.
  return Promise.all(dirs.map(async (slug) => ({ slug, dir: path.join(/*turbopackIgnore: true*/ root, slug), result: await loadCaseFolder(path.join(/*turbopackIgnore: true*/ root, slug), options) })));
}
