/** Publishing checks a catalogue-menu stage's links against the shared catalogue (the bundled case that uses it). */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCaseFolder } from "@/lib/content/load";
import { loadCatalogue } from "@/lib/content/catalogue-load";
import type { CaseDefinition } from "@/lib/content/schema";
import { checkDraft } from "./validate-draft";

let def: CaseDefinition;
let ids: Set<string>;
beforeAll(async () => {
  const r = await loadCaseFolder(path.resolve("content/cases/femme-75-ans-bicytopenie"));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  def = r.case;
  ids = new Set((await loadCatalogue()).tests.map((t) => t.id));
});

describe("catalogue links at publication", () => {
  it("the bundled case's links are all in the catalogue", () => expect(checkDraft(def, ids).ok).toBe(true));

  it("a link to a test missing from the catalogue is an error at its place", () => {
    const without = new Set([...ids].filter((id) => id !== "frottis"));
    const check = checkDraft(def, without);
    expect(check.ok).toBe(false);
    expect(check.issues.filter((i) => i.severity === "error")).toEqual([
      { path: "stages[0].investigations[0].catalogue[0]", message: "« frottis » n'est pas un examen du catalogue (content/catalogue/tests.yaml)", severity: "error" },
    ]);
  });
});
