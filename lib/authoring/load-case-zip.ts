/**
 * Loads a case-folder zip with the same loader as the bundled cases: the checked entries are
 * written to a fresh temporary folder, loadCaseFolder validates them, the folder is removed.
 * Accepted layouts: `<slug>/case.yaml` with `<slug>/stages/…` and `<slug>/sources/…` (what the
 * export writes), `case.yaml` at the root, or `cases/<slug>/…` beside `sources/…` (content/).
 * Server-side (Node fs) module; imports neither Next nor the database.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CaseError } from "@/lib/content/errors";
import { loadCaseFolder } from "@/lib/content/load";
import type { CaseDefinition } from "@/lib/content/schema";
import { readCaseZip } from "./read-case-zip";

export type LoadZipResult =
  /** `warnings`: spoilers shown too early, as the editor warns of them (a case may be published with one). */
  | { ok: true; case: CaseDefinition; warnings: CaseError[] }
  | { ok: false; code: "zip"; message: string }
  | { ok: false; code: "layout"; message: string }
  | { ok: false; code: "invalid"; message: string; errors: CaseError[] };

/** The folder holding case.yaml (at most two levels deep), and where its sources are. */
function findCaseFolder(names: string[]): { folder: string; sources: string } | { error: string } {
  const cases = names.filter((n) => n === "case.yaml" || n.endsWith("/case.yaml")).filter((n) => n.split("/").length <= 3);
  if (cases.length === 0) return { error: "L'archive ne contient pas de fichier case.yaml : exportez un cas depuis Progressif ou zippez un dossier de cas." };
  if (cases.length > 1) return { error: "L'archive contient plusieurs cas (plusieurs case.yaml) : importez-les un par un." };
  const folder = path.posix.dirname(cases[0]);
  const own = folder === "." ? "sources" : `${folder}/sources`;
  if (names.some((n) => n.startsWith(`${own}/`))) return { folder, sources: own };
  // content/ layout: cases/<slug>/case.yaml with sources/ two levels up.
  const parts = folder.split("/");
  if (parts.length === 2) return { folder, sources: "sources" };
  return { folder, sources: own };
}

export async function loadCaseZip(bytes: Uint8Array): Promise<LoadZipResult> {
  const read = readCaseZip(bytes);
  if (!read.ok) return { ok: false, code: "zip", message: read.message };
  const names = [...read.files.keys()];
  const found = findCaseFolder(names);
  if ("error" in found) return { ok: false, code: "layout", message: found.error };

  const root = await mkdtemp(path.join(os.tmpdir(), "progressif-import-"));
  // A root-level case.yaml is put in a folder named "cas", so that the case has a slug.
  const prefix = found.folder === "." ? "cas/" : "";
  try {
    for (const [name, data] of read.files) {
      const target = path.resolve(root, prefix + name);
      // Paths were checked already; this keeps every write inside the temporary folder regardless.
      if (!target.startsWith(root + path.sep)) return { ok: false, code: "zip", message: `Chemin refusé dans l'archive : « ${name} ».` };
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, data, { flag: "wx" });
      } catch {
        return { ok: false, code: "zip", message: `Entrée en conflit dans l'archive : « ${name} » (fichier et dossier de même nom, ou doublon).` };
      }
    }
    const dir = path.join(root, prefix ? "cas" : found.folder);
    const loaded = await loadCaseFolder(dir, { sourcesDir: path.join(/*turbopackIgnore: true*/ root, prefix + found.sources), spoilers: "warning" });
    if (!loaded.ok) {
      const summary = loaded.errors
        .slice(0, 3)
        .map((e) => `${e.file}${e.line ? ` (ligne ${e.line})` : ""} : ${e.path ? `${e.path} — ` : ""}${e.message.split(root + path.sep).join("")}`)
        .join(" ; ");
      const errors = loaded.errors.map((e) => ({ ...e, message: e.message.split(root + path.sep).join("") }));
      return { ok: false, code: "invalid", message: `Le dossier de cas est invalide : ${summary}${errors.length > 3 ? " ; …" : ""}`, errors };
    }
    return { ok: true, case: loaded.case, warnings: loaded.warnings ?? [] };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
