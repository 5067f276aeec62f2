/**
 * The shared catalogue of common tests (content/catalogue/tests.yaml): what a learner can search and
 * order in a stage whose menu is `catalogue`. A case links its investigations to catalogue ids; a test
 * of the catalogue the case does not define answers "non contributif" and costs like an unnecessary one.
 * Pure module: the schema and the checks; reading the file is catalogue-load.ts.
 */
import { z } from "zod";
import type { Stage } from "./schema";

const slugId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "identifiant attendu en minuscules, chiffres et tirets");
const text = z.string().trim().min(1, "texte vide");

export const catalogueSchema = z.strictObject({
  tests: z
    .array(z.strictObject({ id: slugId, label: text, category: slugId, synonyms: z.array(text).default([]) }))
    .min(1)
    .superRefine((tests, ctx) => {
      const seen = new Set<string>();
      tests.forEach((t, i) => {
        if (seen.has(t.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `identifiant en double : « ${t.id} »` });
        seen.add(t.id);
      });
    }),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueTest = Catalogue["tests"][number];

/** The result a test of the catalogue gives when the case does not define it (case content is in French). */
export const NON_CONTRIBUTORY_RESULT = "Non contributif dans ce cas.";
/** What ordering such a test costs when the stage does not say (the bundled cases' unnecessary tests cost 0.5). */
export const DEFAULT_NON_CONTRIBUTORY_POINTS = -0.5;

const PREFIX = "catalogue:";
/** The id stored for a catalogue test the stage does not define: per stage, so ordering stays idempotent. */
export const nonContributoryId = (stageId: string, testId: string) => `${PREFIX}${stageId}:${testId}`;
/** The catalogue test id of a stored non-contributory request of this stage, or null. */
export function nonContributoryTest(stageId: string, storedId: string): string | null {
  const prefix = `${PREFIX}${stageId}:`;
  return storedId.startsWith(prefix) ? storedId.slice(prefix.length) : null;
}

/** The stage's investigation a catalogue test orders, if the case defines it. */
export function investigationForTest(stage: Pick<Stage, "investigations">, testId: string) {
  return stage.investigations.find((inv) => inv.catalogue?.includes(testId));
}

/** Errors of a stage's links to the catalogue (path relative to the stage file, French message). */
export function catalogueLinkErrors(stage: Stage, known: ReadonlySet<string>): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const linked = new Map<string, string>();
  stage.investigations.forEach((inv, k) => {
    if (stage.menu === "catalogue" && !(inv.catalogue?.length)) {
      errors.push({ path: `investigations[${k}].catalogue`, message: "dans une étape au menu « catalogue », chaque examen doit être relié à au moins un examen du catalogue" });
    }
    (inv.catalogue ?? []).forEach((id, m) => {
      if (!known.has(id)) errors.push({ path: `investigations[${k}].catalogue[${m}]`, message: `« ${id} » n'est pas un examen du catalogue (content/catalogue/tests.yaml)` });
      else if (linked.has(id)) errors.push({ path: `investigations[${k}].catalogue[${m}]`, message: `« ${id} » est déjà relié à l'examen « ${linked.get(id)} » de cette étape` });
      linked.set(id, inv.id);
    });
  });
  return errors;
}
