import path from "node:path";
import type { Db } from "../client";
import { loadAllCases } from "@/lib/content/load";
import { publishCaseDefinition } from "@/lib/dal/case-store";

/** Loads content/cases into the database as published versions; an edited case becomes a new version. */
export async function seedBundledCases(db: Db, root = path.resolve("content/cases")): Promise<string[]> {
  const folders = await loadAllCases(root);
  const report: string[] = [];
  for (const folder of folders) {
    if (!folder.result.ok) {
      const details = folder.result.errors.map((e) => `  ${e.file}:${e.path} — ${e.message}`).join("\n");
      throw new Error(`Cas invalide « ${folder.slug} » (npm run case:check pour le détail) :\n${details}`);
    }
    const outcome = await publishCaseDefinition(db, folder.result.case, { ownerId: null });
    report.push(`cas « ${folder.slug} » : version ${outcome.version}${outcome.created ? " publiée" : " inchangée"}`);
  }
  return report;
}
