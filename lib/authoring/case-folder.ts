/**
 * A case as a folder in the content/ format — `case.yaml`, `stages/NN-<id>.yaml` and the source
 * text under `sources/` — zipped under one folder named after the slug. Loading the folder back
 * with loadCaseFolder gives the same CaseDefinition. Pure module (yaml and fflate only).
 */
import { strToU8, zipSync } from "fflate";
import { stringify } from "yaml";
import type { DraftCase } from "./draft";
import { stageFileName } from "./validate-draft";

export type FolderFile = { path: string; content: string };

const META_ORDER = [
  "title",
  "summary",
  "language",
  "tags",
  "level",
  "estimatedMinutes",
  "examMinutes",
  "edn",
  "objectives",
  "keyDecision",
  "teachingPoints",
  "source",
  "review",
  "errata",
  "spoilers",
  "assessmentLimits",
] as const;

const SOURCE_FILE = /^[\w.-]+\.(txt|md)$/;

const yaml = (value: unknown) => stringify(value, { lineWidth: 100, minContentWidth: 40 });

/** The source file name to write: the case's own when it is a safe file name, else `<slug>.txt`. */
export function exportedSourceFile(def: Pick<DraftCase, "slug" | "source">): string {
  const file = def.source?.file;
  return typeof file === "string" && SOURCE_FILE.test(file) && file !== "." && file !== ".." ? file : `${def.slug || "cas"}.txt`;
}

/** The files of the case folder, paths relative to it. Works on incomplete drafts too. */
export function caseFolderFiles(def: DraftCase): FolderFile[] {
  const stages = Array.isArray(def.stages) ? def.stages : [];
  const stageFiles = stages.map((s, i) => stageFileName(i, s?.id));
  const meta: Record<string, unknown> = {};
  for (const key of META_ORDER) if (def[key] !== undefined) meta[key] = def[key];
  meta.stages = stageFiles;
  return [
    { path: "case.yaml", content: yaml(meta) },
    ...stages.map((stage, i) => ({ path: stageFiles[i], content: yaml(stage) })),
    { path: `sources/${exportedSourceFile(def)}`, content: typeof def.sourceText === "string" ? def.sourceText : "" },
  ];
}

/** The zip of the case folder, every file under `<slug>/`. */
export function caseFolderZip(def: DraftCase, folder = def.slug || "cas"): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const file of caseFolderFiles(def)) entries[`${folder}/${file.path}`] = strToU8(file.content);
  return zipSync(entries, { level: 6 });
}
